"""File commands: New, Open (on a worker thread), Save, Save As, Close, and the prompts they need.

Nobody's work is lost or overwritten without a choice: unsaved changes are asked about, a file
someone else has open is offered read-only or as a copy, and a file changed on disk since it was
opened is not saved over without asking.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from orgchart_app import storage
from orgchart_app.domain import OrgChartError, Proposal
from orgchart_app.domain.people import without_people
from orgchart_app.storage import FileChanged, FileLock, FileStamp, LockHeld, OpenedFile
from orgchart_app.ui.dialogs.prompts import (
    ChangedOnDisk,
    ConflictChoice,
    ErrorMessage,
    LockChoice,
    LockedFile,
    OpenFile,
    SaveFile,
    TakeOverLock,
    UnsavedChanges,
    UnsavedChoice,
)
from orgchart_app.ui.files.loader import ProposalLoader
from orgchart_app.ui.files.locking import LockKeeper
from orgchart_app.ui.files.problems import ProblemsCheck
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController, blank_proposal
from orgchart_app.ui.window.settings import Settings


def may_write(path: Path) -> bool:
    """Whether Save can replace `path` (it writes a new file beside it, then swaps it in)."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


class FileController(QObject):
    """Owns the file side of the window; every step that could lose work asks first."""

    opened = Signal(object)  # Path
    # A file read but not opened (the user, or nobody there to ask, said no): the sentence why.
    declined = Signal(str)
    status = Signal(str)  # what happened, for the status bar

    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        settings: Settings,
        actions: Actions,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self.locks = LockKeeper()
        # Off when nobody is there to click a message box (orgchart-designer --screenshot):
        # errors go unshown and every question is answered "no" rather than waited on.
        self.interactive = True
        # Off for a --screenshot, whose settings are thrown away with it: writing the recent
        # files there cost 5 to 15 ms of a picture (the settings file is synced to disk).
        self.remember_files = True
        self.loader = ProposalLoader(window)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        self.problems = ProblemsCheck(window, lambda: document.path)
        actions.new.triggered.connect(lambda: self.new())
        actions.open.triggered.connect(self.open)
        actions.save.triggered.connect(self.save)
        actions.save_as.triggered.connect(self.save_as)
        actions.save_without_people.triggered.connect(self.save_without_people)
        actions.close.triggered.connect(self.close)

    @property
    def document_name(self) -> str:
        return self._document.path.name if self._document.path else "Untitled proposal"

    # --- commands ------------------------------------------------------------------------------
    def new(self, proposal: Proposal | None = None) -> None:
        if self.keep_work_safe():
            self.locks.release()
            self._document.new(proposal or blank_proposal())
            self.status.emit("New proposal: not saved anywhere yet.")

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
        if path is None:
            return False
        owner = self.locks.someone_else_has(path)
        if owner is not None:
            ErrorMessage.ask(
                self._window,
                "Proposal in use",
                f'"{path.name}" is open elsewhere: {owner.describe()}. Save under another name.',
            )
            return False
        return self._save_to(path)

    def save_without_people(self) -> bool:
        """Write a copy with no personal data; the open proposal, its file and people stay."""
        current = self._document.path
        suggested = current or self._settings.last_folder() / "Proposal.sqlite"
        path = SaveFile.ask(
            self._window, suggested.with_name(f"{suggested.stem} (no people).sqlite")
        )
        if path is None:
            return False
        if current is not None and path.resolve() == current.resolve():
            ErrorMessage.ask(
                self._window,
                "Save a Copy without People",
                f'"{path.name}" is the open proposal: choose another name, so its '
                "people are not lost.",
            )
            return False
        if (owner := self.locks.someone_else_has(path)) is not None:
            ErrorMessage.ask(
                self._window,
                "Proposal in use",
                f'"{path.name}" is open elsewhere: {owner.describe()}. Save under another name.',
            )
            return False
        people = len(self._document.proposal.postholders)
        try:
            # storage.save_proposal: the writer (and SQLModel) loads at the first save, not at start.
            storage.save_proposal(without_people(self._document.proposal), path)
        except (OrgChartError, OSError) as error:
            ErrorMessage.ask(
                self._window,
                "Could not save",
                f'"{path.name}" was not saved: {str(error).rstrip(".")}.',
            )
            return False
        self.status.emit(
            f'Saved a copy without people as "{path.name}" ({people} '
            f"{'person' if people == 1 else 'people'} left out)."
        )
        return True

    def close(self) -> None:
        if self.keep_work_safe():
            self.locks.release()
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

    def take_over(
        self, proposal: Proposal, path: Path | None, stamp: FileStamp | None, modified: bool = False
    ) -> bool:
        """Make `proposal` (read from `path`) the document, taking the file's lock; False if the
        user chose to leave it because someone else has it open."""
        lock: FileLock | None = None
        read_only = path is not None and not may_write(path)
        if path is not None and not read_only:
            try:
                lock = self._take_lock(path)
            except LockHeld as held:
                choice = (
                    LockedFile.ask(self._window, path.name, held.owner.describe())
                    if self.interactive
                    else LockChoice.CANCEL
                )
                if choice is LockChoice.CANCEL:
                    self.status.emit(f'"{path.name}" was not opened: {held}')
                    self.declined.emit(f'"{path.name}" was not opened: {held}')
                    return False
                read_only = choice is LockChoice.READ_ONLY
                if choice is LockChoice.COPY:
                    path, stamp, modified = None, None, True  # a copy of one's own, not yet saved
        self.locks.keep(lock)
        self._document.adopt(proposal, path, read_only=read_only, stamp=stamp, modified=modified)
        return True

    def _take_lock(self, path: Path) -> FileLock:
        """Our lock on `path`. A marker older than a working day is taken over only if the user
        says so: its owner may have left the designer open overnight. Raises LockHeld otherwise."""
        try:
            return self.locks.take(path)
        except LockHeld as held:
            if not held.old or not TakeOverLock.ask(self._window, path.name, held.owner.describe()):
                raise
            return self.locks.take(path, take_over=held.owner)

    # --- results -------------------------------------------------------------------------------
    def _suggested_path(self) -> Path:
        current = self._document.path
        if current is None:
            return self._settings.last_folder() / "Proposal.sqlite"
        return (
            current.with_name(f"{current.stem} (copy).sqlite")
            if self._document.read_only
            else current
        )

    def _save_to(self, path: Path, overwrite: bool = False) -> bool:
        try:
            self._document.save(path, overwrite=overwrite)
        except FileChanged as changed:
            choice = ChangedOnDisk.ask(self._window, str(changed))
            if choice is ConflictChoice.SAVE_COPY:
                return self.save_as()
            return choice is ConflictChoice.OVERWRITE and self._save_to(path, overwrite=True)
        except (OrgChartError, OSError) as error:
            reason = str(error).rstrip(".")
            ErrorMessage.ask(
                self._window,
                "Could not save",
                f'"{path.name}" was not saved: {reason}. Your work is still open.',
            )
            return False
        if not self.locks.holds(path):
            try:
                self.locks.keep(self.locks.take(path))
            except LockHeld:
                self.locks.release()  # saved; whoever opened it meanwhile is told by their Save
        self._settings.add_recent_file(path)
        self.status.emit(f'Saved "{path.name}".')
        return True

    def _on_loader_loaded(self, opened: OpenedFile, path: Path) -> None:
        if not self.take_over(opened.proposal, path, opened.stamp):
            return
        if self.remember_files:
            self._settings.add_recent_file(path)
        document = self._document
        if document.path is None:
            note = " as a copy of your own: Save As to keep it."
        elif document.read_only:
            note = " read-only: use Save As to keep changes."
        else:
            note = "."
        if self.locks.notice:
            note += f" {self.locks.notice}"
        self.status.emit(f'Opened "{path.name}"{note}')
        if self.interactive:  # nobody to show them to otherwise (a --screenshot)
            self.problems.check(opened.proposal, path)
        self.opened.emit(path)

    def _on_loader_failed(self, message: str, path: Path) -> None:
        self.status.emit(message)
        if self.interactive:
            ErrorMessage.ask(self._window, "Could not open the proposal", message)
