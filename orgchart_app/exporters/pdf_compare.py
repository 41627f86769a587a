"""Compare pages: the as-is and to-be of each unit facing each other, every change marked.

Changes are named on the boxes ("NEW", "DELETED", "REGRADED", ...) as well as shaded, so the
pages read in black and white.
"""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf_packing import Piece, packed_pages
from orgchart_app.exporters.pdf_pages import PlannedPage
from orgchart_app.exporters.pdf_structure import LayoutFor, UnitTree, unit_pieces
from orgchart_app.exporters.pdf_tiling import ChartFrame, fits_side_by_side, side_by_side_page
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.compare import change_markers


class _Sides:
    """Both scenarios: their unit trees, names and change markers, and how to lay them out."""

    def __init__(self, proposal: Proposal, ids: tuple[ScenarioId, ScenarioId],
                 base: LayoutOptions) -> None:
        self.proposal = proposal
        self.ids = ids
        self.base = base
        self.trees = (UnitTree(proposal, ids[0]), UnitTree(proposal, ids[1]))
        self.names = (proposal.scenarios[ids[0]].name, proposal.scenarios[ids[1]].name)
        self.markers = change_markers(proposal, *ids)

    def layout_for(self, side: int) -> LayoutFor:
        return lambda options: layout_scenario(self.proposal, self.ids[side], options,  # noqa: E731
                                               self.markers[side])

    def children(self, side: int, unit: Unit) -> dict[str, Unit]:
        tree = self.trees[side]
        return {c.unit_ref: c for c in tree.children.get(unit.id, []) if tree.has_posts(c.id)}


def compare_pages(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId,
                  base: LayoutOptions, frame: ChartFrame) -> list[PlannedPage]:
    """One page with both when legible; else unit by unit (matched on unit_ref), each pair
    facing on one page where it fits, and units found on one side only packed together."""
    frame = replace(frame, compare=True)
    sides = _Sides(proposal, (from_id, to_id), base)
    whole = (sides.layout_for(0)(base), sides.layout_for(1)(base))
    if fits_side_by_side(*whole, frame):
        heading = f"{sides.names[0]} and {sides.names[1]} compared"
        return [side_by_side_page(heading, (sides.names[0], whole[0]),
                                  (sides.names[1], whole[1]), frame)]
    items: list[PlannedPage | Piece] = []
    for before, after in _top_pairs(sides):
        items += _pair_items(sides, before, after, frame)
    return _paged(items, frame)


def _pair_items(sides: _Sides, before: Unit | None, after: Unit | None,
                frame: ChartFrame) -> list[PlannedPage | Piece]:
    if before is None or after is None:
        side, unit = (1, after) if before is None else (0, before)
        pieces = unit_pieces(sides.trees[side], unit, sides.base, frame,  # type: ignore[arg-type]
                             sides.layout_for(side))
        return [Piece(f"{sides.names[side]}: {p.heading}", p.layout) for p in pieces]
    layouts = tuple(sides.layout_for(side)(replace(sides.base, unit_id=unit.id))
                    for side, unit in ((0, before), (1, after)))
    path = sides.trees[1].path(after.id)
    if fits_side_by_side(*layouts, frame):
        return [side_by_side_page(f"{path}: compared", (sides.names[0], layouts[0]),
                                  (sides.names[1], layouts[1]), frame)]
    children = (sides.children(0, before), sides.children(1, after))
    if not children[0] and not children[1]:
        return [Piece(f"{sides.names[side]}: {path}", layouts[side]) for side in (0, 1)]
    items: list[PlannedPage | Piece] = []
    overviews = []
    for side, unit in ((0, before), (1, after)):
        options = replace(sides.base, unit_id=unit.id,
                          collapsed=sides.trees[side].heads([c.id for c in children[side].values()]))
        overviews.append(sides.layout_for(side)(options))
    if fits_side_by_side(*overviews, frame):
        items.append(side_by_side_page(f"{path}: overview compared", (sides.names[0], overviews[0]),
                                       (sides.names[1], overviews[1]), frame))
    else:
        items += [Piece(f"{sides.names[side]}: {path} (overview)", overviews[side])
                  for side in (0, 1)]
    for ref, unit in children[1].items():
        items += _pair_items(sides, children[0].get(ref), unit, frame)
    for ref, unit in children[0].items():
        if ref not in children[1]:
            items += _pair_items(sides, unit, None, frame)
    return items


def _paged(items: list[PlannedPage | Piece], frame: ChartFrame) -> list[PlannedPage]:
    """Pair pages as they are; runs of single charts packed together."""
    pages: list[PlannedPage] = []
    run: list[Piece] = []
    for item in items:
        if isinstance(item, Piece):
            run.append(item)
            continue
        pages += packed_pages(run, frame)
        run = []
        pages.append(item)
    return pages + packed_pages(run, frame)


def _top_pairs(sides: _Sides) -> list[tuple[Unit | None, Unit | None]]:
    """The top units of both scenarios, matched on unit_ref, in to-be order."""
    tops = [{u.unit_ref: u for u in tree.roots() if tree.has_posts(u.id)} for tree in sides.trees]
    pairs: list[tuple[Unit | None, Unit | None]] = [(tops[0].get(ref), unit)
                                                    for ref, unit in tops[1].items()]
    return pairs + [(unit, None) for ref, unit in tops[0].items() if ref not in tops[1]]
