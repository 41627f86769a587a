"""Connectors between placed boxes: solid line management, dotted lines with their labels."""

from __future__ import annotations

from functools import partial

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.model import DottedLine
from orgchart_app.domain.wording import percent_text
from orgchart_app.layout.chart import Block, BoxNode, PostNode, UnitNode
from orgchart_app.layout.labels import label_ground
from orgchart_app.layout.model import Connector, ConnectorKind, Rect, make_connector
from orgchart_app.layout.obstacles import Point, best_route
from orgchart_app.layout.routes_kept import Points
from orgchart_app.layout.ways import WayFinder, clean

LANE_GAP = 8.0  # how far a dotted line runs clear of a box before turning

_DOTTED_KINDS = {
    DottedLineKind.ACCOUNTABILITY: ConnectorKind.ACCOUNTABILITY,
    DottedLineKind.MATRIX: ConnectorKind.MATRIX,
    DottedLineKind.PROFESSIONAL: ConnectorKind.PROFESSIONAL,
    DottedLineKind.SECONDMENT: ConnectorKind.SECONDMENT,
}


class Router(WayFinder):
    """Routes the lines of one placed chart: each line of management and each dotted line."""

    def solid_connectors(
        self, rects: dict[PostId, Rect], summary_rects: dict[PostId, Rect]
    ) -> list[Connector]:
        connectors: list[Connector] = []
        add = connectors.append
        post_nodes = self.chart.post_nodes
        get_node = post_nodes.get
        reports_to = ConnectorKind.REPORTS_TO
        for node in post_nodes.values():
            post = node.post
            manager_id = post.reports_to_id
            manager = get_node(manager_id) if manager_id is not None else None
            if manager is None or manager_id is None:
                continue
            points = self._solid_route(manager, node, rects[manager_id], rects[post.id])
            if post.temporary_line:
                # On the line's own last leg: the trunk and bus above it are shared with other reports.
                ground = label_ground(points, "temporary", self.obstacles, own_end=True)
                add(
                    make_connector(
                        ConnectorKind.TEMPORARY,
                        points,
                        manager_id,
                        post.id,
                        "temporary",
                        ground.centre,
                        ground,
                        None,
                    )
                )
            else:
                add(make_connector(reports_to, points, manager_id, post.id, "", None, None, None))
        for manager_id, summary in self.chart.summaries.items():
            manager = post_nodes[manager_id]
            points = self._solid_route(
                manager, summary, rects[manager_id], summary_rects[manager_id]
            )
            add(make_connector(reports_to, points, manager_id, manager_id, "", None, None, None))
        return connectors

    def dotted_connectors(self, proposal: Proposal, rects: dict[PostId, Rect]) -> list[Connector]:
        connectors = []
        for line in proposal.dotted_lines.values():
            if (
                line.scenario_id != self.chart.scenario_id
                or line.from_post_id not in rects
                or line.to_post_id not in rects
            ):
                continue
            a, b = rects[line.from_post_id], rects[line.to_post_id]
            ends = self.chart.post_nodes[line.from_post_id], self.chart.post_nodes[line.to_post_id]
            points = self.recorder.route(
                self.route_key("dotted", *ends, a, b), partial(self._dotted_route, *ends, a, b)
            )
            label = dotted_label(proposal, line)
            ground = label_ground(points, label, self.obstacles) if label else None
            connectors.append(
                Connector(
                    _DOTTED_KINDS[line.kind],
                    points,
                    line.from_post_id,
                    line.to_post_id,
                    label=label,
                    label_at=ground.centre if ground else None,
                    label_rect=ground,
                    line_id=line.id,
                )
            )
        return connectors

    def _dotted_route(self, a_node: BoxNode, b_node: BoxNode, a: Rect, b: Rect) -> Points:
        points, crossings = best_route(_dotted_candidates(a, b), self.obstacles, (a, b))
        if crossings:
            # Side to side first, clear of the lines of management; then any way a line of
            # management between units may take.
            way = self.way_round(a_node, b_node, a, b, sides_only=True)
            points = way or self.across(a_node, b_node, a, b)
        return points

    def _solid_route(
        self, manager: PostNode, report: BoxNode, m: Rect, r: Rect
    ) -> tuple[Point, ...]:
        mx, bottom = m.x + m.w / 2, m.y + m.h
        if report.beside and report.parent is manager:
            elbow, my, ry = m.x + m.w + self.options.h_gap / 2, m.y + m.h / 2, r.y + r.h / 2
            return clean(((m.x + m.w, my), (elbow, my), (elbow, ry), (r.x, ry)))
        under = _under(manager, report)
        if under is None or under.bus < 0:
            return self.recorder.route(
                self.route_key("solid", manager, report, m, r),
                partial(self.across, manager, report, m, r),
            )
        # In the manager's rows (the usual case, kept quick): down to the row's bus, along, down.
        bus = manager.y + under.bus
        if report.stacked:
            spine = manager.x + manager.spine
            side, level = (r.x if r.x >= spine else r.x + r.w), r.y + r.h / 2
            if spine == mx:
                return ((mx, bottom), (mx, level), (side, level))
            return ((mx, bottom), (mx, bus), (spine, bus), (spine, level), (side, level))
        rx = r.x + r.w / 2
        if rx == mx:
            return ((mx, bottom), (rx, r.y))
        return ((mx, bottom), (mx, bus), (rx, bus), (rx, r.y))


