"""Structure chart pages: the whole scenario on one page when legible, else unit by unit.

Paging follows how appendices are paged: a unit that is legible on one page gets one page; a
unit that is not gets an overview (its sub-units' teams collapsed to "+ n posts" boxes) and then
its sub-units, each paged the same way; a unit with no sub-units left is tiled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf_pages import PlannedPage
from orgchart_app.exporters.pdf_tiling import ChartFrame, chart_pages, is_legible
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario

LayoutFor = Callable[[LayoutOptions], Layout]


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
            inside = self.subtree(unit_id)
            posts = {p.id: p for p in self.posts if p.unit_id in inside}
            heads.update(pid for pid, p in posts.items() if p.reports_to_id not in posts)
        return frozenset(heads)

    def has_posts(self, unit_id: UnitId) -> bool:
        inside = self.subtree(unit_id)
        return any(p.unit_id in inside for p in self.posts)

    def path(self, unit_id: UnitId) -> str:
        return " › ".join(u.name for u in self.proposal.unit_path(unit_id))


def structure_pages(proposal: Proposal, scenario_id: ScenarioId, base: LayoutOptions,
                    frame: ChartFrame, per_unit: bool) -> list[PlannedPage]:
    scenario = proposal.scenarios[scenario_id].name
    tree = UnitTree(proposal, scenario_id)
    whole = layout_scenario(proposal, scenario_id, base)
    area = frame.area
    if not per_unit and is_legible(whole, area.w, area.h, frame.min_pt):
        return chart_pages(scenario, whole, frame)
    layout_for: LayoutFor = lambda options: layout_scenario(proposal, scenario_id, options)  # noqa: E731
    tops = [u for u in tree.roots() if tree.has_posts(u.id)]
    pages: list[PlannedPage] = []
    # The overview shows every top unit with its sub-units' teams collapsed.
    children = [c.id for u in tops for c in tree.children.get(u.id, []) if tree.has_posts(c.id)]
    if children:
        overview = layout_for(replace(base, collapsed=tree.heads(children)))
        pages += chart_pages(f"{scenario}: overview", overview, frame)
    for top in tops:
        units = [c for c in tree.children.get(top.id, []) if tree.has_posts(c.id)] or [top]
        for unit in units:
            pages += _unit_pages(tree, unit, base, frame, layout_for)
    return pages


def _unit_pages(tree: UnitTree, unit: Unit, base: LayoutOptions, frame: ChartFrame,
                layout_for: LayoutFor) -> list[PlannedPage]:
    heading = tree.path(unit.id)
    options = replace(base, unit_id=unit.id)
    layout = layout_for(options)
    area = frame.area
    children = [c for c in tree.children.get(unit.id, []) if tree.has_posts(c.id)]
    if is_legible(layout, area.w, area.h, frame.min_pt) or not children:
        return chart_pages(heading, layout, frame)
    overview = layout_for(replace(options, collapsed=tree.heads([c.id for c in children])))
    pages = chart_pages(f"{heading}: overview", overview, frame)
    for child in children:
        pages += _unit_pages(tree, child, base, frame, layout_for)
    return pages
