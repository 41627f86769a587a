"""Connectors between placed boxes: solid line management, dotted lines with their labels."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.domain.model import DottedLine
from orgchart_app.domain.wording import percent_text
from orgchart_app.layout.chart import Block, BoxNode, Chart, PostNode, UnitNode
from orgchart_app.layout.detour import SearchBudget, channel_route
from orgchart_app.layout.labels import label_ground
from orgchart_app.layout.model import Connector, ConnectorKind, Rect, make_connector
from orgchart_app.layout.obstacles import Obstacles, Point, best_route
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height

LANE_GAP = 8.0  # how far a dotted line runs clear of a box before turning
# Boxes further apart than this (across and down, in points: about 5 m of chart) get no search
# for a way round: on charts that size the search seldom succeeds within its bounds, and costs
# more than the rest of the layout.
DETOUR_REACH = 12_000.0

_DOTTED_KINDS = {
    DottedLineKind.ACCOUNTABILITY: ConnectorKind.ACCOUNTABILITY,
    DottedLineKind.MATRIX: ConnectorKind.MATRIX,
    DottedLineKind.PROFESSIONAL: ConnectorKind.PROFESSIONAL,
    DottedLineKind.SECONDMENT: ConnectorKind.SECONDMENT,
}


class Router:
    """Routes the lines of one placed chart. It holds what every route needs (the chart, the
    options, the obstacles lines keep clear of, and the budget of searching for ways round), so
    each route is asked for by its two ends alone."""

    def __init__(
        self, chart: Chart, options: LayoutOptions, obstacles: Obstacles, budget: SearchBudget
    ) -> None:
        self.chart = chart
        self.options = options
        self.obstacles = obstacles
        self.budget = budget

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
            points, crossings = best_route(_dotted_candidates(a, b), self.obstacles, (a, b))
            if crossings:
                # Side to side first, clear of the lines of management; then any way a line of
                # management between units may take.
                ends = (
                    self.chart.post_nodes[line.from_post_id],
                    self.chart.post_nodes[line.to_post_id],
                )
                points = self._way_round(*ends, a, b, sides_only=True) or self._across(*ends, a, b)
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

    def _solid_route(
        self, manager: PostNode, report: BoxNode, m: Rect, r: Rect
    ) -> tuple[Point, ...]:
        mx, bottom = m.x + m.w / 2, m.y + m.h
        if report.beside and report.parent is manager:
            elbow, my, ry = m.x + m.w + self.options.h_gap / 2, m.y + m.h / 2, r.y + r.h / 2
            return _clean(((m.x + m.w, my), (elbow, my), (elbow, ry), (r.x, ry)))
        under = _under(manager, report)
        if under is None or under.bus < 0:
            return self._across(manager, report, m, r)
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

    def _outer_rect(self, inner: BoxNode, other: BoxNode, fallback: Rect) -> Rect:
        """The outermost container around inner's post that does not also hold other's post."""
        around_other = set(self._unit_chain(other.post.unit_id))
        outer = fallback
        for unit_id in self._unit_chain(inner.post.unit_id):
            if unit_id in around_other:
                break
            node = self.chart.unit_nodes[unit_id]
            outer = Rect(node.x, node.y, node.w, node.h)
        return outer

    def _common_rect(self, manager: BoxNode, report: BoxNode) -> Rect | None:
        """The innermost container holding both posts, if any."""
        around_report = set(self._unit_chain(report.post.unit_id))
        for unit_id in self._unit_chain(manager.post.unit_id):
            if unit_id in around_report:
                node = self.chart.unit_nodes[unit_id]
                return Rect(node.x, node.y, node.w, node.h)
        return None

    def _unit_chain(self, unit_id: UnitId) -> list[UnitId]:
        unit_nodes, units = self.chart.unit_nodes, self.chart.units
        chain: list[UnitId] = []
        current: UnitId | None = unit_id
        while current is not None and current in unit_nodes and len(chain) <= len(unit_nodes):
            chain.append(current)
            current = units[current].parent_id
        return chain

    def _across(self, manager: BoxNode, report: BoxNode, m: Rect, r: Rect) -> tuple[Point, ...]:
        """A report placed away from its manager (another unit, or any report in the Graphviz
        layout): from the manager's bottom centre (or its side, when the report is not below or no
        way down is clear) to the report's top centre, through the gaps beside and above the
        containers they sit in, by whichever way crosses fewest boxes; when every one crosses some,
        by a way round the search finds (detour.py), if any."""
        chart, options, obstacles = self.chart, self.options, self.obstacles
        mx, my = m.centre
        rx = r.x + r.w / 2
        clear = options.v_gap / 4
        entry = self._outer_rect(report, manager, r)
        home = self._outer_rect(manager, report, m)
        own = chart.unit_nodes.get(report.post.unit_id)
        # Gaps that hold no boxes: beside the manager's outermost container, and just inside the
        # padding of the report's; bands just above the containers around the report.
        gutters = [
            home.x - options.container_gap / 2,
            home.right + options.container_gap / 2,
            entry.x + options.container_padding / 2,
            entry.right - options.container_padding / 2,
        ]
        # Outside the whole chart: the way round when every gap between is blocked.
        gutters += [
            chart.top.x - options.container_gap / 2,
            chart.top.x + chart.top.w + options.container_gap / 2,
        ]
        common = self._common_rect(manager, report)
        if common is not None:  # just inside the container holding both, past everything in it
            gutters += [
                common.x + options.container_padding / 2,
                common.right - options.container_padding / 2,
            ]
        starts = [
            y
            for y in (m.bottom + options.v_gap / 2, home.bottom + clear, entry.y - clear)
            if y > m.bottom
        ]
        landings = [
            y
            for y in (entry.y - clear, own.y - clear if own else r.y, r.y - clear)
            if m.bottom < y < r.y
        ]
        candidates = [
            _clean(((mx, m.bottom), (mx, y), (rx, y), (rx, r.y)))
            for y in sorted({*starts, *landings})
            if y < r.y
        ]
        # These elbows are as short as any way from m's bottom down to r's top, and come first on
        # a tie: when one is clear it is the best of all, and the many ways round need not be made.
        if candidates:
            route, crossings = best_route(candidates, obstacles, (m, r))
            if crossings == 0:
                return route
        for start in starts:
            for landing in (y for y in landings if y >= start):
                for gutter in gutters:
                    candidates.append(
                        _clean(
                            (
                                (mx, m.bottom),
                                (mx, start),
                                (gutter, start),
                                (gutter, landing),
                                (rx, landing),
                                (rx, r.y),
                            )
                        )
                    )
        if candidates:
            route, crossings = best_route(candidates, obstacles, (m, r))
            if crossings == 0:
                return route
        step = options.h_gap / 3
        over = [
            _clean(((side, my), (side + out, my), (side + out, above), (rx, above), (rx, r.y)))
            for above in (
                min(m.y, entry.y) - clear,
                min(m.y, r.y) - clear,
                min(home.y, entry.y) - clear,
            )
            for side, out in (
                (m.right, step),
                (m.x, -step),
                *_outs(m, (home, entry), options.container_gap / 2),
            )
        ]
        if candidates:
            better, fewer = best_route(over, obstacles, (m, r), crossings)
            if fewer < crossings:
                route, crossings = better, fewer
        else:
            route, crossings = best_route(over, obstacles, (m, r))
        if crossings == 0:  # else a way round, if the search finds one; else the route after all
            return route
        return self._way_round(manager, report, m, r) or route

    def _way_round(
        self, a_node: BoxNode, b_node: BoxNode, a: Rect, b: Rect, sides_only: bool = False
    ) -> tuple[Point, ...] | None:
        """A way from box a to box b along the layout's free lanes, out of a's bottom or a side and
        into b's top or a side (sides only: a dotted line kept off the lines of management, which
        leave a box's bottom and enter its top); None when the boxes are too far apart for a search
        or it finds none."""
        if abs(b.x - a.x) + abs(b.y - a.y) > DETOUR_REACH:
            return None
        xs, ys = self._channels(a_node, b_node, a, b)
        detour = channel_route(
            a, b, xs, ys, self.obstacles, 2 * self.options.v_gap, self.budget, sides_only
        )
        return _clean(detour) if detour is not None else None

    def _channels(
        self, manager: BoxNode, report: BoxNode, m: Rect, r: Rect
    ) -> tuple[set[float], set[float]]:
        """The lanes a way round may run along (vertical xs, horizontal ys): the gaps beside the two
        boxes, the gutters just inside and just outside every container around either of them, and
        those of the containers beside each of those, and the margins of the whole chart."""
        options, top = self.options, self.chart.top
        gap, pad = options.container_gap / 2, options.container_padding / 2
        xs = {
            m.x - options.h_gap / 2,
            m.right + options.h_gap / 2,
            r.x - options.h_gap / 2,
            r.right + options.h_gap / 2,
            top.x - gap,
            top.x + top.w + gap,
        }
        ys = {
            m.bottom + options.v_gap / 2,
            r.y - options.v_gap / 4,
            r.y - options.v_gap / 2,
            top.y - gap,
            top.y + top.h + gap,
        }
        around = {*self._unit_chain(manager.post.unit_id), *self._unit_chain(report.post.unit_id)}
        for unit in self.chart.unit_nodes.values():
            if unit.unit.id in around or unit.unit.parent_id in around:
                title_h = len(unit.title_lines) * row_height(CONTAINER_TITLE_SIZE)
                xs.update(
                    (unit.x - gap, unit.x + pad, unit.x + unit.w - pad, unit.x + unit.w + gap)
                )
                ys.update(
                    (
                        unit.y - gap,
                        unit.y + 2 * pad + title_h + pad,
                        unit.y + unit.h - pad,
                        unit.y + unit.h + gap,
                    )
                )
        return xs, ys


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


def _outs(m: Rect, outer: tuple[Rect, ...], gap: float) -> list[tuple[float, float]]:
    """(side of the box, distance out) to the gaps beside the outer containers: a way up or down
    past everything in them."""
    found = []
    for rect in outer:
        for gutter in (rect.x - gap, rect.right + gap):
            if gutter >= m.right:
                found.append((m.right, gutter - m.right))
            elif gutter <= m.x:
                found.append((m.x, gutter - m.x))
    return found


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
            candidates.append(_clean(((start_x, ay), (mid, ay), (mid, by), (end_x, by))))
    if a.bottom < b.y or b.bottom < a.y:
        start_y, end_y = (a.bottom, b.y) if a.bottom < b.y else (a.y, b.bottom)
        direction = 1 if end_y > start_y else -1
        for mid in ((start_y + end_y) / 2, start_y + direction * gap, end_y - direction * gap):
            candidates.append(_clean(((ax, start_y), (ax, mid), (bx, mid), (bx, end_y))))
    above = min(a.y, b.y) - gap
    below = max(a.bottom, b.bottom) + gap
    candidates.append(_clean(((ax, a.y), (ax, above), (bx, above), (bx, b.y))))
    candidates.append(_clean(((ax, a.bottom), (ax, below), (bx, below), (bx, b.bottom))))
    side, out = (a.right, gap) if bx >= ax else (a.x, -gap)
    for lane in (above, below):
        end = b.y if lane == above else b.bottom
        candidates.append(
            _clean(((side, ay), (side + out, ay), (side + out, lane), (bx, lane), (bx, end)))
        )
    return candidates


def _clean(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Without repeated or collinear middle points."""
    kept: list[Point] = []
    for point in points:
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
