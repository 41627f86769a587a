"""The compact engine: bottom-up block placement of the chart tree, linear in the number of posts."""

# Each node gets a block (its subtree's bounding box): a manager sits centred over the rows of its
# reports' blocks, leaf reports are stacked in one or two columns under a spine, assistants sit in
# a column to the manager's right, and a unit's block is its container around its top posts.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orgchart_app.layout.chart import Block, BoxNode, Chart, PostNode, TopNode, UnitNode
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.row_plan import RowPlan, Rows
from orgchart_app.layout.rows import STACK_KEY, RowItem, block_key, report_rows, shelves
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height, text_width, wrap

CONTAINER_TITLE_MIN_WIDTH = 120.0
CHART_MARGIN = 10.0
TITLE_CLEARANCE = 8.0  # between a container's title and a line coming down past it
TITLE_MIN_ROOM = 80.0  # the narrowest a container title is wrapped to
TITLE_MAX_SHIFT = 60.0  # how far content may move right to keep a title on one line
TITLE_MAX_WIDTH = 260.0  # titles longer than this wrap even in an empty unit


def place(chart: Chart, options: LayoutOptions) -> RowPlan:
    """Fill in every node's block, then every node's absolute position; returns where rows
    wrapped, for the next layout to keep (options.keep_rows: the previous layout's)."""
    rows = Rows(options.keep_rows, options.wrap_width)
    order: list[Block] = [chart.top]
    for node in order:
        order.extend(node.children)
    for node in reversed(order):
        if isinstance(node, PostNode) and node.children:
            _place_post(node, options, rows)
        elif isinstance(node, BoxNode):  # most posts, and every summary: the block is the box
            box = node.box
            node.w, node.h, node.anchor = box.w, box.h, box.w / 2
        elif isinstance(node, UnitNode):
            _place_unit(node, options, rows)
        elif isinstance(node, TopNode):
            _place_top(node, options, rows, f"top{chart.scenario_id}")
    chart.top.x = chart.top.y = CHART_MARGIN
    for node in order[1:]:
        parent = node.parent
        assert parent is not None  # only the top has none, and it is first
        node.x = parent.x + node.dx
        node.y = parent.y + node.dy
    return rows.plan()


@dataclass(eq=False, slots=True, kw_only=True)
class UnitColumn(Block):
    """Loose sub-units placed as one block: a head unit with the units drawn below it. Its units
    keep their own parent: once the block is placed its offsets are added to theirs."""


def _place_post(node: PostNode, options: LayoutOptions, rows: Rows) -> None:
    """A manager's block: its box (and assistants) over its reports."""
    box_w, box_h = node.box.w, node.box.h
    assistants: list[PostNode] = []
    rest: list[Block] = []
    leaves: list[BoxNode] = []
    branches: list[Block] = []
    for child in node.children:
        if isinstance(child, PostNode) and child.post.is_assistant and not child.children:
            assistants.append(child)
            continue
        rest.append(child)
        if isinstance(child, BoxNode) and not child.children:
            leaves.append(child)
        else:
            branches.append(child)
    stacked = leaves if len(leaves) >= options.stack_from else []
    row = branches if stacked else rest
    top_w, top_h = box_w, box_h
    if assistants:
        top_w, top_h = _place_assistants(assistants, box_w, box_h, options)
    if not stacked and not row:
        node.w, node.h, node.box_dx, node.anchor = top_w, top_h, 0.0, box_w / 2
        return
    node.row_top = top_h + options.v_gap
    items = [_stack(stacked, options)] if stacked else []
    items.extend(
        RowItem(c.w, c.h, c.anchor, c.children if isinstance(c, UnitColumn) else [c], block_key(c))
        for c in _columns(row, options, rows)
    )
    area_w, area_h, anchor = report_rows(f"p{node.post.id}", items, options, rows)
    box_left = anchor - box_w / 2
    shift = max(0.0, -box_left)
    half_gap = options.v_gap / 2
    for item in items:
        nodes = item.nodes
        first, dx, dy = nodes[0], item.x + shift, node.row_top + item.y
        bus = dy - half_gap
        for child in nodes:
            child.dx += dx
            child.dy += dy
            if child is first or not isinstance(
                child, UnitNode
            ):  # a unit below a sibling has no bus
                child.bus = bus
    if stacked:
        node.spine = items[0].x + items[0].anchor + shift
    for assistant in assistants:
        assistant.dx += box_left + shift
    node.box_dx = box_left + shift
    node.anchor = anchor + shift
    node.w = max(area_w + shift, node.box_dx + top_w)
    node.h = node.row_top + area_h


