"""Which boxes a line would cross: a grid of buckets over the placed boxes, so a candidate route
is scored against the few boxes near it rather than all of them."""

from __future__ import annotations

from collections.abc import Iterable

from orgchart_app.layout.model import Rect

Point = tuple[float, float]
BUCKET = 400.0
ENOUGH_CROSSINGS = 4


class Obstacles:
    """Built on first use: most charts route every line without asking."""

    def __init__(self, rects: Iterable[Rect]) -> None:
        self.rects: list[Rect] = list(rects)
        self._grid: dict[tuple[int, int], list[int]] | None = None

    @property
    def grid(self) -> dict[tuple[int, int], list[int]]:
        if self._grid is None:
            self._grid = grid = {}
            for index, rect in enumerate(self.rects):
                left, top = int(rect.x // BUCKET), int(rect.y // BUCKET)
                right, bottom = int((rect.x + rect.w) // BUCKET), int((rect.y + rect.h) // BUCKET)
                for gx in range(left, right + 1):
                    for gy in range(top, bottom + 1):
                        grid.setdefault((gx, gy), []).append(index)
        return self._grid

    def near(self, x1: float, y1: float, x2: float, y2: float) -> set[int]:
        found: set[int] = set()
        grid = self.grid
        for gx in range(int(min(x1, x2) // BUCKET), int(max(x1, x2) // BUCKET) + 1):
            for gy in range(int(min(y1, y2) // BUCKET), int(max(y1, y2) // BUCKET) + 1):
                cell = grid.get((gx, gy))
                if cell:
                    found.update(cell)
        return found

    def crossings(self, points: tuple[Point, ...], ignore: tuple[Rect, ...] = (), limit: int = 1 << 30) -> int:
        """How many boxes the polyline passes through (touching an edge does not count), counting
        no further than limit."""
        hit: set[int] = set()
        grid, rects = self.grid, self.rects
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            for gx in range(int(min(x1, x2) // BUCKET), int(max(x1, x2) // BUCKET) + 1):
                for gy in range(int(min(y1, y2) // BUCKET), int(max(y1, y2) // BUCKET) + 1):
                    for index in grid.get((gx, gy), ()):
                        if index not in hit and _segment_hits(rects[index], x1, y1, x2, y2) \
                                and not _among(rects[index], ignore):
                            hit.add(index)
                            if len(hit) >= limit:
                                return limit
        return len(hit)

    def covers(self, area: Rect, ignore: tuple[Rect, ...] = ()) -> bool:
        """Whether any box (other than those ignored, which must be the very Rect objects the
        obstacles were made from) overlaps area."""
        return any(self.rects[i].overlaps(area) and not _among(self.rects[i], ignore)
                   for i in self.near(area.x, area.y, area.right, area.bottom))


def _among(rect: Rect, rects: tuple[Rect, ...]) -> bool:
    return any(rect is other for other in rects)


def _segment_hits(rect: Rect, x1: float, y1: float, x2: float, y2: float) -> bool:
    """An axis-parallel segment passes through the inside of rect."""
    margin = 0.5
    if x1 == x2:
        return rect.x + margin < x1 < rect.right - margin and min(y1, y2) < rect.bottom - margin \
            and max(y1, y2) > rect.y + margin
    return rect.y + margin < y1 < rect.bottom - margin and min(x1, x2) < rect.right - margin \
        and max(x1, x2) > rect.x + margin


def length(points: tuple[Point, ...]) -> float:
    return sum(abs(x2 - x1) + abs(y2 - y1) for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False))


def best_route(candidates: list[tuple[Point, ...]], obstacles: Obstacles, ignore: tuple[Rect, ...],
               fewest: int = ENOUGH_CROSSINGS) -> tuple[tuple[Point, ...], int]:
    """The candidate crossing fewest boxes, then the shortest, the first on a tie (deterministic),
    with its crossings. Candidates are tried shortest first, so the usual clear route costs one
    check; a route crossing `fewest` or more boxes is as bad as any, so counting stops there and
    the shortest is taken when no route does better."""
    order = sorted(range(len(candidates)), key=lambda i: (length(candidates[i]), i))
    best = candidates[order[0]]
    for index in order:
        if fewest == 0:
            break
        crossings = obstacles.crossings(candidates[index], ignore, limit=fewest)
        if crossings < fewest:
            best, fewest = candidates[index], crossings
    return best, fewest
