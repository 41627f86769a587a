"""A coloured bar across the chart: a sentence and the one button that acts on it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    def __init__(
        self, name: str, colours: tuple[str, str], button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        background, border = colours
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = QPushButton(button_text)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
