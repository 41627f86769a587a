"""Structure chart pages: the whole scenario on one page when legible, else unit by unit.

Paging follows how appendices are paged: a unit that is legible on one page gets one page; a
unit that is not gets an overview (its sub-units' teams collapsed to "+ n posts" boxes) and then
its sub-units, each paged the same way; a unit with no sub-units left is tiled.
"""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf.fit import LayoutFor, fitted_layout
from orgchart_app.exporters.pdf.packing import Piece, packed_pages
from orgchart_app.exporters.pdf.pages import PlannedPage
from orgchart_app.exporters.pdf.tiling import ChartFrame, chart_pages, is_legible
from orgchart_app.layout import LayoutOptions, layout_scenario

# Each post takes at least this much chart (points squared) once its text is legible: a box of
# 96 x 30 with the smallest gaps around it, at the 6 pt scale.
SMALLEST_BOX_AREA = (96 + 4) * (30 + 6) * (6 / 6.5) ** 2


class UnitTree:
    """The units of one scenario with their children and the posts under each (sub-units too)."""

    def __init__(self, proposal: Proposal, scenario_id: ScenarioId) -> None:
        self.proposal = proposal
        self.units = {u.id: u for u in proposal.units_in(scenario_id)}
        self.children: dict[UnitId | None, list[Unit]] = {}
        for unit in self.units.values():
            parent = unit.parent_id if unit.parent_id in self.units else None
            self.children.setdefault(parent, []).append(unit)
        self.posts = proposal.posts_in(scenario_id)
        self._counts: dict[UnitId, int] | None = None
        self.by_unit: dict[UnitId, list[Post]] = {}
        for post in self.posts:
            self.by_unit.setdefault(post.unit_id, []).append(post)

    def roots(self) -> list[Unit]:
        return self.children.get(None, [])

    def subtree(self, unit_id: UnitId) -> set[UnitId]:
        found = [unit_id]
        for current in found:
            found.extend(u.id for u in self.children.get(current, []))
        return set(found)

    def heads(self, unit_ids: list[UnitId]) -> frozenset[PostId]:
        """The top posts of each unit's subtree: collapsing them leaves one box per team."""
        heads: set[PostId] = set()
        for unit_id in unit_ids:
            posts = {p.id: p for u in self.subtree(unit_id) for p in self.by_unit.get(u, [])}
            heads.update(pid for pid, p in posts.items() if p.reports_to_id not in posts)
        return frozenset(heads)

    def has_posts(self, unit_id: UnitId) -> bool:
        return self.count_posts(unit_id) > 0

    def count_posts(self, unit_id: UnitId) -> int:
        if self._counts is None:
            self._counts = self._count_all()
        return self._counts.get(unit_id, 0)

    def _count_all(self) -> dict[UnitId, int]:
        """Posts in each unit and every unit beneath it, counted once for the whole tree."""
        counts: dict[UnitId, int] = {}
        for post in self.posts:
            current: UnitId | None = post.unit_id
            seen = 0
            while current is not None and current in self.units and seen <= len(self.units):
                counts[current] = counts.get(current, 0) + 1
                current = self.units[current].parent_id
                seen += 1
        return counts

    def path(self, unit_id: UnitId) -> str:
        return " › ".join(u.name for u in self.proposal.unit_path(unit_id))


def structure_pages(
    proposal: Proposal,
    scenario_id: ScenarioId,
    base: LayoutOptions,
    frame: ChartFrame,
    per_unit: bool,
) -> list[PlannedPage]:
    scenario = proposal.scenarios[scenario_id].name
    tree = UnitTree(proposal, scenario_id)
    area = frame.area
    layout_for: LayoutFor = lambda options: layout_scenario(proposal, scenario_id, options)  # noqa: E731
    if not per_unit and may_fit(len(tree.posts), area.w * area.h):
        whole = fitted_layout(layout_for, base, area)
        if is_legible(whole, area.w, area.h, frame.min_pt):
            return chart_pages(scenario, whole, frame)
    tops = [u for u in tree.roots() if tree.has_posts(u.id)]
    pieces: list[Piece] = []
    # The overview shows every top unit with its sub-units' teams collapsed.
    children = [c.id for u in tops for c in tree.children.get(u.id, []) if tree.has_posts(c.id)]
    if children:
        overview = fitted_layout(layout_for, overview_options(tree, children, base), area)
        pieces.append(Piece(f"{scenario}: overview", overview))
    for top in tops:
        units = [c for c in tree.children.get(top.id, []) if tree.has_posts(c.id)] or [top]
        for unit in units:
            pieces += unit_pieces(tree, unit, base, frame, layout_for)
    return packed_pages(pieces, frame)


def overview_options(
    tree: UnitTree, unit_ids: list[UnitId], options: LayoutOptions
) -> LayoutOptions:
    """Each of these units drawn as its container with its top posts, their teams collapsed; a
    unit whose lead reports into another's team keeps its container (nothing vanishes). Units
    stay in rows rather than under the sibling they report into: overviews page better wide."""
    return replace(
        options, collapsed=tree.heads(unit_ids), keep_collapsed_heads=True, units_below_leads=False
    )


def may_fit(posts: int, area: float) -> bool:
    """False when the posts' boxes alone, at the smallest legible size, outgrow the page."""
    return posts * SMALLEST_BOX_AREA <= area


def unit_pieces(
    tree: UnitTree, unit: Unit, base: LayoutOptions, frame: ChartFrame, layout_for: LayoutFor
) -> list[Piece]:
    """The unit's chart if it is legible on a page (or has no sub-units), else an overview of
    it with its sub-units' teams collapsed followed by each sub-unit's pieces."""
    heading = tree.path(unit.id)
    options = replace(base, unit_id=unit.id)
    area = frame.area
    children = [c for c in tree.children.get(unit.id, []) if tree.has_posts(c.id)]
    if not children or may_fit(tree.count_posts(unit.id), area.w * area.h):
        layout = fitted_layout(layout_for, options, area)
        if is_legible(layout, area.w, area.h, frame.min_pt) or not children:
            return [Piece(heading, layout)]
    overview = fitted_layout(
        layout_for, overview_options(tree, [c.id for c in children], options), area
    )
    pieces = [Piece(f"{heading}: overview", overview)]
    for child in children:
        pieces += unit_pieces(tree, child, base, frame, layout_for)
    return pieces
