"""One undo step of the designer: an edit applied, its inverse, and what it did to the costs."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:  # the costing: see new_cost_book(). The controller: it makes the steps
    from orgchart_app.analysis.cost_book import CostBook
    from orgchart_app.analysis.cost_steps import Standing, StepEffect
    from orgchart_app.domain import Proposal, ScenarioId
    from orgchart_app.edits import Applied
    from orgchart_app.ui.window.document import DocumentController

# What an edit of pay, on-costs or the budget did to each scenario; None for any other edit.
Effects: TypeAlias = "tuple[StepEffect, ...] | None"


class EditCommand(QUndoCommand):
    """One undo step: redo applies the edit, undo applies its inverse. An edit of what costs rest
    on carries what it did to each scenario's cost and headroom, and says it in its name."""

    def __init__(
        self, document: DocumentController, applied: Applied, effects: Effects = None
    ) -> None:
        if effects is None:
            super().__init__(applied.name)
        else:
            from orgchart_app.analysis.cost_steps import step_text  # noqa: PLC0415 - see below

            super().__init__(f"{applied.name} ({step_text(effects)})")
        self._document = document
        self._applied = applied
        self._first_redo = True
        self.edit_name = applied.name
        self.effects: tuple[StepEffect, ...] = effects or ()

    def redo(self) -> None:
        if self._first_redo:  # already applied by push(), which had to know whether it was refused
            self._first_redo = False
        else:
            applied = self._document.apply_again(self._applied.edit)
            if applied is None:  # a colleague changed a record since (team mode): said why
                self.setObsolete(True)
                return
            self._applied = applied
        self._document.changed.emit(self._applied.changes)

    def undo(self) -> None:
        undone = self._document.apply_again(self._applied.inverse, undo_of=self._applied.name)
        if undone is None:
            self.setObsolete(True)  # Qt then drops the step: it cannot be undone any more
            return
        self._document.changed.emit(undone.changes)


def new_cost_book(proposal: Proposal) -> CostBook:
    """A book of costings of the proposal as it now is (a snapshot). The costing (pay, budgets,
    a step's effects) loads here, when a dock or an edit of pay first asks: not at the start,
    whose first chart does not cost anything."""
    from orgchart_app.analysis.cost_book import CostBook  # noqa: PLC0415 - see above

    return CostBook(proposal.copy())


def standings_of(book: CostBook) -> dict[ScenarioId, Standing]:
    """Each scenario's cost and headroom before an edit (the docks have most often costed the
    book's state already)."""
    from orgchart_app.analysis.cost_steps import standings  # noqa: PLC0415 - see new_cost_book

    return standings(book.proposal, book.cost)


def effects_of(book: CostBook, before: dict[ScenarioId, Standing]) -> tuple[StepEffect, ...]:
    from orgchart_app.analysis.cost_steps import step_effects  # noqa: PLC0415 - see new_cost_book

    return step_effects(book.proposal, before, book.cost)
