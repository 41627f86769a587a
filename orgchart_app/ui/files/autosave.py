"""Autosave to a recovery file a few seconds after each change, and offer it back after a crash.

The recovery copy is written on a worker thread from a snapshot taken on the GUI thread
(records are immutable, so Proposal.copy() is cheap); a failure goes to the status bar only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from orgchart_app.domain import OrgChartError
from orgchart_app.storage import RecoveryFile, RecoverySlot, list_recovery
from orgchart_app.ui.dialogs.prompts import ErrorMessage, OfferRecovery, RecoveryChoice
from orgchart_app.ui.jobs import LatestJob
from orgchart_app.ui.window.document import DocumentController

AUTOSAVE_DELAY_MS = 3000


class Autosaver(QObject):
    failed = Signal(str)  # one sentence for the status bar

    def __init__(self, document: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._slot = RecoverySlot.for_document(document.path)
        # One worker, so writes and discards happen in the order asked; a newer one replaces
        # any still waiting (the newest snapshot, or the discard, is all that matters).
        self._jobs = LatestJob("autosave", explain=_unwritten, parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        document.reset.connect(self._on_document_reset)
        document.path_changed.connect(self._on_document_path_changed)
        document.changed.connect(self._on_document_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def write_now(self) -> None:
        self._timer.stop()
        if not self._document.modified or not self._document.proposal.scenarios:
            return
        slot, snapshot, stamp = self._slot, self._document.proposal.copy(), self._document.stamp
        self._run(lambda: slot.write(snapshot, stamp))

    def discard(self) -> None:
        """The work is saved or deliberately dropped: no recovery copy is needed any more."""
        self._timer.stop()
        slot = self._slot
        self._run(slot.discard)

    def wait(self) -> None:
        self._jobs.wait()

    def _run(self, work: Callable[[], object]) -> None:
        self._jobs.start(work, lambda _done: None, self.failed.emit)

    def _on_document_changed(self, *_: object) -> None:
        if self._document.modified:
            self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if self._document.team is not None:
            # A team proposal's edits are on the server as they are made: no recovery copy.
            # (Its undo stack is cleared as its window goes, after the jobs have stopped.)
            return
        if clean:  # saved, or undone back to what the file holds
            self.discard()
        else:  # the first change since then (or work restored after a crash): copy it at once
            self.write_now()

    def _on_document_reset(self) -> None:
        self.discard()  # the old document was saved or deliberately dropped before this
        self._slot = RecoverySlot.for_document(self._document.path)

    def _on_document_path_changed(self, *_: object) -> None:
        # Save As: the copy now belongs to the new name (the save itself made it clean).
        if self._slot.source != (self._document.path.resolve() if self._document.path else None):
            self.discard()
            self._slot = RecoverySlot.for_document(self._document.path)


def _unwritten(error: Exception) -> str:
    return f"Could not write the recovery copy ({error})."


def offer_recovery(parent: QWidget, restore: Callable[[RecoveryFile], bool]) -> bool:
    """Offer each recovery file left by a crash; True if one was restored (it is then the document)."""
    for entry in list_recovery():
        choice = OfferRecovery.ask(parent, entry.describe())
        if choice is RecoveryChoice.DISCARD:
            entry.discard()
        elif choice is RecoveryChoice.RESTORE:
            try:
                restored = restore(entry)
            except OrgChartError as error:
                ErrorMessage.ask(parent, "Could not recover", str(error))
                continue
            if restored:
                entry.discard()  # the window's own autosave has taken over
                return True
    return False
