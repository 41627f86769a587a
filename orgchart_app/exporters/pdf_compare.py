"""Compare pages: the as-is and to-be of each unit facing each other, every change marked.

Changes are named on the boxes ("NEW", "DELETED", "REGRADED", ...) as well as shaded, so the
pages read in black and white.
"""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.analysis.diff import ChangeKind, diff_scenarios
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf_pages import PlannedPage
from orgchart_app.exporters.pdf_structure import UnitTree
from orgchart_app.exporters.pdf_tiling import (
    ChartFrame,
    chart_pages,
    fits_side_by_side,
    side_by_side_page,
)
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario


def change_markers(proposal: Proposal, from_id: ScenarioId,
                   to_id: ScenarioId) -> tuple[dict[PostId, str], dict[PostId, str]]:
    """The marker each changed post shows on the as-is side and on the to-be side."""
    before: dict[PostId, list[str]] = {}
    after: dict[PostId, list[str]] = {}
    for change in diff_scenarios(proposal, from_id, to_id).changes:
        if change.kind is ChangeKind.ESTABLISHED and change.to_post_id is not None:
            after.setdefault(change.to_post_id, []).append("new")
        elif change.kind is ChangeKind.DELETED and change.from_post_id is not None:
            before.setdefault(change.from_post_id, []).append("deleted")
        else:
            for post_id, side in ((change.from_post_id, before), (change.to_post_id, after)):
                if post_id is not None:
                    side.setdefault(post_id, []).append(change.kind.label)
    return ({k: ", ".join(v) for k, v in before.items()},
            {k: ", ".join(v) for k, v in after.items()})


def compare_pages(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId,
                  base: LayoutOptions, frame: ChartFrame) -> list[PlannedPage]:
    frame = replace(frame, compare=True)
    names = (proposal.scenarios[from_id].name, proposal.scenarios[to_id].name)
    markers = change_markers(proposal, from_id, to_id)

    def lay(scenario_id: ScenarioId, unit: Unit | None, side: int) -> Layout:
        options = replace(base, unit_id=unit.id if unit else None)
        return layout_scenario(proposal, scenario_id, options, markers[side])

    whole = (lay(from_id, None, 0), lay(to_id, None, 1))
    heading = f"{names[0]} and {names[1]} compared"
    if fits_side_by_side(*whole, frame):
        return [side_by_side_page(heading, (names[0], whole[0]), (names[1], whole[1]), frame)]
    pages: list[PlannedPage] = []
    for unit_before, unit_after in _unit_pairs(proposal, from_id, to_id):
        pair = (lay(from_id, unit_before, 0) if unit_before else None,
                lay(to_id, unit_after, 1) if unit_after else None)
        title = (unit_after or unit_before).name  # type: ignore[union-attr]
        if pair[0] and pair[1] and fits_side_by_side(pair[0], pair[1], frame):
            pages.append(side_by_side_page(f"{title}: compared", (names[0], pair[0]),
                                           (names[1], pair[1]), frame))
            continue
        for name, layout in zip(names, pair, strict=True):
            if layout is not None:
                pages += chart_pages(f"{title}: {name}", layout, frame)
    return pages


def _unit_pairs(proposal: Proposal, from_id: ScenarioId,
                to_id: ScenarioId) -> list[tuple[Unit | None, Unit | None]]:
    """The pillar-level units of both scenarios, matched on unit_ref, in to-be order."""
    levels = []
    for scenario_id in (from_id, to_id):
        tree = UnitTree(proposal, scenario_id)
        level = []
        for root in tree.roots():
            children = [c for c in tree.children.get(root.id, []) if tree.has_posts(c.id)]
            level += children or ([root] if tree.has_posts(root.id) else [])
        levels.append({u.unit_ref: u for u in level})
    before, after = levels
    pairs = [(before.get(ref), unit) for ref, unit in after.items()]
    pairs += [(unit, None) for ref, unit in before.items() if ref not in after]
    return pairs
