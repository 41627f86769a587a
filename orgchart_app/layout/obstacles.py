"""Which boxes a line would cross: a grid of buckets over the placed boxes, so a candidate route
is scored against the few boxes near it rather than all of them."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from orgchart_app.layout.model import Rect
from orgchart_app.layout.routes_kept import CellKey, Held

Point = tuple[float, float]
BUCKET = 400.0
# Counting a route's crossings stops here: routes crossing more are all as bad. Kept well above
# the few crossings a poor route makes, so that the router still tells those apart from a line
# straight down a column of stacked posts (at 4, routes through 5 and through 58 boxes tied).
ENOUGH_CROSSINGS = 40
MARGIN = 0.5  # a line this close to a box's edge runs along it rather than through it
# A bucket's key is one number, gx * STRIDE + gy (no tuple made per bucket looked at, and none
# kept per bucket a route read): distinct for any |gy| below STRIDE / 2, that is for charts up to
# 200 million points across.
STRIDE = 1 << 20

# A box in the grid: its index and its edges, shrunk by MARGIN.
_Cell = list[tuple[int, float, float, float, float]]
# What a search found of its lanes' edges: the record of buckets read it ran with, its lanes
# (vertical, horizontal), its two boxes, and per edge 0 not yet known, 1 clear, 2 blocked.
LaneEdges = tuple[set[CellKey] | None, list[float], list[float], Rect, Rect, bytearray]


class Obstacles:
    """Built on first use: many charts route every line without asking."""

    def __init__(self, rects: Iterable[Rect]) -> None:
        self.rects: list[Rect] = list(rects)
        self._grid: dict[CellKey, _Cell] = {}  # filled on first use
        self._built = False
        # The buckets read while a route is made (route_memo.py), when one is being recorded.
        self.read: set[CellKey] | None = None
        # Given the grid, not the obstacles: no cycle, so all of it is freed with the layout's
        # router, not left for the collector to find.
        self._held = _HeldTable(self._grid)
        # Whether a bucket holds what a route read from another layout found there: asked of the
        # same (bucket, what it held) by many routes, so answered once.
        self._holds: dict[CellKey, dict[int, bool]] = {}
        # The last search for a way round's lanes, its two boxes and what it found of the edges
        # between lane crossings (detour.py), under the buckets-read record it ran with: a line
        # that finds no way round searches the same lanes again with more ways in and out.
        self.lane_edges: LaneEdges | None = None

    @property
    def grid(self) -> dict[CellKey, _Cell]:
        if not self._built:
            self._built = True
            grid, enter = self._grid, self._enter
            for index, rect in enumerate(self.rects):
                enter(grid, index, rect)
        return self._grid

    @property
    def held(self) -> dict[CellKey, Held]:
        """What each bucket holds now, by value."""
        if not self._built:
            _ = self.grid
        return self._held

    @staticmethod
    def _enter(grid: dict[CellKey, _Cell], index: int, rect: Rect) -> None:
        x, y = rect.x, rect.y
        right, bottom = x + rect.w, y + rect.h
        entry = (index, x + MARGIN, y + MARGIN, right - MARGIN, bottom - MARGIN)
        first_x, last_x = int(x // BUCKET), int(right // BUCKET)
        first_y, last_y = int(y // BUCKET), int(bottom // BUCKET)
        if first_x == last_x and first_y == last_y:  # most boxes: one bucket
            key = first_x * STRIDE + first_y
            cell = grid.get(key)
            if cell is None:
                grid[key] = [entry]
            else:
                cell.append(entry)
            return
        for gx in range(first_x, last_x + 1):
            for gy in range(first_y, last_y + 1):
                grid.setdefault(gx * STRIDE + gy, []).append(entry)

    def add(self, rect: Rect) -> None:
        """One more obstacle (a label just placed), for the routes and labels that follow."""
        index = len(self.rects)
        self.rects.append(rect)
        self.lane_edges = None
        if self._built:
            self._enter(self._grid, index, rect)
        for gx in range(int(rect.x // BUCKET), int((rect.x + rect.w) // BUCKET) + 1):
            for gy in range(int(rect.y // BUCKET), int((rect.y + rect.h) // BUCKET) + 1):
                self._held.pop(gx * STRIDE + gy, None)
                self._holds.pop(gx * STRIDE + gy, None)

    def holds(self, key: CellKey, held: Held) -> bool:
        """Whether the bucket holds now what `held` says (kept alive by its caller meanwhile)."""
        answers = self._holds.get(key)
        if answers is None:
            answers = self._holds[key] = {}
        found = answers.get(id(held))
        if found is None:
            found = answers[id(held)] = self.held[key] == held
        return found

    def crossings(
        self, points: tuple[Point, ...], ignore: tuple[Rect, ...] = (), limit: int = 1 << 30
    ) -> int:
        """How many boxes the polyline passes through (running along an edge does not count),
        counting no further than limit. Ignored boxes must be the very Rect objects given."""
        hit: set[int] = set()
        skip = {id(rect) for rect in ignore}
        grid, rects, read = self.grid, self.rects, self.read
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            low_x, high_x = (x1, x2) if x1 <= x2 else (x2, x1)
            low_y, high_y = (y1, y2) if y1 <= y2 else (y2, y1)
            first_y, last_y = int(low_y // BUCKET), int(high_y // BUCKET) + 1
            for gx in range(int(low_x // BUCKET), int(high_x // BUCKET) + 1):
                column = gx * STRIDE
                for key in range(column + first_y, column + last_y):
                    if read is not None:
                        read.add(key)
                    for index, left, top, right, bottom in grid.get(key, ()):
                        if (
                            low_x < right
                            and high_x > left
                            and low_y < bottom
                            and high_y > top
                            and index not in hit
                            and id(rects[index]) not in skip
                        ):
                            hit.add(index)
                            if len(hit) >= limit:
                                return limit
        return len(hit)

    def blocks(self, x1: float, y1: float, x2: float, y2: float) -> bool:
        """Whether the segment (or the rectangle with these corners) passes through any box;
        running along an edge does not count."""
        low_x, high_x = (x1, x2) if x1 <= x2 else (x2, x1)
        low_y, high_y = (y1, y2) if y1 <= y2 else (y2, y1)
        grid, read = self.grid, self.read
        first_y, last_y = int(low_y // BUCKET), int(high_y // BUCKET) + 1
        for gx in range(int(low_x // BUCKET), int(high_x // BUCKET) + 1):
            column = gx * STRIDE
            for key in range(column + first_y, column + last_y):
                if read is not None:
                    read.add(key)
                for _index, left, top, right, bottom in grid.get(key, ()):
                    if low_x < right and high_x > left and low_y < bottom and high_y > top:
                        return True
        return False

    def covers(self, area: Rect) -> bool:
        """Whether any box overlaps area."""
        return self.blocks(area.x, area.y, area.x + area.w, area.y + area.h)


class _HeldTable(dict[CellKey, Held]):
    """What each bucket holds now, by value, worked out when first asked for (a dict, so that a
    route's many buckets are looked up by map at C speed): each box's four edges in turn, in one
    flat tuple of floats (one object a bucket, which the collector need not follow)."""

    def __init__(self, grid: dict[CellKey, _Cell]) -> None:
        super().__init__()
        self._grid = grid

    def __missing__(self, key: CellKey) -> Held:
        cell = self._grid.get(key)
        # Most buckets a route reads are empty: the gaps and margins lines run along.
        found = self[key] = tuple(chain.from_iterable(map(_EDGES, cell))) if cell else ()
        return found


_EDGES = itemgetter(slice(1, 5))  # an entry's four edges, without its index


def length(points: tuple[Point, ...]) -> float:
    return sum(
        abs(x2 - x1) + abs(y2 - y1) for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False)
    )


def best_route(
    candidates: list[tuple[Point, ...]],
    obstacles: Obstacles,
    ignore: tuple[Rect, ...],
    fewest: int = ENOUGH_CROSSINGS,
    tried: frozenset[tuple[Point, ...]] = frozenset(),
    best: tuple[Point, ...] | None = None,
) -> tuple[tuple[Point, ...], int]:
    """The candidate crossing fewest boxes, then the shortest, the first on a tie (deterministic),
    with its crossings. Candidates are tried shortest first, so the usual clear route costs one
    check; a route crossing `fewest` or more boxes is as bad as any, so counting stops there and
    the shortest is taken when no route does better. tried and best: routes scored before, all
    of them shorter than these, and the best of those (best_route_beyond)."""
    order = sorted(range(len(candidates)), key=lambda i: (length(candidates[i]), i))
    if best is None:
        best = candidates[order[0]]
    seen = set(tried)
    for index in order:
        if fewest == 0:
            break
        if candidates[index] in seen:  # it crossed no fewer boxes the first time: nor will it now
            continue
        seen.add(candidates[index])
        crossings = obstacles.crossings(candidates[index], ignore, limit=fewest)
        if crossings < fewest:
            best, fewest = candidates[index], crossings
    return best, fewest


def best_route_beyond(
    first: list[tuple[Point, ...]],
    found: tuple[tuple[Point, ...], int],
    more: list[tuple[Point, ...]],
    obstacles: Obstacles,
    ignore: tuple[Rect, ...],
) -> tuple[tuple[Point, ...], int]:
    """best_route(first + more), given found = best_route(first) (a route crossing some boxes):
    when none of more is shorter than the longest of first, best_route would score first's all
    over again before any of more, and come to found; so it goes on from there."""
    longest = max(map(length, first))
    if any(length(route) < longest for route in more):
        return best_route(first + more, obstacles, ignore)
    route, crossings = found
    return best_route(more, obstacles, ignore, crossings, frozenset(first), route)