def _place_assistants(
    assistants: list[PostNode], box_w: float, box_h: float, options: LayoutOptions
) -> tuple[float, float]:
    """A column to the right of the manager's box; returns the width and height of box + column."""
    x = box_w + options.h_gap
    y = 0.0
    for assistant in assistants:
        assistant.beside = True
        assistant.dx, assistant.dy = x, y
        y += assistant.h + options.stack_gap
    return x + max(a.w for a in assistants), max(box_h, y - options.stack_gap)


def _stack(leaves: list[BoxNode], options: LayoutOptions) -> RowItem:
    """Leaves in one column right of a spine, or two columns either side of it, all one width
    per column; the item's anchor is the spine."""
    columns = (
        [leaves[0::2], leaves[1::2]] if options.stack_columns == 2 and len(leaves) > 1 else [leaves]
    )
    widths = [max(leaf.w for leaf in column) for column in columns]
    spine = widths[0] + options.stack_indent if len(columns) == 2 else 0.0
    y = 0.0
    for index in range(len(columns[0])):
        pair = [column[index] for column in columns if index < len(column)]
        for side, leaf in enumerate(pair):
            leaf.stacked = True
            _set_box_width(leaf, widths[side])
            if len(columns) == 2 and side == 0:
                leaf.dx = 0.0
            else:
                leaf.dx = spine + options.stack_indent
            leaf.dy = y
        y += max(leaf.h for leaf in pair) + options.stack_gap
    width = spine + options.stack_indent + widths[-1]
    return RowItem(width, y - options.stack_gap, spine, leaves, STACK_KEY)


def _set_box_width(leaf: BoxNode, width: float) -> None:
    leaf.box.w = width
    leaf.w = width
    leaf.anchor = width / 2


def _place_unit(node: UnitNode, options: LayoutOptions, rows: Rows) -> None:
    pad = options.container_padding
    content_w, content_h = _place_unit_content(node, options, rows)
    shift, title_width = _title_room(node, content_w)
    node.title_lines = wrap(node.unit.name, CONTAINER_TITLE_SIZE, title_width, bold=True)
    title_w = max(text_width(line, CONTAINER_TITLE_SIZE, bold=True) for line in node.title_lines)
    title_h = len(node.title_lines) * row_height(CONTAINER_TITLE_SIZE)
    inner_w = max(content_w + shift, title_w)
    node.w = inner_w + 2 * pad
    node.h = pad + title_h + (pad + content_h if node.children else 0.0) + pad
    offset_y = 2 * pad + title_h
    for child in node.children:
        child.dx += pad + shift
        child.dy += offset_y
    node.anchor = node.w / 2


