"""A chart too wide to read on a document's page, again unit by unit.

A unit whose chart fits the width at a readable scale is one picture; a wider one gives way to
its sub-units (the whole chart, shown first, keeps the posts that sit above them). The PDF pages
charts in the same spirit, with overviews and tiles; a document a clerk pastes from only needs
pictures that can be read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from orgchart_app.domain.ids import ScenarioId, UnitId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.chart_text import describe_structure
from orgchart_app.exporters.picture import Panel, Picture, arrange, ordered, whole
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.compare import change_markers

# Below this the chart's 6.5-point badges print under 5 points.
READABLE_SCALE = 0.75
MOST_PICTURES = 40


def too_small(picture: Picture, width: float) -> bool:
    """Would the picture, shrunk to `width` points, print too small to read?"""
    return width / max(picture.width, 1.0) < READABLE_SCALE


def unit_pictures(
    proposal: Proposal,
    side: ScenarioId,
    other: ScenarioId | None,
    width: float,
    names: bool = False,
) -> list[Picture]:
    """Pictures of the side's units that fit `width` points readably, in reading order; with
    `other`, the side's boxes carry the compare markers."""
    markers = None
    if other is not None:
        before, after = ordered(proposal.scenarios[side], proposal.scenarios[other])
        marked = change_markers(proposal, before.id, after.id)
        markers = marked[0] if before.id == side else marked[1]
    units = proposal.units_in(side)
    ids = {u.id for u in units}
    children: dict[UnitId | None, list[Unit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id if unit.parent_id in ids else None, []).append(unit)
    options = LayoutOptions(show_names=names)
    queue = list(children.get(None, []))
    pictures: list[Picture] = []
    scenario = proposal.scenarios[side].name
    while queue and len(pictures) < MOST_PICTURES:
        unit = queue.pop(0)
        layout = layout_scenario(proposal, side, replace(options, unit_id=unit.id), markers)
        below = children.get(unit.id, [])
        if below and width / max(layout.width, 1.0) < READABLE_SCALE:
            queue[0:0] = below
        elif layout.boxes:
            description = describe_structure(proposal, side, unit.id) + _marked(layout)
            pictures.append(
                arrange(
                    [Panel(layout, whole(layout))], f"{unit.name}: {scenario}", description, names
                )
            )
    return pictures


def _marked(layout: Layout) -> str:
    """ " Marked as changed: 3 deleted, 1 moved." (boxes), or nothing when none is marked."""
    marks = Counter(
        mark.strip()
        for box in layout.boxes
        if box.change_marker
        for mark in box.change_marker.split(",")
    )
    if not marks:
        return ""
    return " Marked as changed: " + ", ".join(f"{n} {mark}" for mark, n in marks.items()) + "."
