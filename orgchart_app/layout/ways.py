"""Ways for a line between boxes placed apart (other units, or the Graphviz layout): through the
gutters beside and inside containers, and round by a search along the layout's free lanes."""

from __future__ import annotations

from collections.abc import Hashable

from orgchart_app.domain.ids import UnitId
from orgchart_app.layout.chart import BoxNode, Chart, UnitNode
from orgchart_app.layout.detour import SearchBudget, channel_route
from orgchart_app.layout.model import Rect
from orgchart_app.layout.obstacles import Obstacles, Point, best_route, best_route_beyond
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.route_memo import RouteRecorder
from orgchart_app.layout.routes_kept import NO_ROUTES, RouteMemo
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height

# Boxes further apart than this (across and down, in points: about 5 m of chart) get no search
# for a way round: on charts that size the search seldom succeeds within its bounds, and costs
# more than the rest of the layout.
DETOUR_REACH = 12_000.0


class WayFinder:
    """What every route needs (the chart, the options, the obstacles lines keep clear of, and the
    budget of searching for ways round), so each route is asked for by its two ends alone."""

    def __init__(
        self,
        chart: Chart,
        options: LayoutOptions,
        obstacles: Obstacles,
        budget: SearchBudget,
        previous: RouteMemo = NO_ROUTES,
    ) -> None:
        self.chart = chart
        self.options = options
        self.obstacles = obstacles
        self.budget = budget
        # Routes are reused only between layouts made with the same options (memories aside).
        same = (
            options.engine,
            options.h_gap,
            options.v_gap,
            options.container_gap,
            options.container_padding,
        )
        self.recorder = RouteRecorder(previous, same, obstacles, budget)
        self._sub_units: dict[UnitId, list[UnitNode]] | None = None

    def route_key(self, kind: str, a_node: BoxNode, b_node: BoxNode, a: Rect, b: Rect) -> Hashable:
        """Everything a route between the two boxes reads but the obstacles and the budget: the
        boxes, the containers around them and those just inside those (the lanes of a way
        round), and the whole chart's bounds."""
        a_chain = self._unit_chain(a_node.post.unit_id)
        b_chain = self._unit_chain(b_node.post.unit_id)
        around = {*a_chain, *b_chain}
        if self._sub_units is None:
            self._sub_units = {}
            for node in self.chart.unit_nodes.values():
                if node.unit.parent_id is not None:
                    self._sub_units.setdefault(node.unit.parent_id, []).append(node)
        nodes = {self.chart.unit_nodes[u] for u in around}
        for unit_id in around:
            nodes.update(self._sub_units.get(unit_id, ()))
        units = sorted(
            (n.unit.id, n.unit.parent_id, n.x, n.y, n.w, n.h, len(n.title_lines)) for n in nodes
        )
        top = self.chart.top
        return (
            kind,
            a_node.post.id,
            b_node.post.id,
            a_node.post.unit_id,
            b_node.post.unit_id,
            a,
            b,
            tuple(a_chain),
            tuple(b_chain),
            tuple(units),
            (top.x, top.y, top.w, top.h),
        )

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

    def across(self, manager: BoxNode, report: BoxNode, m: Rect, r: Rect) -> tuple[Point, ...]:
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
        elbows = [
            clean(((mx, m.bottom), (mx, y), (rx, y), (rx, r.y)))
            for y in sorted({*starts, *landings})
            if y < r.y
        ]
        # These elbows are as short as any way from m's bottom down to r's top, and come first on
        # a tie: when one is clear it is the best of all, and the many ways round need not be made.
        if elbows:
            route, crossings = best_route(elbows, obstacles, (m, r))
            if crossings == 0:
                return route
        by_gutters = [
            clean(
                (
                    (mx, m.bottom),
                    (mx, start),
                    (gutter, start),
                    (gutter, landing),
                    (rx, landing),
                    (rx, r.y),
                )
            )
            for start in starts
            for landing in (y for y in landings if y >= start)
            for gutter in gutters
        ]
        candidates = elbows + by_gutters
        if elbows:
            route, crossings = best_route_beyond(
                elbows, (route, crossings), by_gutters, obstacles, (m, r)
            )
            if crossings == 0:
                return route
        elif candidates:
            route, crossings = best_route(candidates, obstacles, (m, r))
            if crossings == 0:
                return route
        step = options.h_gap / 3
        over = [
            clean(((side, my), (side + out, my), (side + out, above), (rx, above), (rx, r.y)))
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
        return self.way_round(manager, report, m, r) or route

    def way_round(
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
        return clean(detour) if detour is not None else None

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


def clean(points: tuple[Point, ...]) -> tuple[Point, ...]:
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
