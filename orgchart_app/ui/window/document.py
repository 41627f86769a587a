"""The document controller: owns the proposal, its file path, the undo stack and the scenarios shown.

Every change goes through push(edit): an EditCommand applies it with apply_edit() and the
controller emits `changed(Changes)`, so each view refreshes only what the change names.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from orgchart_app.domain import (
    DottedLineId,
    EditRefused,
    Organisation,
    OrganisationId,
    Post,
    PostId,
    Proposal,
    Scenario,
    ScenarioId,
    Unit,
    UnitId,
    UnitKind,
)
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.edits import Changes, scenarios_touched
from orgchart_app.storage import FileStamp, open_proposal, save_unless_changed
from orgchart_app.ui.window.undo_step import (
    EditCommand,
    Effects,
    effects_of,
    new_cost_book,
    standings_of,
)

if TYPE_CHECKING:  # the costing loads when first asked for; team mode's driver with a library
    from orgchart_app.analysis.cost_book import CostBook
    from orgchart_app.analysis.cost_steps import Standing
    from orgchart_app.edits import Applied, Edit
    from orgchart_app.storage.team import SharedProposal


class DocumentController(QObject):
    changed = Signal(object)  # Changes
    # The whole proposal was replaced (New, Open, Revert): views rebuild from scratch.
    reset = Signal()
    scenario_changed = Signal(object)  # ScenarioId
    path_changed = Signal(object)  # Path | None
    refused = Signal(str)  # why an edit was refused, for the status bar
    # The posts selected anywhere (canvas, tree, changes list); every view follows it.
    selection_changed = Signal(object)  # tuple[PostId, ...]
    # The two scenarios shown side by side (from, to), or None when not comparing.
    compare_changed = Signal(object)  # tuple[ScenarioId, ScenarioId] | None
    read_only_changed = Signal(bool)
    # The dotted line selected on the chart (DottedLineId), or None: the properties dock edits it.
    line_selected = Signal(object)
    # The unit chosen in the structure tree with no post selected (UnitId), or None.
    unit_selected = Signal(object)
    # A colleague's edit to the shared proposal, taken in: who, the edit's name, what it touched.
    remote_changed = Signal(str, str, object)
    # The team server could not be reached: the edit is kept here until it is back (the why).
    team_offline = Signal(str)

    def __init__(
        self,
        proposal: Proposal | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.proposal = proposal or Proposal()
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.scenario_id: ScenarioId | None = next(iter(self.proposal.scenarios), None)
        self.selection: tuple[PostId, ...] = ()
        self.selected_line: DottedLineId | None = None
        self.selected_unit: UnitId | None = None
        self.compare: tuple[ScenarioId, ScenarioId] | None = None
        # The scenario shown before comparing, shown again after (comparing edits the "to" side).
        self._shown_before_compare: ScenarioId | None = None
        # The user's rule for a unit moved into another organisation: its posts are deployed
        # there (True) or keep their deployment. The tree and the canvas both follow it.
        self.unit_moves_deploy = True
        # Opened without the right to write (locked by someone else): Save becomes Save As.
        self.read_only = False
        # The file as it was read or last saved, so Save notices someone else's save since.
        self.stamp: FileStamp | None = None
        # Team mode: the proposal on a server that every edit is committed to (else None).
        self.team: SharedProposal | None = None
        self._cost_book: CostBook | None = None
        # The costings an edit's undo step made of the state it leads to, for the docks after it.
        self._next_cost_book: CostBook | None = None
        self.changed.connect(self._on_self_changed)  # first: before any dock hears of a change

    # --- editing -----------------------------------------------------------------------------
    def push(self, edit: Edit) -> Applied | None:
        """Apply `edit` as one undo step; on refusal emit `refused` and change nothing."""
        from orgchart_app.edits import apply_edit, is_costing_edit  # noqa: PLC0415 - the edits load when first made

        if self.team is not None:
            return self._push_shared(edit)
        before = standings_of(self.cost_book()) if is_costing_edit(edit) else None
        try:
            applied = apply_edit(self.proposal, edit)
        except EditRefused as refusal:
            self.refused.emit(str(refusal))
            return None
        reference = self.reference_scenario_id
        if reference is not None and reference in scenarios_touched(
            self.proposal, applied.inverse.patch
        ):
            # The last line of defence: whatever the command, the side shown for reference stays
            # as it is (a Delete there once removed the as-is twin of the post selected).
            apply_edit(self.proposal, applied.inverse)
            self.refused.emit(self._reference_refusal())
            return None
        self.undo_stack.push(EditCommand(self, applied, self._effects(before)))
        return applied

    def _effects(self, before: dict[ScenarioId, Standing] | None) -> Effects:
        if before is None:
            return None
        book = self._next_cost_book = new_cost_book(self.proposal)
        return effects_of(book, before)

    def _push_shared(self, edit: Edit) -> Applied | None:
        from orgchart_app.edits import apply_edit, is_costing_edit  # noqa: PLC0415 - the edits load when first made

        # Tried on a copy first: an edit of the reference side never reaches the server.
        reference = self.reference_scenario_id
        try:
            trial = apply_edit(self.proposal.copy(), edit)
        except EditRefused as refusal:
            self.refused.emit(str(refusal))
            return None
        if reference is not None and reference in scenarios_touched(
            self.proposal, trial.inverse.patch
        ):
            self.refused.emit(self._reference_refusal())
            return None
        before = standings_of(self.cost_book()) if is_costing_edit(edit) else None
        applied = self.apply_again(edit)
        if applied is not None:
            self.undo_stack.push(EditCommand(self, applied, self._effects(before)))
        return applied

    def apply_again(self, edit: Edit, undo_of: str | None = None) -> Applied | None:
        """Apply an edit (or an undo step's inverse); in team mode it is committed to the server,
        and a refusal is said (`refused`), the copy brought up to date, and None returned."""
        from orgchart_app.edits import apply_edit  # noqa: PLC0415 - the edits load when first made

        if self.team is None:
            return apply_edit(self.proposal, edit)
        try:
            applied = self.team.apply(edit)
            if self.team.offline:
                self.team_offline.emit("the team server cannot be reached")
            return applied
        except (EditRefused, ServerRefused) as refusal:
            reason = str(refusal)
            if undo_of is not None:
                reason = f"Cannot undo {undo_of}: {reason[:1].lower()}{reason[1:]}"
            self.take_in()  # first, so the sentence why is what the status bar shows last
            self.refused.emit(reason)
            return None

    def take_in(self) -> None:
        """Bring a shared proposal up to date with colleagues' edits; each view refreshes only
        what they touched, so the selection and the view stay where they are."""
        if self.team is None:
            return
        try:
            taken = self.team.refresh()
        except ServerRefused as offline:
            self.refused.emit(str(offline))
            return
        for entry in taken:
            self.changed.emit(entry.changes)
            self.remote_changed.emit(entry.edit.changed_by, entry.edit.name, entry.changes)

    def send_unsent(self) -> None:
        """Send the edits kept while the server was away; say which ones came too late."""
        if self.team is None or not self.team.offline:
            return
        try:
            conflicts = self.team.send_unsent()
        except ServerRefused as offline:
            self.team_offline.emit(str(offline))
            return
        if conflicts:
            self.reset.emit()  # edits were taken back: every view draws the proposal again
            for conflict in conflicts:
                self.refused.emit(conflict)

    def adopt_shared(self, shared: SharedProposal) -> None:
        """Show a proposal of a team library; every edit from now on is committed to it."""
        self._replace(shared.proposal, None)
        self.team = shared
        self.path_changed.emit(None)  # the title names the shared proposal

    @property
    def modified(self) -> bool:
        # A shared proposal's edits are on the server as soon as they are made.
        return self.team is None and not self.undo_stack.isClean()

    @property
    def reference_scenario_id(self) -> ScenarioId | None:
        """The scenario shown beside the edited one while comparing: read-only to every command."""
        if self.compare is None or self.compare[0] == self.scenario_id:
            return None
        return self.compare[0]

    def is_reference(self, post_id: PostId) -> bool:
        post = self.proposal.posts.get(post_id)
        return post is not None and post.scenario_id == self.reference_scenario_id

    def _reference_refusal(self) -> str:
        names = self.proposal.scenarios
        reference, edited = self.reference_scenario_id, self.scenario_id
        shown = names[reference].name if reference in names else "the other scenario"
        target = names[edited].name if edited in names else "the scenario edited"
        return f'"{shown}" is shown for reference while comparing: edits go to "{target}".'

    # --- selection -----------------------------------------------------------------------------
    def select(self, post_ids: Iterable[PostId]) -> None:
        """Select posts; while comparing, a post's twin on the reference side is only shown selected
        there, so commands act on the edited side (a post only on the reference side stays, to read)."""
        selection = tuple(dict.fromkeys(p for p in post_ids if p in self.proposal.posts))
        edited = tuple(p for p in selection if not self.is_reference(p))
        selection = edited or selection
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)
        self.select_unit(None)  # the tree chooses a unit after it, with no post selected
        if selection:
            self.select_line(None)

    def select_line(self, line_id: DottedLineId | None) -> None:
        if line_id is not None and line_id not in self.proposal.dotted_lines:
            line_id = None
        if line_id != self.selected_line:
            self.selected_line = line_id
            self.line_selected.emit(line_id)
        if line_id is not None:
            self.select_unit(None)

    def select_unit(self, unit_id: UnitId | None) -> None:
        if unit_id is not None and unit_id not in self.proposal.units:
            unit_id = None
        if unit_id != self.selected_unit:
            self.selected_unit = unit_id
            self.unit_selected.emit(unit_id)

    # --- scenarios ---------------------------------------------------------------------------
    def set_scenario(self, scenario_id: ScenarioId) -> None:
        """Show and edit `scenario_id`; choosing another than the compared "to" side stops comparing."""
        if self.compare is not None and scenario_id != self.compare[1]:
            self.set_compare(None)
        self._show_scenario(scenario_id)

    def _show_scenario(self, scenario_id: ScenarioId | None) -> None:
        if scenario_id != self.scenario_id and scenario_id in self.proposal.scenarios:
            self.scenario_id = scenario_id
            self.scenario_changed.emit(scenario_id)

    def set_compare(self, pair: tuple[ScenarioId, ScenarioId] | None) -> None:
        """Compare `pair` (from, to): the "to" side becomes the scenario edited, the other is read-only."""
        if pair is not None and not all(s in self.proposal.scenarios for s in pair):
            pair = None
        if pair == self.compare:
            return
        if self.compare is None:
            self._shown_before_compare = self.scenario_id
        self.compare = pair
        self._show_scenario(pair[1] if pair is not None else self._shown_before_compare)
        self.select(self.selection)
        self.compare_changed.emit(pair)

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.read_only_changed.emit(read_only)

    def cost_book(self) -> CostBook:
        """The costings of the proposal as it now is, shared by every dock until the next edit."""
        if self._cost_book is None:
            self._cost_book = new_cost_book(self.proposal)
        return self._cost_book

    def _on_self_changed(self, changes: Changes) -> None:
        # The change an undo step just made, with the costings it made of it, or any other change.
        self._cost_book, self._next_cost_book = self._next_cost_book, None
        # An undone scenario copy or a deletion can take away what was shown or selected.
        if changes.scenarios:
            if self.scenario_id not in self.proposal.scenarios:
                first = next(iter(self.proposal.scenarios), None)
                if first is not None:
                    self.set_scenario(first)
            if self.compare is not None:
                self.set_compare(self.compare)
        if changes.posts and any(p not in self.proposal.posts for p in self.selection):
            self.select(self.selection)
        if self.selected_line is not None and self.selected_line not in self.proposal.dotted_lines:
            self.select_line(None)
        self.select_unit(self.selected_unit)  # a deleted unit is chosen no more

    # --- files -------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Replace the proposal with the file's; raises FileRefused and keeps the current one."""
        opened = open_proposal(path)
        self._replace(opened.proposal, path)
        self.stamp = opened.stamp

    def adopt(
        self,
        proposal: Proposal,
        path: Path | None,
        *,
        read_only: bool = False,
        stamp: FileStamp | None = None,
        modified: bool = False,
    ) -> None:
        """Show a proposal read elsewhere (a worker thread, a recovery file) as the document.

        `modified`: it holds work not in `path` (restored after a crash), so it counts as unsaved.
        """
        self._replace(proposal, path, read_only)
        self.stamp = stamp
        if modified:
            self.undo_stack.resetClean()

    def new(self, proposal: Proposal | None = None) -> None:
        """Start a new, never saved proposal (empty unless one is given).

        One with anything in it (File > New, an import) is unsaved until saved: Close asks.
        """
        proposal = proposal or Proposal()
        self._replace(proposal, None)
        if proposal.scenarios:
            self.undo_stack.resetClean()

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> None:
        """Save to `path` (or the current path); raises FileRefused and keeps the work open.

        Saving over the file that was opened raises FileChanged if someone else saved it since,
        unless `overwrite` (the user chose to).
        """
        target = path or self.path
        if target is None:
            raise ValueError("save() needs a path for a proposal that has never been saved")
        stamp = self.stamp if target == self.path else None
        self.proposal.info, self.stamp = save_unless_changed(
            self.proposal, target, stamp, force=overwrite
        )
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.set_read_only(False)  # a copy saved elsewhere is the user's own
            self.path_changed.emit(target)

    def _replace(self, proposal: Proposal, path: Path | None, read_only: bool = False) -> None:
        self.team = None
        self.proposal = proposal
        self.undo_stack.clear()
        self.scenario_id = next(iter(proposal.scenarios), None)
        self.selection = ()
        self.selected_line = None
        self.selected_unit = None
        self.compare = None
        self.path = path
        self.stamp = None
        self.set_read_only(read_only)
        self.reset.emit()
        self.path_changed.emit(path)
        self.changed.emit(Changes())
        self.selection_changed.emit(())
        self.line_selected.emit(None)
        self.compare_changed.emit(None)


def blank_proposal() -> Proposal:
    """What File > New starts from: one organisation, an "As is" scenario and its head post."""
    organisation = Organisation(OrganisationId(1), "New organisation", "New org")
    scenario = Scenario(ScenarioId(1), "As is")
    unit = Unit(
        UnitId(1), scenario.id, "U-1", organisation.name, UnitKind.ORGANISATION, organisation.id
    )
    post = Post(PostId(1), scenario.id, "P-1", "Chief Executive", unit.id, organisation.id)
    return Proposal(
        organisations={organisation.id: organisation},
        scenarios={scenario.id: scenario},
        units={unit.id: unit},
        posts={post.id: post},
    )