def _under(manager: PostNode, report: BoxNode) -> Block | None:
    """The node in the manager's rows of reports that holds the report: the report itself, or
    the container of a unit hanging under the manager with the report at its top; else None
    (the report is placed elsewhere, and the line must find its own way)."""
    if report.parent is manager:
        return report
    holder = report.parent
    if isinstance(holder, UnitNode) and holder.parent is manager:
        return holder
    return None


def dotted_label(proposal: Proposal, line: DottedLine) -> str:
    """The line's own label, else its share of time and where: "10% MHCC"."""
    text = line.label
    if not text and line.share_percent is not None:
        target = proposal.posts.get(line.to_post_id)
        unit = proposal.units.get(target.unit_id) if target is not None else None
        organisation = (
            proposal.organisations.get(unit.organisation_id) if unit is not None else None
        )
        text = f"{percent_text(line.share_percent)} {organisation.short_name if organisation else ''}".strip()
    if line.temporary:
        text = f"{text} (temporary)" if text else "temporary"
    return text


def _dotted_candidates(a: Rect, b: Rect) -> list[tuple[Point, ...]]:
    """Orthogonal routes from box a to box b: between facing sides, or out to a lane above or
    below both and in again."""
    ax, ay = a.centre
    bx, by = b.centre
    gap = LANE_GAP
    candidates = []
    if a.right < b.x or b.right < a.x:
        start_x, end_x = (a.right, b.x) if a.right < b.x else (a.x, b.right)
        direction = 1 if end_x > start_x else -1
        for mid in ((start_x + end_x) / 2, start_x + direction * gap, end_x - direction * gap):
            candidates.append(clean(((start_x, ay), (mid, ay), (mid, by), (end_x, by))))
    if a.bottom < b.y or b.bottom < a.y:
        start_y, end_y = (a.bottom, b.y) if a.bottom < b.y else (a.y, b.bottom)
        direction = 1 if end_y > start_y else -1
        for mid in ((start_y + end_y) / 2, start_y + direction * gap, end_y - direction * gap):
            candidates.append(clean(((ax, start_y), (ax, mid), (bx, mid), (bx, end_y))))
    above = min(a.y, b.y) - gap
    below = max(a.bottom, b.bottom) + gap
    candidates.append(clean(((ax, a.y), (ax, above), (bx, above), (bx, b.y))))
    candidates.append(clean(((ax, a.bottom), (ax, below), (bx, below), (bx, b.bottom))))
    side, out = (a.right, gap) if bx >= ax else (a.x, -gap)
    for lane in (above, below):
        end = b.y if lane == above else b.bottom
        candidates.append(
            clean(((side, ay), (side + out, ay), (side + out, lane), (bx, lane), (bx, end)))
        )
    return candidates
