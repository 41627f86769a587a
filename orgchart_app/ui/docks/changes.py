"""The changes dock: the diff of the two scenarios being compared; a click selects the post."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from orgchart_app.analysis.diff import PostChange, ScenarioDiff, diff_scenarios
from orgchart_app.domain import PostId, ScenarioId
from orgchart_app.domain.wording import money_change_text, money_text
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.undo_step import EditCommand

if TYPE_CHECKING:
    from orgchart_app.analysis.cost_diff import CostDiff
    from orgchart_app.analysis.cost_steps import StepEffect

COLUMNS = ["Change", "Post ref", "Post", "Before", "After"]
COST_COLUMNS = ["What the cost rests on", "Before", "After", "Effect a year"]
POST_IDS_ROLE = Qt.ItemDataRole.UserRole + 1
ZERO = Decimal(0)


def summary(diff: ScenarioDiff) -> str:
    counts = Counter(change.kind for change in diff.changes)
    if not counts:
        return f'"{diff.to_name}" is the same as "{diff.from_name}".'
    listed = ", ".join(f"{count} {kind.label}" for kind, count in counts.items())
    return f'From "{diff.from_name}" to "{diff.to_name}": {listed}.'


def change_row(change: PostChange) -> QTreeWidgetItem:
    item = QTreeWidgetItem(
        [change.kind.label, change.post_ref, change.title, change.before, change.after]
    )
    ids = [post_id for post_id in (change.from_post_id, change.to_post_id) if post_id is not None]
    item.setData(0, POST_IDS_ROLE, ids)
    for column, text in enumerate((change.before, change.after), start=3):
        item.setToolTip(column, text)
    return item


def _flat_list(columns: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    # Each heading whole before there are rows to size a column by.
    for column in range(len(columns)):
        tree.setColumnWidth(column, tree.header().sectionSizeHint(column))
    return tree


def cost_summary(cost: CostDiff) -> str:
    left_out = f"; {len(cost.problems)} problems left out" if cost.problems else ""
    return (
        f"Cost a year ({cost.basis}): {money_text(cost.before)} -> {money_text(cost.after)}, "
        f"{money_change_text(cost.delta)}{left_out}."
    )


def cost_rows(cost: CostDiff) -> list[QTreeWidgetItem]:
    rows = []
    for change in cost.changes:
        item = QTreeWidgetItem(
            [change.label, change.before, change.after, money_change_text(change.effect)]
        )
        for column in (1, 2):
            item.setToolTip(column, item.text(column))
        rows.append(item)
    return rows


def _side(effect: StepEffect | None) -> str:
    if effect is None:
        return "unchanged"
    parts = [f"cost {money_change_text(effect.cost)}"] if effect.cost else []
    if effect.budget_changed:
        parts.append(f"headroom {money_change_text(effect.headroom)}")
    return ", ".join(parts) or "unchanged"


def step_rows(stack: QUndoStack, pair: tuple[ScenarioId, ScenarioId]) -> list[QTreeWidgetItem]:
    """The undo steps done so far that changed either compared scenario's cost or headroom (a
    pay point, an on-cost rule, the budget): what each did to each side and to the difference."""
    rows: list[QTreeWidgetItem] = []
    if not isValid(stack):  # a stack being destroyed clears itself and says so
        return rows
    for index in range(stack.index()):
        step = stack.command(index)
        if not isinstance(step, EditCommand):
            continue
        by_id = {e.scenario_id: e for e in step.effects}
        before, after = by_id.get(pair[0]), by_id.get(pair[1])
        if before is None and after is None:
            continue
        difference = (after.cost if after else ZERO) - (before.cost if before else ZERO)
        item = QTreeWidgetItem(
            [f"Edit: {step.edit_name}", _side(before), _side(after), money_change_text(difference)]
        )
        item.setToolTip(
            0,
            f"{step.edit_name}: an edit made since the file was opened (Edit > Undo takes it "
            "back). Before and After: what it did to each scenario a year; the effect: to the "
            "difference between them.",
        )
        rows.append(item)
    return rows


def no_changes(diff: ScenarioDiff) -> str | None:
    """The sentence for the status bar when the two scenarios are the same."""
    if diff.changes:
        return None
    return f'No changes between "{diff.from_name}" and "{diff.to_name}".'


class ChangesDock(QDockWidget):
    post_ref_clicked = Signal(str)  # the compare view brings that post into view on both sides
    status = Signal(str)  # for the status bar: a comparison that finds no changes

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Changes", parent)
        self.setObjectName("changes_dock")
        self._document = document
        self.diff: ScenarioDiff | None = None  # of the scenarios being compared
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = _flat_list(COLUMNS)
        self.list.itemClicked.connect(self._on_item_clicked)
        # Pay year, costing point, pay rates, on-costs and budget: what the difference costs.
        self.cost_summary = QLabel()
        self.cost_summary.setWordWrap(True)
        self.costs = _flat_list(COST_COLUMNS)
        costing = QWidget()
        cost_layout = QVBoxLayout(costing)
        cost_layout.setContentsMargins(0, 0, 0, 0)
        cost_layout.addWidget(self.cost_summary)
        cost_layout.addWidget(self.costs, 1)
        # A splitter, not a stack: the dock (and so the window) keeps its small minimum height.
        split = QSplitter(Qt.Orientation.Vertical)
        for part in (self.list, costing):
            part.setMinimumHeight(1)  # else the splitter's minimum is the sum of theirs
            split.addWidget(part)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.setWidget(frame)
        document.compare_changed.connect(self._on_document_compare_changed)
        document.changed.connect(self._on_document_changed)
        # A step is on the stack only after its edit is applied (and off it only after undone):
        # the edits listed with their cost follow the stack itself.
        document.undo_stack.indexChanged.connect(self._on_document_changed)
        self._refresh()

    def no_changes_message(self) -> str | None:
        """'No changes between "A" and "B".' while comparing two scenarios that are the same."""
        return no_changes(self.diff) if self.diff is not None else None

    def _on_document_compare_changed(self) -> None:
        self._refresh()
        message = self.no_changes_message()
        if message is not None:
            self.status.emit(message)

    def _on_document_changed(self, *_: object) -> None:
        # Any edit may change what the scenarios cost (a pay point, an on-cost rule, the budget).
        if self._document.compare is not None:
            self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        self.costs.clear()
        self.cost_summary.clear()
        pair = self._document.compare
        self.diff = diff_scenarios(self._document.proposal, *pair) if pair is not None else None
        if pair is None or self.diff is None:
            self.summary.setText(
                "Compare two scenarios (View > Compare side by side) to list "
                "what changes between them."
            )
            return
        self.summary.setText(summary(self.diff))
        self.list.addTopLevelItems([change_row(change) for change in self.diff.changes])
        for column in range(4):
            self.list.resizeColumnToContents(column)
        # Here, not at the top: the costing loads when two scenarios are first compared.
        from orgchart_app.analysis.cost_diff import diff_costs  # noqa: PLC0415

        book = self._document.cost_book()  # the Costs dock costs the same scenarios
        cost = diff_costs(book.proposal, *pair, costs=book.cost)
        self.cost_summary.setText(cost_summary(cost))
        self.costs.addTopLevelItems(cost_rows(cost))
        self.costs.addTopLevelItems(step_rows(self._document.undo_stack, pair))
        for column in range(3):  # the on-cost rules are long: the tooltip has them whole
            self.costs.resizeColumnToContents(column)
            self.costs.setColumnWidth(column, min(self.costs.columnWidth(column), 420))

    def show_post_ref(self, post_ref: str) -> None:
        """Bring the changes of one post into view (a change clicked in the compare view)."""
        found = self.list.findItems(post_ref, Qt.MatchFlag.MatchExactly, 1)
        if found:
            self.list.setCurrentItem(found[0])
            self.list.scrollToItem(found[0])

    def _on_item_clicked(self, item: QTreeWidgetItem) -> None:
        ids = item.data(0, POST_IDS_ROLE) or []
        self._document.select([PostId(post_id) for post_id in ids])
        self.post_ref_clicked.emit(item.text(1))
