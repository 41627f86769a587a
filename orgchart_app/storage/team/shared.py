"""One person's working copy of a shared proposal: their edits sent, colleagues' edits taken in."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from orgchart_app.domain.errors import EditConflict, ServerUnreachable
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import Applied, Changes, apply_edit
from orgchart_app.edits.patch import RecordChange, apply_patch
from orgchart_app.edits.types import Edit
from orgchart_app.storage.team.client import TeamLibrary
from orgchart_app.storage.team.sync import RemoteEdit
from orgchart_app.storage.team.transfer import Versions


@dataclass(frozen=True, slots=True)
class TakenIn:
    """A colleague's edit, now in the working copy: who, which, and what it touched."""

    edit: RemoteEdit
    changes: Changes


@dataclass(frozen=True, slots=True)
class Unsent:
    """An edit made here that the server has not confirmed, with the id it is sent under (the
    same each time: one whose reply was lost is known on the server as applied)."""

    applied: Applied
    edit_id: uuid.UUID


class SharedProposal:
    """The proposal `name` of a library, kept in step with the server."""

    def __init__(self, library: TeamLibrary, name: str) -> None:
        self.library = library
        self.name = name
        found = library.read(name)
        self.proposal_id = found.proposal_id
        self.proposal: Proposal = found.proposal
        self.versions: Versions = dict(found.versions)
        # The latest history entry taken in: later ones are fetched by refresh().
        self.revision = found.revision
        self.problems = found.problems
        self._own: set[int] = set()
        # The revision the server gave this user's latest edit (None: none sent yet).
        self.last_sent: int | None = None
        # Edits made while the server could not be reached, oldest first: sent by send_unsent().
        self.unsent: list[Unsent] = []

    def apply(self, edit: Edit) -> Applied:
        """Apply `edit` here and on the server as one transaction. When the server refuses it
        (EditConflict: a colleague changed a record since) the copy is put back as it was:
        refresh() then takes in what the colleague did."""
        applied = apply_edit(self.proposal, edit)
        pending = Unsent(applied, uuid.uuid4())
        if self.unsent:  # after edits still waiting: sent after them, in order
            self.unsent.append(pending)
            return applied
        try:
            self._commit(pending)
        except ServerUnreachable:
            # Kept here, and sent when the server is back (send_unsent): nothing is lost. The
            # server may have applied it before the connection dropped: the id tells it so.
            self.unsent.append(pending)
        except BaseException:
            apply_edit(self.proposal, applied.inverse)
            raise
        return applied

    @property
    def offline(self) -> bool:
        return bool(self.unsent)

    def _commit(self, pending: Unsent) -> None:
        applied = pending.applied
        patch = applied.inverse.patch.reversed()
        revision = self.library.commit(
            self.proposal_id, patch, self.versions, applied.name, pending.edit_id
        )
        self._own.add(revision)
        self.last_sent = revision
        if revision > self.revision:  # else refresh() has taken it in, versions and all
            self._note_versions(patch.changes, revision)

    def _note_versions(self, changes: Iterable[RecordChange], revision: int) -> None:
        # A removed record has no version: the server has no row for it either.
        for change in changes:
            if change.after is None:
                self.versions.pop((change.table, change.key), None)
            else:
                self.versions[(change.table, change.key)] = revision

    def send_unsent(self) -> list[str]:
        """Send the edits kept while offline, oldest first; one that a colleague's edit made
        stale is taken back here, and its sentence returned. ServerUnreachable (with the rest
        still kept) if the server is still away."""
        conflicts: list[str] = []
        while self.unsent:
            pending = self.unsent[0]
            try:
                self._commit(pending)
            except EditConflict as conflict:
                conflicts.append(f"{pending.applied.name}: {conflict}")
                self._take_back(pending.applied)
            self.unsent.pop(0)
        return conflicts

    def _take_back(self, applied: Applied) -> None:
        # Undo it and every later unsent edit, then redo those later ones on top.
        later = self.unsent[1:]
        for waiting in reversed(later):
            apply_edit(self.proposal, waiting.applied.inverse)
        apply_edit(self.proposal, applied.inverse)
        self.unsent[1:] = [
            Unsent(apply_edit(self.proposal, w.applied.edit), w.edit_id) for w in later
        ]

    def refresh(self) -> list[TakenIn]:
        """Take in every edit committed since the last refresh; colleagues' edits are returned."""
        taken: list[TakenIn] = []
        for entry in self.library.history(self.proposal_id, self.revision):
            self.revision = entry.revision
            if entry.patch is None or entry.revision in self._own:
                continue
            applied = apply_patch(self.proposal, entry.patch)
            self._note_versions(entry.patch.changes, entry.revision)
            taken.append(TakenIn(entry, Changes.of(applied)))
        return taken

    def undo(self, applied: Applied) -> Applied:
        """Undo one of this user's own edits: refused (EditConflict, saying who changed what)
        when a colleague has changed one of its records since."""
        try:
            return self.apply(applied.inverse)
        except EditConflict as conflict:
            reason = str(conflict)
            reason = reason[:1].lower() + reason[1:]
            raise EditConflict(f"Cannot undo {applied.name}: {reason}") from None
