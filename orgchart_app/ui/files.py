"""File commands: New, Open (on a worker thread), Open Recent, Save, Save As, Close, and the prompts."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from orgchart_app.domain import OrgChartError, Proposal
from orgchart_app.ui.dialogs import ErrorMessage, OpenFile, SaveFile, UnsavedChanges, UnsavedChoice
from orgchart_app.ui.document import DocumentController, blank_proposal
from orgchart_app.ui.loader import ProposalLoader
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.settings import Settings


def may_write(path: Path) -> bool:
    """Whether Save can replace `path` (it writes a new file beside it, then swaps it in)."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


class FileController(QObject):
    """Owns the file side of the window; every step that could lose work asks first."""

    opened = Signal(object)  # Path
    status = Signal(str)  # what happened, for the status bar

    def __init__(self, window: QMainWindow, document: DocumentController, settings: Settings,
                 actions: Actions, recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self._recent_menu = recent_menu
        # Off when nobody is there to click a message box (orgchart-designer --screenshot).
        self.show_errors = True
        self.loader = ProposalLoader(window)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        actions.new.triggered.connect(lambda: self.new())
        actions.open.triggered.connect(self.open)
        actions.save.triggered.connect(self.save)
        actions.save_as.triggered.connect(self.save_as)
        actions.close.triggered.connect(self.close)
        recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()

    @property
    def document_name(self) -> str:
        return self._document.path.name if self._document.path else "Untitled proposal"

    # --- commands ------------------------------------------------------------------------------
    def new(self, proposal: Proposal | None = None) -> None:
        if self.keep_work_safe():
            self._document.new(proposal or blank_proposal())
            self.status.emit("New proposal: one organisation and its head post to start from.")

    def open(self) -> None:
        if self.keep_work_safe():
            path = OpenFile.ask(self._window, self._settings.last_folder())
            if path is not None:
                self.open_path(path, asked=True)

    def open_path(self, path: Path, asked: bool = False) -> None:
        """Read `path` on the worker thread; the current proposal stays until it has loaded."""
        if asked or self.keep_work_safe():
            self._settings.set_last_folder(path.parent)
            self.status.emit(f'Opening "{path.name}"...')
            self.loader.open(path)

    def save(self) -> bool:
        if self._document.path is None or self._document.read_only:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        path = SaveFile.ask(self._window, self._suggested_path())
        return path is not None and self._save_to(path)

    def _suggested_path(self) -> Path:
        current = self._document.path
        if current is None:
            return self._settings.last_folder() / "Proposal.sqlite"
        return current.with_name(f"{current.stem} (copy).sqlite") if self._document.read_only else current

    def close(self) -> None:
        if self.keep_work_safe():
            self._document.new()
            self.status.emit("Proposal closed.")

    def keep_work_safe(self) -> bool:
        """Ask about unsaved changes; False means the user wants to stay where they are."""
        if not self._document.modified:
            return True
        choice = UnsavedChanges.ask(self._window, self.document_name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    # --- results -------------------------------------------------------------------------------
    def _save_to(self, path: Path) -> bool:
        try:
            self._document.save(path)
        except (OrgChartError, OSError) as error:
            reason = str(error).rstrip(".")
            ErrorMessage.ask(self._window, "Could not save",
                             f'"{path.name}" was not saved: {reason}. Your work is still open.')
            return False
        self._settings.add_recent_file(path)
        self.status.emit(f'Saved "{path.name}".')
        return True

    def _on_loader_loaded(self, proposal: Proposal, path: Path) -> None:
        self._document.adopt(proposal, path, read_only=not may_write(path))
        self._settings.add_recent_file(path)
        self.status.emit(f'Opened "{path.name}".' + (
            " It is read-only here: use Save As to keep changes." if self._document.read_only else ""))
        self.opened.emit(path)

    def _on_loader_failed(self, message: str, path: Path) -> None:
        self.status.emit(message)
        if self.show_errors:
            ErrorMessage.ask(self._window, "Could not open the proposal", message)

    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path.name}" if number < 10 else path.name, self._recent_menu)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            self._recent_menu.addAction(action)
        self._recent_menu.setEnabled(bool(recent))
