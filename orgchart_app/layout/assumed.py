"""Assumed values on a chart: a light mark on the box line that rests on an assumption (the key
explains it), and, when the user asks, the boxes with any assumption highlighted.

The mark is a character, not a colour, so a greyscale print keeps it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.tables import Table
from orgchart_app.layout.model import Layout

ASSUMED_MARK = "\N{DAGGER}"
ASSUMED_KEY = (
    f"{ASSUMED_MARK}  assumed: not stated in the source; see \u201cWhat this rests on\u201d"
)
HIGHLIGHT_MARKER = "assumed"
# Which line of a box shows a field: the rest mark the title.
GRADE_FIELDS = frozenset({"grade", "salary", "spinal_point"})
COUNT_FIELDS = frozenset({"fte", "quantity"})


def assumed_fields(proposal: Proposal) -> dict[PostId, frozenset[str]]:
    """The assumed fields of each post that has any ("" for the whole post)."""
    found: dict[PostId, set[str]] = defaultdict(set)
    for row in proposal.provenance.values():
        if row.assumed and row.table == Table.POSTS.value:
            found[PostId(row.record_id)].add(row.field)
    return {post_id: frozenset(fields) for post_id, fields in found.items()}


def marked(text: str, on: bool) -> str:
    return f"{text} {ASSUMED_MARK}" if on and text else text


def highlighted(layout: Layout, proposal: Proposal) -> Layout:
    """The layout with each box resting on an assumption wearing the "assumed" marker (the
    designer's View > Show Assumed Values); a change marker already there stays."""
    assumed = assumed_fields(proposal)
    if not assumed:
        return layout
    boxes = tuple(
        dataclasses.replace(box, change_marker=HIGHLIGHT_MARKER)
        if box.post_id in assumed and not box.change_marker and not box.is_summary
        else box
        for box in layout.boxes
    )
    # source=None: these boxes are not what the records alone make, so no next layout reuses them.
    return dataclasses.replace(layout, boxes=boxes, _box_index={}, source=None)
