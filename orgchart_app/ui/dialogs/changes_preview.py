"""The preview of a changes sheet: the diff (or the rows that cannot apply), then Apply or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ChangesPreview(QDialog):
    """Window-modal and opened with open(), so the window (and a test) can answer it."""

    def __init__(self, parent: QWidget, heading: str, lines: list[str], can_apply: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle("Apply changes from spreadsheet")
        self.resize(760, 420)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.apply_button = QPushButton("&Apply")
        self.apply_button.setEnabled(can_apply)
        self.cancel_button = QPushButton("&Cancel" if can_apply else "&Close")
        self.apply_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        (self.apply_button if can_apply else self.cancel_button).setDefault(True)
