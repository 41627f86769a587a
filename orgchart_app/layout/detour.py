"""The way round when none of the router's few candidate routes is clear: a short orthogonal route
with few bends along given free lanes (gaps beside and between containers and boxes), found by a
weighted A* search over the points where the lanes cross."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Callable, Iterable

from orgchart_app.layout.model import Rect
from orgchart_app.layout.obstacles import Obstacles, Point

# The directions a line runs in (y grows downwards).
DOWN, UP, LEFT, RIGHT = 0, 1, 2, 3
REVERSE = (UP, DOWN, RIGHT, LEFT)
MERGE = 10.0  # points between two lanes worth telling apart, at the least
LANES_PER_SPAN = 400  # at most this many lanes worth telling apart between the two boxes
# The estimate of what is left counts this many times over (weighted A*): the route found may be
# up to that much longer than the shortest (its jogs are straightened afterwards), and the search
# tries far fewer places to find it.
GREED = 2.0
EXPANSIONS = 5_000  # a search that has not arrived by then gives up: the caller keeps its best
# All the searches of one layout together: a chart full of long lines between far corners must
# not take seconds to lay out (about a twentieth of a second of searching here).
EXPANSIONS_PER_LAYOUT = 10_000


class SearchBudget:
    """How many more steps the searches of one layout may take."""

    __slots__ = ("steps",)

    def __init__(self, steps: int = EXPANSIONS_PER_LAYOUT) -> None:
        self.steps = steps


def channel_route(
    start: Rect,
    end: Rect,
    xs: Iterable[float],
    ys: Iterable[float],
    obstacles: Obstacles,
    bend_cost: float,
    budget: SearchBudget,
    sides_only: bool = False,
) -> tuple[Point, ...] | None:
    """From start's bottom centre (going down) or the middle of one of its sides (going out) to
    end's top centre (coming down) or the middle of one of its sides (coming in: a stacked leaf
    has another box just above it), or from side to side only, running only along the channels
    xs (vertical) and ys (horizontal) and through no obstacle; None when there is no such route
    within EXPANSIONS steps, or what is left of the budget. Each bend costs as much as bend_cost
    points of line."""
    if budget.steps <= 0:
        return None
    sx, sy = start.x + start.w / 2, start.y + start.h / 2
    ex, ey = end.x + end.w / 2, end.y + end.h / 2
    # Lanes closer than this are one: a long way round needs no finer choice, and searches
    # fewer places.
    merge = max(MERGE, (abs(ex - sx) + abs(ey - sy)) / LANES_PER_SPAN)
    grid_x = _lanes(xs, (sx, start.x, start.x + start.w, ex, end.x, end.x + end.w), merge)
    grid_y = _lanes(ys, (start.y + start.h, sy, end.y, ey), merge)
    exits: tuple[tuple[int, int, int], ...] = (
        (bisect_left(grid_x, sx), bisect_left(grid_y, start.y + start.h), DOWN),
        (bisect_left(grid_x, start.x), bisect_left(grid_y, sy), LEFT),
        (bisect_left(grid_x, start.x + start.w), bisect_left(grid_y, sy), RIGHT),
    )
    entries: tuple[tuple[int, int, int], ...] = (
        (bisect_left(grid_x, ex), bisect_left(grid_y, end.y), DOWN),
        (bisect_left(grid_x, end.x), bisect_left(grid_y, ey), RIGHT),
        (bisect_left(grid_x, end.x + end.w), bisect_left(grid_y, ey), LEFT),
    )
    if sides_only:
        exits, entries = exits[1:], entries[1:]
    search = _Search(grid_x, grid_y, obstacles, bend_cost, entries, (start, end))
    known = obstacles.lane_edges
    if (
        known is not None
        and known[0] is obstacles.read  # the buckets behind what it knows are in this record
        and known[3] is start
        and known[4] is end
        and known[1] == grid_x
        and known[2] == grid_y
    ):
        search.edges = known[5]
    else:
        obstacles.lane_edges = (obstacles.read, grid_x, grid_y, start, end, search.edges)
    route = search.run(exits, min(EXPANSIONS, budget.steps))
    budget.steps -= search.expansions
    return _straightened(route, obstacles, (start, end)) if route is not None else None


def _straightened(
    points: tuple[Point, ...], obstacles: Obstacles, ends: tuple[Rect, Rect]
) -> tuple[Point, ...]:
    """The route without its jogs where a clear way does without: two bends (across, down,
    across) become one, turning where the jog started or ended. The ends stay where they are,
    the line still leaves and enters its boxes the way it did, and never runs along their edges."""
    points = _corners(points)
    changed = True
    while changed and len(points) >= 4:
        changed = False
        for i in range(len(points) - 3):
            a, b, c, d = points[i : i + 4]
            for corner in ((d[0], a[1]), (a[0], d[1])):
                if i == 0 and (corner[0] == a[0]) != (b[0] == a[0]):
                    continue  # it would leave the first box another way
                if i + 3 == len(points) - 1 and (corner[0] == d[0]) != (c[0] == d[0]):
                    continue  # it would enter the second box another way
                if (
                    not obstacles.blocks(*a, *corner)
                    and not obstacles.blocks(*corner, *d)
                    and not any(_along(a, corner, box) or _along(corner, d, box) for box in ends)
                ):
                    points = _corners((*points[: i + 1], corner, *points[i + 3 :]))
                    changed = True
                    break
            if changed:
                break
    return points


def _along(p: Point, q: Point, box: Rect) -> bool:
    """Whether the segment runs on one of the box's edges."""
    if p[0] == q[0]:
        return (
            p[0] in (box.x, box.x + box.w)
            and min(p[1], q[1]) < box.y + box.h
            and max(p[1], q[1]) > box.y
        )
    return (
        p[1] in (box.y, box.y + box.h)
        and min(p[0], q[0]) < box.x + box.w
        and max(p[0], q[0]) > box.x
    )


