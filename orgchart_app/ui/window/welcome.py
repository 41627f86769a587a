"""The welcome page shown while no proposal is open: open the sample, start new, or import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.ui.window.resources import BURY_SAMPLE, find_sample


class WelcomePage(QWidget):
    open_sample = Signal()
    new_proposal = Signal()
    open_file = Signal()
    import_establishment = Signal()
    open_recent = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel("<h2>Welcome to the Org Chart Designer</h2>")
        intro = QLabel(
            "Draw the current and proposed structures, see every change side by side, "
            "and export the committee appendices. Where would you like to start?"
        )
        intro.setWordWrap(True)
        self.sample_button = self._button(
            "Open sample proposal",
            self.open_sample,
            "Bury Council's Community Commissioning restructure (2021)",
        )
        self.new_button = self._button(
            "New proposal", self.new_proposal, "Start from one organisation and its head post"
        )
        self.open_button = self._button(
            "Open a proposal...", self.open_file, "Open a .sqlite proposal file"
        )
        self.import_button = self._button(
            "Import establishment",
            self.import_establishment,
            "Build a proposal from a CSV or Excel establishment list",
        )
        if find_sample(BURY_SAMPLE) is None:
            self._disable(self.sample_button, "This installation has no sample proposals.")
        self.recent_label = QLabel("<b>Recent proposals</b>")
        self.recent = QListWidget()
        self.recent.setMaximumHeight(140)
        self.recent.itemClicked.connect(self._on_recent_clicked)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (
            title,
            intro,
            self.sample_button,
            self.new_button,
            self.open_button,
            self.import_button,
            self.recent_label,
            self.recent,
        ):
            layout.addWidget(widget)
        self.setMaximumWidth(520)
        self.set_recent([])

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}  ({path.parent})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def _on_recent_clicked(self, item: QListWidgetItem) -> None:
        self.open_recent.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _button(self, text: str, signal: SignalInstance, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(36)
        button.clicked.connect(signal.emit)
        return button

    @staticmethod
    def _disable(button: QPushButton, why: str) -> None:
        button.setEnabled(False)
        button.setToolTip(why)
