"""Blocks placed in rows: a manager's reports, a unit's posts or sub-units, the organisations.

Where the rows wrap is decided by row_plan.Rows (kept from the previous layout where it can be);
this module works out the fresh decision and places the blocks in the rows decided.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from orgchart_app.layout.chart import Block, BoxNode, SummaryNode, UnitNode
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.row_plan import Rows

STACK_KEY = "stack"  # a manager's stacked leaves, one block in its rows
Decided = list[tuple[list["RowItem"], int]]


@dataclass(slots=True)
class RowItem:
    """A block in a manager's rows of reports: one report's subtree, or the stack of leaves."""

    w: float
    h: float
    anchor: float
    nodes: Sequence[Block]
    key: str
    x: float = 0.0  # placed, relative to the first row's top left
    y: float = 0.0


def block_key(block: Block) -> str:
    """What a block is called in a RowPlan: the same block in the next layout has the same key."""
    if isinstance(block, SummaryNode):
        return f"s{block.post.id}"
    if isinstance(block, BoxNode):
        return f"p{block.post.id}"
    if isinstance(block, UnitNode):
        return f"u{block.unit.id}"
    return block_key(block.children[0]) if block.children else "empty"


def report_rows(
    place: str, items: list[RowItem], options: LayoutOptions, rows: Rows
) -> tuple[float, float, float]:
    """A manager's report blocks placed in rows; returns width, height and the x to centre the
    manager on."""
    gap = options.h_gap
    decided = rows.decide(
        place,
        items,
        [item.key for item in items],
        lambda row: width_of(row, gap),
        lambda: _fresh_report_rows(items, options),
    )
    if len(decided) == 1:
        return _place_row(decided[0][0], gap)
    return _place_rows(decided, options)


def _fresh_report_rows(items: list[RowItem], options: LayoutOptions) -> Decided:
    """One row, or several of about equal width, a lone wide block last, where it needs no
    corridor; each row but the last split at its middle either side of the trunk."""
    rows = sorted(_even_rows(items, options), key=lambda row: len(row) == 1)
    return [(row, _split_half(row, options.h_gap)) for row in rows]


def _even_rows(items: list[RowItem], options: LayoutOptions) -> list[list[RowItem]]:
    """The items in one row, or in several of about equal width when one would be too wide."""
    total = width_of(items, options.h_gap)
    if options.wrap_width <= 0 or len(items) <= 2 or total <= options.wrap_width:
        return [items]
    count = math.ceil(total / options.wrap_width)
    target = total / count
    rows: list[list[RowItem]] = [[] for _ in range(count)]
    x = 0.0
    for item in items:  # each item in the row its middle falls in, so rows come out about even
        rows[min(int((x + item.w / 2) // target), count - 1)].append(item)
        x += item.w + options.h_gap
    return [row for row in rows if row]


def _place_row(items: list[RowItem], gap: float) -> tuple[float, float, float]:
    """Side by side, tops aligned; returns width, height and the x to centre the manager on."""
    x = 0.0
    for item in items:
        item.x, item.y = x, 0.0
        x += item.w + gap
    anchor = (items[0].x + items[0].anchor + items[-1].x + items[-1].anchor) / 2
    return x - gap, max(item.h for item in items), anchor


def _place_rows(rows: Decided, options: LayoutOptions) -> tuple[float, float, float]:
    """Rows under each other, each but the last split either side of a corridor the manager's
    trunk line runs down, so lines to later rows pass between the blocks of earlier ones; the
    last row is centred on the trunk."""
    gap = options.h_gap
    corridor = 2 * gap
    y = 0.0
    for index, (row, left_count) in enumerate(rows):
        if index == len(rows) - 1:
            _place_row(row, gap)
            centre = (row[0].x + row[0].anchor + row[-1].x + row[-1].anchor) / 2
            for item in row:
                item.x -= centre
        else:
            x = -corridor / 2 - width_of(row[:left_count], gap)
            for position, item in enumerate(row):
                if position == left_count:
                    x = corridor / 2
                item.x = x
                x += item.w + gap
        for item in row:
            item.y = y
        y += max(item.h for item in row) + options.v_gap
    items = [item for row, _left in rows for item in row]
    left_edge = min(item.x for item in items)
    for item in items:
        item.x -= left_edge
    return max(item.x + item.w for item in items), y - options.v_gap, -left_edge


def _split_half(row: list[RowItem], gap: float) -> int:
    """How many of the row's blocks sit left of its middle."""
    total = width_of(row, gap)
    width = 0.0
    for index, item in enumerate(row):
        if width + item.w / 2 >= total / 2:
            return index
        width += item.w + gap
    return len(row)


def width_of(blocks: Sequence[RowItem | Block], gap: float) -> float:
    return sum(block.w for block in blocks) + gap * max(len(blocks) - 1, 0)


def shelves(
    place: str, children: Sequence[Block], gap: float, options: LayoutOptions, rows: Rows
) -> tuple[float, float]:
    """Children side by side, tops aligned, a new row (centred) started when one would pass
    wrap_width; returns the width and height they take."""
    decided = rows.decide(
        place,
        children,
        [block_key(child) for child in children],
        lambda row: width_of(row, gap),
        lambda: [(row, 0) for row in _fresh_shelves(children, gap, options.wrap_width)],
    )
    widths = [width_of(row, gap) for row, _left in decided]
    y = 0.0
    for (row, _left), row_w in zip(decided, widths, strict=True):
        x = (max(widths) - row_w) / 2
        for child in row:
            child.dx += x
            child.dy += y
            x += child.w + gap
        y += max(c.h for c in row) + options.v_gap
    return max(widths), y - options.v_gap


def _fresh_shelves(children: Sequence[Block], gap: float, wrap_width: float) -> list[list[Block]]:
    shelved: list[list[Block]] = [[]]
    width = 0.0
    for child in children:
        if shelved[-1] and wrap_width > 0 and width + child.w > wrap_width:
            shelved.append([])
            width = 0.0
        shelved[-1].append(child)
        width += child.w + gap
    return shelved
