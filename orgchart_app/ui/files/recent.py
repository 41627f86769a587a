"""File > Open Recent: the files last opened or saved, newest first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from orgchart_app.ui.window.settings import Settings


class RecentFilesMenu:
    """Refills the menu from the settings each time it opens, so two windows agree."""

    def __init__(self, menu: QMenu, settings: Settings, open_path: Callable[[Path], None]) -> None:
        self._menu = menu
        self._settings = settings
        self._open_path = open_path
        menu.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self._menu.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path.name}" if number < 10 else path.name, self._menu)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_path(p))
            self._menu.addAction(action)
        self._menu.setEnabled(bool(recent))
