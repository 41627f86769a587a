"""Compare pages: the as-is and to-be of each unit facing each other, every change marked.

Changes are named on the boxes ("NEW", "DELETED", "REGRADED", ...) as well as shaded, so the
pages read in black and white.
"""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.analysis.diff import ScenarioDiff
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.pdf.fit import LayoutFor, fitted_layout
from orgchart_app.exporters.pdf.packing import Piece, fits_packed, packed_pages
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.structure import (
    UnitTree,
    may_fit,
    overview_options,
    unit_pieces,
)
from orgchart_app.exporters.pdf.tiling import (
    ChartFrame,
    fits_side_by_side,
    halves,
    side_by_side_page,
)
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.compare import change_markers


class _Sides:
    """Both scenarios: their unit trees, names and change markers, and how to lay them out."""

    def __init__(
        self,
        proposal: Proposal,
        ids: tuple[ScenarioId, ScenarioId],
        base: LayoutOptions,
        every_unit: bool,
        diff: ScenarioDiff,
    ) -> None:
        self.proposal = proposal
        self.ids = ids
        self.base = base
        self.every_unit = every_unit
        self.trees = (UnitTree(proposal, ids[0]), UnitTree(proposal, ids[1]))
        self.names = (proposal.scenarios[ids[0]].name, proposal.scenarios[ids[1]].name)
        self.markers = change_markers(proposal, *ids, diff)

    def layout_for(self, side: int) -> LayoutFor:
        return lambda options: layout_scenario(
            self.proposal,
            self.ids[side],
            options,  # noqa: E731
            self.markers[side],
        )

    def changed(self, before: Unit, after: Unit) -> bool:
        """Whether anything in the pair of units (or the units inside them) changed."""
        if (before.name, before.status, before.kind) != (after.name, after.status, after.kind):
            return True
        for side, unit in ((0, before), (1, after)):
            tree, markers = self.trees[side], self.markers[side]
            if any(p.id in markers for u in tree.subtree(unit.id) for p in tree.by_unit.get(u, [])):
                return True
        refs = [
            {tree.units[u].unit_ref for u in tree.subtree(unit.id)}
            for tree, unit in zip(self.trees, (before, after), strict=True)
        ]
        return refs[0] != refs[1]

    def children(self, side: int, unit: Unit) -> dict[str, Unit]:
        tree = self.trees[side]
        return {c.unit_ref: c for c in tree.children.get(unit.id, []) if tree.has_posts(c.id)}


def compare_pages(
    proposal: Proposal,
    ids: tuple[ScenarioId, ScenarioId],
    base: LayoutOptions,
    frame: ChartFrame,
    every_unit: bool,
    diff: ScenarioDiff,
) -> list[PlannedPage]:
    """One page with both when legible; else unit by unit (matched on unit_ref): only units
    with changes unless every_unit, each pair facing on one page where it fits, small pairs
    (and units found on one side only) packed together."""
    frame = replace(frame, compare=True)
    sides = _Sides(proposal, ids, base, every_unit, diff)
    half = halves(frame)[0]
    small = all(may_fit(len(tree.posts), half.w * half.h) for tree in sides.trees)
    whole = (
        _fitted(sides, (base, base), half)
        if small
        else (sides.layout_for(0)(base), sides.layout_for(1)(base))
    )
    if fits_side_by_side(*whole, frame):
        heading = f"{sides.names[0]} and {sides.names[1]} compared"
        return [
            side_by_side_page(
                heading, (sides.names[0], whole[0]), (sides.names[1], whole[1]), frame
            )
        ]
    items: list[PlannedPage | Piece] = []
    for before, after in _top_pairs(sides):
        items += _pair_items(sides, before, after, frame)
    return _paged(items, frame)


def _pair_items(
    sides: _Sides, before: Unit | None, after: Unit | None, frame: ChartFrame
) -> list[PlannedPage | Piece]:
    if before is None or after is None:
        side, unit = (1, after) if before is None else (0, before)
        assert unit is not None  # a pair has a unit on one side at least
        pieces = unit_pieces(sides.trees[side], unit, sides.base, frame, sides.layout_for(side))
        return [Piece(p.heading, p.layout, side=sides.names[side]) for p in pieces]
    if not sides.every_unit and not sides.changed(before, after):
        return []
    unit_options = (replace(sides.base, unit_id=before.id), replace(sides.base, unit_id=after.id))
    path = sides.trees[1].path(after.id)
    natural = (sides.layout_for(0)(unit_options[0]), sides.layout_for(1)(unit_options[1]))
    if fits_packed(natural, frame):  # small: printed at full size beside each other
        return [
            Piece(path, natural[0], keep_with_next=True, side=sides.names[0]),
            Piece(path, natural[1], side=sides.names[1]),
        ]
    half = halves(frame)[0]
    layouts = _fitted(sides, unit_options, half, natural)
    if fits_side_by_side(*layouts, frame):
        return [
            side_by_side_page(
                f"{path}: compared",
                (sides.names[0], layouts[0]),
                (sides.names[1], layouts[1]),
                frame,
            )
        ]
    children = (sides.children(0, before), sides.children(1, after))
    if not children[0] and not children[1]:
        return [
            Piece(path, layout, side=sides.names[side])
            for side, layout in enumerate(_fitted(sides, unit_options, frame.area, natural))
        ]
    items: list[PlannedPage | Piece] = []
    collapsed = (
        overview_options(sides.trees[0], [c.id for c in children[0].values()], unit_options[0]),
        overview_options(sides.trees[1], [c.id for c in children[1].values()], unit_options[1]),
    )
    overviews = _fitted(sides, collapsed, half)
    if fits_side_by_side(*overviews, frame):
        items.append(
            side_by_side_page(
                f"{path}: overview compared",
                (sides.names[0], overviews[0]),
                (sides.names[1], overviews[1]),
                frame,
            )
        )
    else:  # each side on pages of its own, laid out for the whole page
        items += [
            Piece(f"{path} (overview)", layout, side=sides.names[side])
            for side, layout in enumerate(_fitted(sides, collapsed, frame.area))
        ]
    for ref, unit in children[1].items():
        items += _pair_items(sides, children[0].get(ref), unit, frame)
    for ref, unit in children[0].items():
        if ref not in children[1]:
            items += _pair_items(sides, unit, None, frame)
    return items


def _fitted(
    sides: _Sides,
    options: tuple[LayoutOptions, LayoutOptions],
    area: Body,
    natural: tuple[Layout, Layout] | None = None,
) -> tuple[Layout, Layout]:
    """Both sides laid out to print as large as they can in area (natural: as laid out already)."""

    def fit(side: int) -> Layout:
        return fitted_layout(
            sides.layout_for(side), options[side], area, natural[side] if natural else None
        )

    return fit(0), fit(1)


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
    pairs: list[tuple[Unit | None, Unit | None]] = [
        (tops[0].get(ref), unit) for ref, unit in tops[1].items()
    ]
    return pairs + [(unit, None) for ref, unit in tops[0].items() if ref not in tops[1]]
