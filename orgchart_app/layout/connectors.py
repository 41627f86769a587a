"""Connectors between placed boxes: solid line management, dotted lines with their labels."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.model import DottedLine
from orgchart_app.layout.chart import Chart, Node
from orgchart_app.layout.model import Connector, ConnectorKind, Rect
from orgchart_app.layout.options import LayoutOptions

Point = tuple[float, float]

_DOTTED_KINDS = {
    DottedLineKind.ACCOUNTABILITY: ConnectorKind.ACCOUNTABILITY,
    DottedLineKind.MATRIX: ConnectorKind.MATRIX,
    DottedLineKind.PROFESSIONAL: ConnectorKind.PROFESSIONAL,
    DottedLineKind.SECONDMENT: ConnectorKind.SECONDMENT,
}


def solid_connectors(chart: Chart, rects: dict[PostId, Rect], options: LayoutOptions) -> list[Connector]:
    connectors: list[Connector] = []
    for node in chart.post_nodes.values():
        post = node.post
        manager = chart.post_nodes.get(post.reports_to_id) if post.reports_to_id is not None else None  # type: ignore[union-attr]
        if manager is None:
            continue
        kind = ConnectorKind.TEMPORARY if post.temporary_line else ConnectorKind.REPORTS_TO  # type: ignore[union-attr]
        points = _solid_route(manager, node, rects[manager.post.id], rects[post.id], options)  # type: ignore[union-attr]
        connectors.append(Connector(kind, points, manager.post.id, post.id,  # type: ignore[union-attr]
                                    label="temporary" if kind is ConnectorKind.TEMPORARY else "",
                                    label_at=_middle(points) if kind is ConnectorKind.TEMPORARY else None))
    for manager_id, summary in chart.summaries.items():
        manager = chart.post_nodes[manager_id]
        points = _solid_route(manager, summary, rects[manager_id], summary.box.rect, options)  # type: ignore[union-attr]
        connectors.append(Connector(ConnectorKind.REPORTS_TO, points, manager_id, manager_id))
    return connectors


def _solid_route(manager: Node, report: Node, m: Rect, r: Rect, options: LayoutOptions) -> tuple[Point, ...]:
    mx, my = m.centre
    if report.parent is manager and report.beside:
        elbow = m.right + options.h_gap / 2
        return _clean(((m.right, my), (elbow, my), (elbow, r.y + r.h / 2), (r.x, r.y + r.h / 2)))
    under = _under(manager, report)
    if under is not None and under.bus >= 0:
        bus = manager.y + under.bus
        if report.stacked:
            spine = manager.x + manager.spine
            side = r.x if r.x >= spine else r.right
            return _clean(((mx, m.bottom), (mx, bus), (spine, bus), (spine, r.y + r.h / 2), (side, r.y + r.h / 2)))
        rx = r.x + r.w / 2
        return _clean(((mx, m.bottom), (mx, bus), (rx, bus), (rx, r.y)))
    return _across(m, r, options)


def _under(manager: Node, report: Node) -> Node | None:
    """The node in the manager's rows of reports that holds the report (itself, or the container
    it sits in), or None when the report is placed elsewhere."""
    node: Node | None = report
    while node is not None and node.parent is not manager:
        if node.kind == "post" and node is not report:
            return None
        node = node.parent
    return node


def _across(m: Rect, r: Rect, options: LayoutOptions) -> tuple[Point, ...]:
    """A report placed away from its manager (another unit): down and across when it is below,
    else out of the manager's side, over the top, and down onto it."""
    mx, my = m.centre
    rx = r.x + r.w / 2
    if r.y >= m.bottom + options.v_gap / 2:
        bus = r.y - options.v_gap / 4
        return _clean(((mx, m.bottom), (mx, bus), (rx, bus), (rx, r.y)))
    above = min(m.y, r.y) - options.v_gap / 4
    step = options.h_gap / 3 if rx > mx else -options.h_gap / 3
    side = m.right if rx > mx else m.x
    return _clean(((side, my), (side + step, my), (side + step, above), (rx, above), (rx, r.y)))


def dotted_connectors(proposal: Proposal, chart: Chart, rects: dict[PostId, Rect]) -> list[Connector]:
    connectors = []
    for line in proposal.dotted_lines.values():
        if line.scenario_id != chart.scenario_id or line.from_post_id not in rects or line.to_post_id not in rects:
            continue
        points = _dotted_route(rects[line.from_post_id], rects[line.to_post_id])
        label = dotted_label(proposal, line)
        connectors.append(Connector(_DOTTED_KINDS[line.kind], points, line.from_post_id, line.to_post_id,
                                    label=label, label_at=_middle(points) if label else None))
    return connectors


def dotted_label(proposal: Proposal, line: DottedLine) -> str:
    """The line's own label, else its share of time and where: "10% MHCC"."""
    text = line.label
    if not text and line.share_percent is not None:
        target = proposal.posts.get(line.to_post_id)
        unit = proposal.units.get(target.unit_id) if target is not None else None
        organisation = proposal.organisations.get(unit.organisation_id) if unit is not None else None
        text = f"{line.share_percent:g}% {organisation.short_name if organisation else ''}".strip()
    if line.temporary:
        text = f"{text} (temporary)" if text else "temporary"
    return text


def _dotted_route(a: Rect, b: Rect) -> tuple[Point, ...]:
    ax, ay = a.centre
    bx, by = b.centre
    if a.right < b.x or b.right < a.x:
        start_x, end_x = (a.right, b.x) if a.right < b.x else (a.x, b.right)
        mid = (start_x + end_x) / 2
        return _clean(((start_x, ay), (mid, ay), (mid, by), (end_x, by)))
    start_y, end_y = (a.bottom, b.y) if a.bottom <= b.y else (a.y, b.bottom)
    mid = (start_y + end_y) / 2
    return _clean(((ax, start_y), (ax, mid), (bx, mid), (bx, end_y)))


def _middle(points: tuple[Point, ...]) -> Point:
    """The middle of the polyline's longest segment: where a label reads best."""
    best = max(range(len(points) - 1),
               key=lambda i: abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1]))
    (x1, y1), (x2, y2) = points[best], points[best + 1]
    return ((x1 + x2) / 2, (y1 + y2) / 2)


def _clean(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Rounded to 0.01 pt, without repeated or collinear middle points."""
    rounded = [(round(x, 2), round(y, 2)) for x, y in points]
    kept: list[Point] = []
    for point in rounded:
        if kept and point == kept[-1]:
            continue
        if len(kept) >= 2 and _collinear(kept[-2], kept[-1], point):
            kept[-1] = point
            continue
        kept.append(point)
    if len(kept) == 1:
        kept.append(kept[0])
    return tuple(kept)


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return (a[0] == b[0] == c[0]) or (a[1] == b[1] == c[1])
