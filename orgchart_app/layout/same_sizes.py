"""An edit that changes no box's size (a title that wraps to as many lines of the same width, an
FTE, a grade): the previous Layout with those boxes' text renewed, not a layout made afresh.

Placement reads only the sizes of the boxes and the shape of the chart; the lines read only the
boxes' places and the chart's shape; the containers only the units. So when the only records
changed are posts still drawn as boxes, their place in the chart (unit, manager, assistant,
temporary line) unchanged and their boxes' natural sizes unchanged, a fresh layout would place
every box, container and line exactly where the previous one did: that Layout, with the edited
boxes' text, is the fresh one, value for value, at the cost of measuring the edited boxes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.layout.boxes import BoxMaker
from orgchart_app.layout.chart import holder_names
from orgchart_app.layout.laid_from import (
    OTHER_TABLES,
    LaidFrom,
    laid_from,
    same_records,
    without_memory,
)
from orgchart_app.layout.model import Layout, PostBox
from orgchart_app.layout.options import LayoutOptions


def relettered(
    previous: Layout,
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> Layout | None:
    """The previous layout with its edited boxes' text renewed, or None when the edit may have
    moved or resized anything (the chart must then be laid out afresh)."""
    source = previous.source
    if (
        source is None
        or previous.engine != "compact"
        or options.engine != "compact"
        or options.keep_rows is not previous.rows  # the fresh layout would keep other rows
        or not _same_setting(source, scenario_id, options, markers)
        or not all(
            same_records(old, proposal.records(t))
            for old, t in zip(source.others, OTHER_TABLES, strict=True)
        )
        or list(source.posts) != list(proposal.posts)
    ):
        return None
    # The same ids in the same order (checked above): pair the records by position.
    pairs = zip(source.posts.values(), proposal.posts.values(), strict=True)
    edited = [(old, new) for old, new in pairs if old is not new]
    renewed = _renewed_boxes(previous, proposal, edited, options, markers)
    if renewed is None:
        return None
    get = renewed.get
    # No summary shares a renewed box's post id: a collapsed manager's box is never renewed.
    boxes = tuple([get(box.post_id, box) for box in previous.boxes]) if renewed else previous.boxes
    index = dict(previous.box_index())
    index.update(renewed)  # made here at C speed, not again from 10,000 boxes on first use
    return replace(
        previous,
        boxes=boxes,
        routes=replace(previous.routes, reused=len(previous.routes), routed=0),
        source=laid_from(proposal, scenario_id, options, markers),
        _box_index=index,
    )


def _same_setting(
    source: LaidFrom,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> bool:
    return (
        source.scenario_id == scenario_id
        and source.options == without_memory(options)
        and source.markers == dict(markers or {})
    )


def _renewed_boxes(
    previous: Layout,
    proposal: Proposal,
    edited: list[tuple[Post, Post]],
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> dict[PostId, PostBox] | None:
    """The edited posts' boxes made anew in the same places (those that now differ), or None
    when an edit changes more than what a box says."""
    scenario_id = previous.scenario_id
    mine = [(old, new) for old, new in edited if scenario_id in (old.scenario_id, new.scenario_id)]
    renewed: dict[PostId, PostBox] = {}
    if not mine:
        return renewed
    holders = holder_names(proposal, {new.id: new for _old, new in mine})
    maker = BoxMaker(proposal, options, holders, markers or {})
    for old, new in mine:
        shown = previous.box_for(new.id)
        if shown is None or new.id in options.collapsed or _placed_otherwise(old, new):
            return None  # hidden in a collapsed team (its totals), a summary's, or moved
        before, after = maker.post_box(old), maker.post_box(new)
        if (before.text.w, before.text.h) != (after.text.w, after.text.h):
            return None
        # A stacked leaf is as wide as its column (the widest natural width in it): unchanged.
        after.w, after.h = shown.rect.w, shown.rect.h
        box = after.placed(shown.rect.x, shown.rect.y)
        if box != shown:  # an edit the box does not show (notes, a cost code) keeps the box
            renewed[new.id] = box
    return renewed


def _placed_otherwise(old: Post, new: Post) -> bool:
    """Whether the post's place in the chart, or the lines drawn to it, may differ."""
    return (
        old.scenario_id != new.scenario_id
        or old.unit_id != new.unit_id
        or old.reports_to_id != new.reports_to_id
        or old.is_assistant != new.is_assistant
        or old.temporary_line != new.temporary_line
    )
