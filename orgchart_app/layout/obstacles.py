"""Which boxes a line would cross: a grid of buckets over the placed boxes, so a candidate route
is scored against the few boxes near it rather than all of them."""

from __future__ import annotations

from collections.abc import Iterable

from orgchart_app.layout.model import Rect

Point = tuple[float, float]
BUCKET = 200.0


class Obstacles:
    def __init__(self, rects: Iterable[Rect]) -> None:
        self.rects: list[Rect] = list(rects)
        self.grid: dict[tuple[int, int], list[int]] = {}
        grid = self.grid
        for index, rect in enumerate(self.rects):
            left, top = int(rect.x // BUCKET), int(rect.y // BUCKET)
            right, bottom = int((rect.x + rect.w) // BUCKET), int((rect.y + rect.h) // BUCKET)
            for gx in range(left, right + 1):
                for gy in range(top, bottom + 1):
                    grid.setdefault((gx, gy), []).append(index)

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
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            for index in self.near(x1, y1, x2, y2):
                rect = self.rects[index]
                if index not in hit and _segment_hits(rect, x1, y1, x2, y2) and not _among(rect, ignore):
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


def best_route(candidates: list[tuple[Point, ...]], obstacles: Obstacles,
               ignore: tuple[Rect, ...]) -> tuple[Point, ...]:
    """The candidate crossing fewest boxes, then the shortest; the first on a tie (deterministic).
    Candidates are tried shortest first, so the usual clear route costs one check."""
    best, fewest = 0, 1 << 30
    for index in sorted(range(len(candidates)), key=lambda i: (length(candidates[i]), i)):
        crossings = obstacles.crossings(candidates[index], ignore, limit=fewest)
        if crossings < fewest:
            best, fewest = index, crossings
        if fewest == 0:
            break
    return candidates[best]
