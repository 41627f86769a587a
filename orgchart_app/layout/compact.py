"""The compact engine: bottom-up block placement of the chart tree, linear in the number of posts.

Each node gets a block (its subtree's bounding box): a manager sits centred over the row of its
reports' blocks, leaf reports are stacked in one or two columns under a spine, assistants sit in a
column to the manager's right, and a unit's block is its container around the row of its roots.
"""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.layout.chart import Chart, Node
from orgchart_app.layout.model import Rect
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height, text_width, wrap

CONTAINER_TITLE_MIN_WIDTH = 120.0
CHART_MARGIN = 10.0


def place(chart: Chart, options: LayoutOptions) -> None:
    """Fill in every node's block, then every node's absolute position."""
    order = [chart.top]
    for node in order:
        order.extend(node.children)
    for node in reversed(order):
        if node.kind in ("post", "summary"):
            _place_post(node, options)
        elif node.kind == "unit":
            _place_unit(node, options)
        else:
            _place_row_block(node, node.children, options.container_gap * 2, options)
    chart.top.x = chart.top.y = CHART_MARGIN
    for node in order[1:]:
        node.x = node.parent.x + node.dx  # type: ignore[union-attr]
        node.y = node.parent.y + node.dy  # type: ignore[union-attr]


def _place_post(node: Node, options: LayoutOptions) -> None:
    box_w, box_h = node.box.rect.w, node.box.rect.h  # type: ignore[union-attr]
    assistants = [c for c in node.children if _is_assistant(c)]
    rest = [c for c in node.children if not _is_assistant(c)]
    leaves = [c for c in rest if c.kind in ("post", "summary") and not c.children]
    stacked = leaves if len(leaves) >= options.stack_from else []
    row = [c for c in rest if c.kind == "unit" or c.children] if stacked else rest
    top_w, top_h = box_w, box_h
    if assistants:
        top_w, top_h = _place_assistants(assistants, box_w, box_h, options)
    if not stacked and not row:
        node.w, node.h, node.box_dx, node.anchor = top_w, top_h, 0.0, box_w / 2
        return
    node.row_top = top_h + options.v_gap
    items: list[tuple[float, float, float, list[Node]]] = []  # (width, height, anchor, nodes)
    if stacked:
        items.append(_stack(stacked, options))
    items.extend((c.w, c.h, c.anchor, [c]) for c in row)
    x = 0.0
    starts = []
    for width, _height, _anchor, _nodes in items:
        starts.append(x)
        x += width + options.h_gap
    anchor = (starts[0] + items[0][2] + starts[-1] + items[-1][2]) / 2
    box_left = anchor - box_w / 2
    shift = max(0.0, -box_left)
    for start, (_w, _h, _a, nodes) in zip(starts, items, strict=True):
        for child in nodes:
            child.dx += start + shift
            child.dy += node.row_top
    if stacked:
        node.spine = starts[0] + items[0][2] + shift
    for assistant in assistants:
        assistant.dx += box_left + shift
    node.box_dx = box_left + shift
    node.anchor = anchor + shift
    node.w = max(x - options.h_gap + shift, node.box_dx + top_w)
    node.h = node.row_top + max(h for _w, h, _a, _n in items)


def _is_assistant(node: Node) -> bool:
    return node.kind == "post" and node.post.is_assistant and not node.children  # type: ignore[union-attr]


def _place_assistants(assistants: list[Node], box_w: float, box_h: float,
                      options: LayoutOptions) -> tuple[float, float]:
    """A column to the right of the manager's box; returns the width and height of box + column."""
    x = box_w + options.h_gap
    y = 0.0
    for assistant in assistants:
        assistant.beside = True
        assistant.dx, assistant.dy = x, y
        y += assistant.h + options.stack_gap
    return x + max(a.w for a in assistants), max(box_h, y - options.stack_gap)


def _stack(leaves: list[Node], options: LayoutOptions) -> tuple[float, float, float, list[Node]]:
    """Leaves in one column right of a spine, or two columns either side of it, all one width
    per column; returns (width, height, spine x, leaves) with the leaves placed inside."""
    columns = [leaves[0::2], leaves[1::2]] if options.stack_columns == 2 and len(leaves) > 1 else [leaves]
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
    return width, y - options.stack_gap, spine, leaves


def _set_box_width(leaf: Node, width: float) -> None:
    rect = leaf.box.rect  # type: ignore[union-attr]
    leaf.box = replace(leaf.box, rect=Rect(rect.x, rect.y, width, rect.h))  # type: ignore[arg-type]
    leaf.w = width
    leaf.anchor = width / 2


def _place_unit(node: Node, options: LayoutOptions) -> None:
    pad = options.container_padding
    content_w, content_h = _place_unit_content(node, options)
    title = node.unit.name  # type: ignore[union-attr]
    node.title_lines = wrap(title, CONTAINER_TITLE_SIZE, max(content_w, CONTAINER_TITLE_MIN_WIDTH), bold=True)
    title_w = max(text_width(line, CONTAINER_TITLE_SIZE, bold=True) for line in node.title_lines)
    title_h = len(node.title_lines) * row_height(CONTAINER_TITLE_SIZE)
    inner_w = max(content_w, title_w)
    node.w = inner_w + 2 * pad
    node.h = pad + title_h + (pad + content_h if node.children else 0.0) + pad
    offset_x = pad + (inner_w - content_w) / 2
    offset_y = 2 * pad + title_h
    for child in node.children:
        child.dx += offset_x
        child.dy += offset_y
    node.anchor = node.w / 2


def _place_unit_content(node: Node, options: LayoutOptions) -> tuple[float, float]:
    """The unit's own top posts in a row, and below them the sub-units that hang under none of
    its posts (their posts report elsewhere, or to nobody)."""
    posts = [c for c in node.children if c.kind != "unit"]
    units = [c for c in node.children if c.kind == "unit"]
    if not posts or not units:
        return _place_row_block(node, node.children, options.container_gap, options)
    posts_w, posts_h = _place_row_block(node, posts, options.h_gap, options)
    units_w, units_h = _place_row_block(node, units, options.container_gap, options)
    width = max(posts_w, units_w)
    for child in posts:
        child.dx += (width - posts_w) / 2
    for child in units:
        child.dx += (width - units_w) / 2
        child.dy += posts_h + options.v_gap
    node.w, node.h = width, posts_h + options.v_gap + units_h
    return node.w, node.h


def _place_row_block(node: Node, children: list[Node], gap: float,
                     options: LayoutOptions) -> tuple[float, float]:
    """Children side by side, tops aligned; sets node.w/h/anchor and returns the size."""
    x = 0.0
    for child in children:
        child.dx += x
        x += child.w + gap
    node.w = max(x - gap, 0.0)
    node.h = max((c.h for c in children), default=0.0)
    node.anchor = node.w / 2
    return node.w, node.h