def _title_room(node: UnitNode, content_w: float) -> tuple[float, float]:
    """How far to shift the content right, and how wide the title may be, so that a line coming
    down from outside into one of the unit's top posts does not cross its title (top left)."""
    first = next((c for c in node.children if isinstance(c, PostNode) and c.line_in), None)
    natural = text_width(node.unit.name, CONTAINER_TITLE_SIZE, bold=True)
    if first is None:
        return 0.0, max(content_w, CONTAINER_TITLE_MIN_WIDTH, min(natural, TITLE_MAX_WIDTH))
    room = first.dx + first.anchor - TITLE_CLEARANCE
    if natural <= room:
        return 0.0, room
    if natural - room <= TITLE_MAX_SHIFT and natural <= TITLE_MAX_WIDTH:
        return natural - room, natural
    # Wrapped, the title is at least its longest word wide: a word is never cut in two
    # ("Accommodatio / n"), unless it is wider than any title may be.
    narrowest = min(max(TITLE_MIN_ROOM, _longest_word(node.unit.name)), TITLE_MAX_WIDTH)
    if room >= narrowest:
        return 0.0, room
    return narrowest - room, narrowest


def _longest_word(text: str) -> float:
    return max((text_width(w, CONTAINER_TITLE_SIZE, bold=True) for w in text.split()), default=0.0)


def _place_unit_content(node: UnitNode, options: LayoutOptions, rows: Rows) -> tuple[float, float]:
    """The unit's own top posts, and below them the sub-units that hang under none of its posts
    (their posts report elsewhere, or to nobody); each in rows no wider than wrap_width."""
    posts = [c for c in node.children if not isinstance(c, UnitNode)]
    units = _columns([c for c in node.children if isinstance(c, UnitNode)], options, rows)
    groups = [
        (group, gap, f"u{node.unit.id}/{name}")
        for group, gap, name in (
            (posts, options.h_gap, "posts"),
            (units, options.container_gap, "units"),
        )
        if group
    ]
    sizes = [shelves(place, group, gap, options, rows) for group, gap, place in groups]
    width = max((w for w, _h in sizes), default=0.0)
    y = 0.0
    for (group, _gap, _place), (group_w, group_h) in zip(groups, sizes, strict=True):
        for child in group:
            child.dx += (width - group_w) / 2
            child.dy += y
            for member in child.children if isinstance(child, UnitColumn) else ():
                member.dx += child.dx
                member.dy += child.dy
        y += group_h + options.v_gap
    node.w, node.h = width, max(y - options.v_gap, 0.0)
    return node.w, node.h


def _columns(units: Sequence[Block], options: LayoutOptions, rows: Rows) -> list[Block]:
    """The loose sub-units, each one whose lead reports into a sibling placed in a row below that
    sibling (the two made one block), so the line between them is short."""
    heads: dict[int, list[UnitNode]] = {}
    for unit in units:
        if not isinstance(unit, UnitNode):
            continue
        head = unit
        seen = 0
        while head.follows is not None and head.follows in units and seen < len(units):
            head, seen = head.follows, seen + 1
        if head is not unit:
            heads.setdefault(id(head), []).append(unit)
    if not heads:
        return list(units)
    blocks: list[Block] = []
    for unit in units:
        below = heads.get(id(unit))
        if below is not None:
            blocks.append(_column(unit, below, options, rows))
        elif not any(unit in group for group in heads.values()):
            blocks.append(unit)
    return blocks


def _column(head: Block, below: list[UnitNode], options: LayoutOptions, rows: Rows) -> UnitColumn:
    """The head unit with the units below it, centred on each other."""
    row_w, row_h = shelves(f"c{block_key(head)}", below, options.container_gap, options, rows)
    width = max(head.w, row_w)
    head.dx += (width - head.w) / 2
    for unit in below:
        unit.dx += (width - row_w) / 2
        unit.dy += head.h + options.v_gap
    return UnitColumn(
        w=width,
        h=head.h + options.v_gap + row_h,
        anchor=(width - head.w) / 2 + head.anchor,
        children=[head, *below],
    )


def _place_top(node: TopNode, options: LayoutOptions, rows: Rows, place: str) -> None:
    """The top units (organisations) side by side, in rows when they would pass wrap_width."""
    node.w, node.h = (
        shelves(place, node.children, options.container_gap * 2, options, rows)
        if node.children
        else (0.0, 0.0)
    )
    node.anchor = node.w / 2
