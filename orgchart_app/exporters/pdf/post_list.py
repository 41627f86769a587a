"""The post list appendix: every post of a scenario, unit by unit, with totals per unit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from orgchart_app.analysis.costing import cost_scenario
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text, money_text
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.table import Column, Row, table_pages

COLUMNS = (
    Column("Ref", 7),
    Column("Post title", 22),
    Column("Grade", 7),
    Column("FTE", 5, "right"),
    Column("Qty", 4, "right"),
    Column("Status", 8),
    Column("Employer", 8),
    Column("Deployment", 8),
    Column("Unit", 14),
    Column("Reports to", 18),
)


def units_in_tree_order(proposal: Proposal, scenario_id: ScenarioId) -> list[Unit]:
    units = proposal.units_in(scenario_id)
    children: dict[UnitId | None, list[Unit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    ordered: list[Unit] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        unit = stack.pop()
        ordered.append(unit)
        stack.extend(reversed(children.get(unit.id, [])))
    return ordered


def posts_in_line_order(posts: list[Post]) -> list[Post]:
    """Managers before their reports, as a reader walks the chart."""
    ids = {p.id for p in posts}
    children: dict[PostId | None, list[Post]] = {}
    for post in posts:
        manager = post.reports_to_id if post.reports_to_id in ids else None
        children.setdefault(manager, []).append(post)
    ordered: list[Post] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        post = stack.pop()
        ordered.append(post)
        stack.extend(reversed(children.get(post.id, [])))
    return ordered


def post_costs(proposal: Proposal, scenario_id: ScenarioId) -> dict[PostId, Decimal] | None:
    """Each costed post's yearly cost with on-costs; None when nothing could be costed (no pay
    rates in the file), so the list has no cost column rather than a column of blanks."""
    costed = cost_scenario(proposal, scenario_id)
    costs = {c.post.id: c.total for c in costed.posts if not c.problem}
    return costs or None


def post_list_pages(
    proposal: Proposal,
    scenario_id: ScenarioId,
    body: Body,
    names: bool,
    costs: Mapping[PostId, Decimal] | None = None,
) -> list[PlannedPage]:
    columns = list(COLUMNS)
    if names:
        columns.insert(2, Column("Postholder", 14))
    if costs is not None:
        columns.append(Column("Cost", 9, "right"))
    by_unit: dict[UnitId, list[Post]] = {}
    for post in proposal.posts_in(scenario_id):
        by_unit.setdefault(post.unit_id, []).append(post)
    rows: list[Row] = []
    grand = _Totals()
    for unit in units_in_tree_order(proposal, scenario_id):
        posts = posts_in_line_order(by_unit.get(unit.id, []))
        if not posts:
            continue
        path = " > ".join(u.name for u in proposal.unit_path(unit.id))
        rows.append(Row((path,), "heading"))
        totals = _Totals()
        for post in posts:
            rows.append(Row(_cells(proposal, post, unit, names, costs)))
            totals.add(post, costs)
        rows.append(totals.row(f"Total {unit.name}", len(columns), costs is not None))
        grand.merge(totals)
    rows.append(grand.row("Total (all units)", len(columns), costs is not None))
    scenario = proposal.scenarios[scenario_id].name
    return table_pages("Post list", f"Post list: {scenario}", columns, rows, body)


def _cells(
    proposal: Proposal, post: Post, unit: Unit, names: bool, costs: Mapping[PostId, Decimal] | None
) -> tuple[str, ...]:
    orgs = proposal.organisations
    manager = proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
    deployed = orgs[post.deployed_to_id].short_name if post.deployed_to_id in orgs else ""
    title = post.title + (" (temporary line)" if post.temporary_line else "")
    cells = [
        post.post_ref,
        title,
        post.grade,
        fte_text(post.total_fte),
        str(post.quantity),
        post.status.label,
        orgs[post.employer_id].short_name,
        deployed,
        unit.name,
        manager.title if manager else "",
    ]
    if names:
        cells.insert(2, ", ".join(h.name for h in proposal.postholders_of(post.id)))
    if costs is not None:
        cost = costs.get(post.id)
        cells.append(
            "-" if cost is None else money_text(cost) + ("" if post.funded else " (unfunded)")
        )
    return tuple(cells)


class _Totals:
    def __init__(self) -> None:
        self.posts = 0
        self.fte = 0.0
        self.vacant = 0
        self.cost = Decimal(0)

    def add(self, post: Post, costs: Mapping[PostId, Decimal] | None) -> None:
        self.posts += post.quantity
        self.fte += post.total_fte
        self.vacant += post.quantity if post.status is not PostStatus.FILLED else 0
        if costs and post.funded:
            self.cost += costs.get(post.id, Decimal(0))

    def merge(self, other: _Totals) -> None:
        self.posts += other.posts
        self.fte += other.fte
        self.vacant += other.vacant
        self.cost += other.cost

    def row(self, label: str, width: int, with_cost: bool) -> Row:
        posts = f"{self.posts} post{'' if self.posts == 1 else 's'}"
        summary = f"{label}: {posts}, {fte_text(self.fte)} FTE, {self.vacant} vacant"
        cells = [summary] + [""] * (width - 1)
        if with_cost:
            cells[-1] = money_text(self.cost)
        return Row(tuple(cells), "total")