def _corners(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Only the points where the route turns, and its two ends."""
    kept: list[Point] = []
    for point in points:
        if kept and point == kept[-1]:
            continue
        if len(kept) >= 2 and (
            kept[-2][0] == kept[-1][0] == point[0] or kept[-2][1] == kept[-1][1] == point[1]
        ):
            kept[-1] = point
            continue
        kept.append(point)
    return tuple(kept)


def _lanes(channels: Iterable[float], anchors: tuple[float, ...], merge: float) -> list[float]:
    """The channels and the anchors, in order, without channels closer than merge to one kept
    before them or to an anchor: lanes that close make the same route, and each adds a row of
    places the search may try."""
    kept = sorted(set(anchors))
    for value in sorted(set(channels)):
        index = bisect_left(kept, value)
        if (index == len(kept) or kept[index] - value >= merge) and (
            index == 0 or value - kept[index - 1] >= merge
        ):
            kept.insert(index, value)
    return kept


class _Search:
    """A* over states (lane crossing, direction of arrival), numbered node * 4 + direction with
    node = column * rows + row, so that its tables are flat lists."""

    def __init__(
        self,
        grid_x: list[float],
        grid_y: list[float],
        obstacles: Obstacles,
        bend_cost: float,
        entries: tuple[tuple[int, int, int], ...],
        ends: tuple[Rect, Rect],
    ) -> None:
        self.grid_x, self.grid_y = grid_x, grid_y
        self.rows = len(grid_y)
        self.obstacles = obstacles
        self.bend_cost = bend_cost
        self.entries = [(grid_x[column], grid_y[row], heading) for column, row, heading in entries]
        self.goals = {(column * self.rows + row) * 4 + heading for column, row, heading in entries}
        # Per node and way out (down or right): 0 not yet known, 1 clear, 2 blocked.
        self.edges = bytearray(len(grid_x) * self.rows * 2)
        self.expansions = 0
        self.ends = ends

    def run(self, exits: tuple[tuple[int, int, int], ...], limit: int) -> tuple[Point, ...] | None:
        grid_x, grid_y, rows, bend_cost = self.grid_x, self.grid_y, self.rows, self.bend_cost
        edges, estimate, goals = self.edges, self._estimator(), self.goals
        blocks, (end_a, end_b) = self.obstacles.blocks, self.ends
        columns = len(grid_x)
        # Per direction: the step to the next node's number, and the edge's number relative to
        # the node's (an edge is kept by its upper or left end, as the way down or right).
        node_step = (1, -1, -rows, rows)
        edge_step = (0, -2, -2 * rows + 1, 1)
        column_step = (0, 0, -1, 1)
        row_step = (1, -1, 0, 0)
        # The ways on from a node reached going each way: never straight back.
        onward = tuple(
            tuple(move for move in (DOWN, UP, LEFT, RIGHT) if move != REVERSE[heading])
            for heading in (DOWN, UP, LEFT, RIGHT)
        )
        best = [float("inf")] * (columns * rows * 4)
        came_from = [-1] * (columns * rows * 4)
        # A node is left once, the first way it is reached (the cheapest-looking); only the ways
        # in to the end box may be reached again, going another way. A quarter of the places to
        # try; the bends this costs are taken out again afterwards (straightened).
        settled = bytearray(columns * rows)
        for goal in goals:
            settled[goal >> 2] = 2
        starts = set()
        # Queued by estimated length, then the furthest come first (on the many equal estimates
        # of an open grid this goes straight on rather than widening), then first queued.
        queue: list[tuple[float, float, int, int]] = []
        for order, (column, row, heading) in enumerate(exits):
            state = (column * rows + row) * 4 + heading
            best[state] = 0.0
            starts.add(state)
            queue.append((estimate(column, row, heading), 0.0, order, state))
        heapq.heapify(queue)
        order = len(queue)
        expansions = 0
        pop, push = heapq.heappop, heapq.heappush
        while queue and expansions < limit:
            _estimate, further, _order, state = pop(queue)
            if state in goals and state not in starts:
                self.expansions = expansions
                return self._points(state, came_from)
            cost = best[state]
            if -further > cost:
                continue  # a cheaper way here was found after this one was queued
            node, heading = state >> 2, state & 3
            if settled[node] == 1:
                continue
            if not settled[node]:
                settled[node] = 1
            expansions += 1
            column, row = divmod(node, rows)
            first = state in starts
            for move in (heading,) if first else onward[heading]:
                next_column, next_row = column + column_step[move], row + row_step[move]
                if not (0 <= next_row < rows and 0 <= next_column < columns):
                    continue
                key = node * 2 + edge_step[move]
                known = edges[key]
                here_x, here_y = grid_x[column], grid_y[row]
                there_x, there_y = grid_x[next_column], grid_y[next_row]
                if not known:
                    here, there = (here_x, here_y), (there_x, there_y)
                    # Through a box, or along an edge of the two boxes (it would read as their border).
                    known = edges[key] = (
                        2
                        if blocks(here_x, here_y, there_x, there_y)
                        or _along(here, there, end_a)
                        or _along(here, there, end_b)
                        else 1
                    )
                if known == 2:
                    continue
                total = cost + abs(there_x - here_x) + abs(there_y - here_y)
                if move != heading and not first:
                    total += bend_cost
                following = (node + node_step[move]) * 4 + move
                if total < best[following]:
                    best[following] = total
                    came_from[following] = state
                    push(
                        queue,
                        (total + estimate(next_column, next_row, move), -total, order, following),
                    )
                    order += 1
        self.expansions = expansions
        return None

    def _estimator(self) -> Callable[[int, int, int], float]:
        """What is left, at least, from a lane crossing (column, row) reached going `heading`,
        weighted by GREED (A*'s heuristic): the distance along the axes to the nearest way in,
        with the bends still needed to come in that way."""
        grid_x, grid_y, bend_cost, entries = self.grid_x, self.grid_y, self.bend_cost, self.entries

        def estimate(column: int, row: int, heading: int) -> float:
            x, y = grid_x[column], grid_y[row]
            least = float("inf")
            for goal_x, goal_y, way_in in entries:
                dx, dy = goal_x - x, goal_y - y
                if heading == way_in:
                    if way_in == DOWN:
                        bends = 0 if dx == 0 and dy >= 0 else 2
                    else:
                        bends = 0 if dy == 0 and (dx >= 0) == (way_in == RIGHT) else 2
                else:
                    bends = 2 if heading == REVERSE[way_in] else 1
                distance = abs(dx) + abs(dy) + bends * bend_cost
                if distance < least:
                    least = distance
            return GREED * least

        return estimate

    def _points(self, state: int, came_from: list[int]) -> tuple[Point, ...]:
        points = []
        while state >= 0:
            column, row = divmod(state // 4, self.rows)
            points.append((self.grid_x[column], self.grid_y[row]))
            state = came_from[state]
        points.reverse()
        return tuple(points)
