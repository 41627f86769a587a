"""The costs dock: what the scenario costs, how it fits the budget, and the totals by unit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain import PostStatus, Proposal, ScenarioId, UnitId
from orgchart_app.domain.wording import fte_text, money_text
from orgchart_app.edits import Changes
from orgchart_app.ui.jobs import LatestJob
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:  # the costing loads on the worker, when the dock first costs a scenario
    from orgchart_app.analysis.budget import BudgetFit
    from orgchart_app.analysis.cost_gaps import Gap
    from orgchart_app.analysis.costing import Costing, ScenarioCost

COLUMNS = ["Unit", "Posts", "FTE", "Vacant", "Cost a year"]
# Costing re-reads every post; wait for a burst of edits (typing, undoing) to end first.
REFRESH_DELAY_MS = 250
NOT_GIVEN = "not given"


@dataclass(slots=True)
class UnitTotals:
    posts: int = 0
    fte: float = 0.0
    vacant: int = 0
    cost: Decimal = Decimal("0")
    # Posts with no grade: the unit's cost is not known, so none is shown.
    ungraded: int = 0

    def add(self, other: UnitTotals) -> None:
        self.posts += other.posts
        self.fte += other.fte
        self.vacant += other.vacant
        self.cost += other.cost
        self.ungraded += other.ungraded

    def cells(self) -> list[str]:
        cost = NOT_GIVEN if self.ungraded else money_text(self.cost)
        return [str(self.posts), fte_text(self.fte), str(self.vacant), cost]


def totals_by_unit(
    proposal: Proposal, scenario_id: ScenarioId, costed: ScenarioCost
) -> dict[UnitId, UnitTotals]:
    """Each unit's own posts plus everything beneath it; funded posts' costs only."""
    from orgchart_app.analysis.costing import ungraded  # noqa: PLC0415 - see the top

    own = {unit.id: UnitTotals() for unit in proposal.units_in(scenario_id)}
    for cost in costed.posts:
        post = cost.post
        if post.unit_id in own:
            own[post.unit_id].add(
                UnitTotals(
                    post.quantity,
                    post.total_fte,
                    post.quantity if post.status is not PostStatus.FILLED else 0,
                    cost.total if post.funded else Decimal("0"),
                    post.quantity if ungraded(cost) else 0,
                )
            )
    rolled = {unit_id: UnitTotals() for unit_id in own}
    for unit_id, totals in own.items():
        for unit in proposal.unit_path(unit_id):
            if unit.id in rolled:
                rolled[unit.id].add(totals)
    return rolled


def cost_summary(costed: ScenarioCost, fit: BudgetFit | None, before: ScenarioCost | None) -> str:
    from orgchart_app.analysis.costing import cost_not_given  # noqa: PLC0415 - see the top

    not_given = cost_not_given(costed)
    if not_given:
        available = (
            f" The budget available is {money_text(fit.available)}." if fit and fit.rows else ""
        )
        return f'<b>"{costed.scenario}": {not_given}</b>{available}'
    lines = [
        f'<b>"{costed.scenario}" costs {money_text(costed.totals.total)} a year</b> '
        f"({costed.costing_point.value} of grade, {costed.pay_year or 'no'} pay, with NI "
        "and pension).",
    ]
    if before is not None:
        delta = costed.totals.total - before.totals.total
        sign = "+" if delta > 0 else ""
        lines.append(
            f'Against "{before.scenario}" ({money_text(before.totals.total)}): '
            f"{sign}{money_text(delta)}."
        )
    if fit is not None and fit.rows:
        verdict = "fits" if fit.fits else "does not fit"
        lines.append(
            f"Budget {money_text(fit.available)}: {money_text(fit.cost.total)} counted "
            f"against it, headroom {money_text(fit.headroom)}; it {verdict}. "
            f"{fit.stops_fitting}"
        )
    if costed.problems:
        more = f" (and {len(costed.problems) - 1} more)" if len(costed.problems) > 1 else ""
        lines.append(f"Not fully costed: {costed.problems[0]}{more}")
    return "<br>".join(lines)


@dataclass(frozen=True, slots=True)
class CostsShown:
    """What the dock shows, worked out on a worker thread from a snapshot of the proposal."""

    proposal: Proposal
    scenario_id: ScenarioId
    summary: str
    totals: dict[UnitId, UnitTotals]
    gaps: tuple[Gap, ...] = ()


def work_out_costs(
    proposal: Proposal,
    scenario_id: ScenarioId,
    before_id: ScenarioId | None,
    costs: Costing | None = None,
) -> CostsShown:
    """What the dock shows; `costs` costs a scenario (cost_scenario unless given)."""
    from orgchart_app.analysis.budget import budget_fit  # noqa: PLC0415 - see the top
    from orgchart_app.analysis.cost_gaps import cost_gaps  # noqa: PLC0415
    from orgchart_app.analysis.costing import CostingOptions, cost_scenario  # noqa: PLC0415

    costs = costs or cost_scenario
    options = CostingOptions()
    fit = budget_fit(proposal, scenario_id, costs=costs) if proposal.budget_lines else None
    costed = fit.scenario_cost if fit is not None else costs(proposal, scenario_id, options)
    before = costs(proposal, before_id, options) if before_id is not None else None
    return CostsShown(
        proposal,
        scenario_id,
        cost_summary(costed, fit, before),
        totals_by_unit(proposal, scenario_id, costed),
        tuple(cost_gaps(proposal, scenario_id)),
    )


def gaps_text(gaps: tuple[Gap, ...]) -> str:
    """Each missing piece with a link to the editor that fixes it (the Costs menu's)."""
    return "<br>".join(
        f'{gap.text} <a href="{gap.fix.value}">{FIX_LINKS[gap.fix.value]}</a>' for gap in gaps
    )


FIX_LINKS = {
    "pay_scales": "Pay scales and grades...",
    "basis": "Choose pay year...",
    "on_costs": "Set on-costs...",
    "budget": "Enter the budget...",
}


class CostsDock(QDockWidget):
    # A "fix" link in the dock was clicked: the Fix value of the editor to open.
    fix_requested = Signal(str)

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Costs", parent)
        self.setObjectName("costs_dock")
        self._document = document
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.linkActivated.connect(self.fix_requested)
        self.missing.hide()  # shown only when something is missing; takes no room otherwise
        self.table = QTreeWidget()
        self.table.setHeaderLabels(COLUMNS)
        self.table.setUniformRowHeights(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.table)
        self.setWidget(frame)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._jobs = LatestJob(
            "costs",
            explain=lambda error: f"The costs could not be worked out: {error}",
            parent=self,
        )
        self._stale = True
        # On screen as visibilityChanged last said. isVisible() is no guide: a dock tabbed away
        # behind another is still "visible" to Qt after the docks come back from the welcome
        # page, and it would cost the scenario for nobody at every file opened.
        self._on_screen = False
        self.visibilityChanged.connect(self._on_visibility_changed)
        for signal in (document.reset, document.scenario_changed, document.compare_changed):
            signal.connect(self._schedule)
        document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.structure or changes.other_tables:
            self._schedule()

    @property
    def filling(self) -> bool:
        """A refresh is waiting or running: the dock does not show its final figures yet."""
        return self._timer.isActive() or self._jobs.busy

    def _schedule(self, *_: object) -> None:
        self._stale = True
        if self._on_screen:  # a dock tabbed away costs nothing until it is looked at
            self._timer.start()

    def _on_visibility_changed(self, visible: bool) -> None:
        self._on_screen = visible
        if visible and self._stale:
            self._timer.start()
        elif not visible:
            self._timer.stop()  # still stale (refresh() was not reached): done when shown

    def refresh(self) -> None:
        """Cost the scenario on the worker thread; the dock fills in when it is done."""
        self._timer.stop()
        self._stale = False
        self._jobs.cancel()
        # Comparing: what the proposed scenario costs against the one it replaces.
        pair = self._document.compare
        scenario_id = pair[1] if pair is not None else self._document.scenario_id
        if scenario_id is None:
            self.table.clear()
            self.summary.clear()
            return
        # A snapshot (the worker never sees later edits), with the costings the Changes dock made.
        book = self._document.cost_book()
        before_id = pair[0] if pair is not None else None
        self._jobs.start(
            lambda: work_out_costs(book.proposal, scenario_id, before_id, book.cost),
            self._on_job_done,
            self._on_job_done,
        )

    def wait(self) -> None:
        self._jobs.wait()

    def _on_job_done(self, shown: CostsShown | str) -> None:
        self.table.clear()
        if isinstance(shown, str):
            self.summary.setText(shown)
            self.missing.hide()
            return
        self.summary.setText(shown.summary)
        self.missing.setText(gaps_text(shown.gaps))
        self.missing.setVisible(bool(shown.gaps))
        self._fill_table(shown)

    def _fill_table(self, shown: CostsShown) -> None:
        proposal, scenario_id, totals = shown.proposal, shown.scenario_id, shown.totals
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
        whole = self._row(f'All of "{proposal.scenarios[scenario_id].name}"', overall)
        font = whole.font(0)
        font.setBold(True)
        for column in range(len(COLUMNS)):
            whole.setFont(column, font)
        self.table.insertTopLevelItem(0, whole)
        self.table.expandToDepth(0)

    @staticmethod
    def _row(name: str, totals: UnitTotals) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, *totals.cells()])
        for column in range(1, len(COLUMNS)):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item
