"""The costs dock: posts, FTE and vacancies of the current scenario by unit, rolled up the tree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from orgchart_app.domain import PostStatus, Proposal, ScenarioId, UnitId
from orgchart_app.edits import Changes
from orgchart_app.ui.document import DocumentController
from orgchart_app.ui.text import fte_text

COLUMNS = ["Unit", "Posts", "FTE", "Vacant"]


@dataclass(slots=True)
class UnitTotals:
    posts: int = 0
    fte: float = 0.0
    vacant: int = 0

    def add(self, other: UnitTotals) -> None:
        self.posts += other.posts
        self.fte += other.fte
        self.vacant += other.vacant

    def cells(self) -> list[str]:
        return [str(self.posts), fte_text(self.fte), str(self.vacant)]


def totals_by_unit(proposal: Proposal, scenario_id: ScenarioId) -> dict[UnitId, UnitTotals]:
    """Each unit's own posts plus everything beneath it."""
    own = {unit.id: UnitTotals() for unit in proposal.units_in(scenario_id)}
    for post in proposal.posts_in(scenario_id):
        if post.unit_id in own:
            own[post.unit_id].add(UnitTotals(
                post.quantity, post.total_fte, post.quantity if post.status is not PostStatus.FILLED else 0))
    rolled = {unit_id: UnitTotals() for unit_id in own}
    for unit_id, totals in own.items():
        for unit in proposal.unit_path(unit_id):
            if unit.id in rolled:
                rolled[unit.id].add(totals)
    return rolled


class CostsDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Totals", parent)
        self.setObjectName("costs_dock")
        self._document = document
        self.table = QTreeWidget()
        self.table.setHeaderLabels(COLUMNS)
        self.table.setUniformRowHeights(True)
        self.setWidget(self.table)
        document.reset.connect(self._refresh)
        document.scenario_changed.connect(self._refresh)
        document.changed.connect(self._on_document_changed)
        self._refresh()

    @staticmethod
    def _row(name: str, totals: UnitTotals) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, *totals.cells()])
        for column in range(1, len(COLUMNS)):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.structure:
            self._refresh()

    def _refresh(self) -> None:
        self.table.clear()
        scenario_id = self._document.scenario_id
        if scenario_id is None:
            return
        proposal = self._document.proposal
        totals = totals_by_unit(proposal, scenario_id)
        units = proposal.units_in(scenario_id)
        items = {unit.id: self._row(unit.name, totals[unit.id]) for unit in units}
        overall = UnitTotals()
        for unit in units:
            parent = items.get(unit.parent_id) if unit.parent_id else None
            if parent is not None:
                parent.addChild(items[unit.id])
            else:
                self.table.addTopLevelItem(items[unit.id])
                overall.add(totals[unit.id])
        whole = self._row(f"All of \"{proposal.scenarios[scenario_id].name}\"", overall)
        font = whole.font(0)
        font.setBold(True)
        for column in range(len(COLUMNS)):
            whole.setFont(column, font)
        self.table.insertTopLevelItem(0, whole)
        self.table.expandToDepth(0)
        self.table.resizeColumnToContents(0)
