"""The routes a layout kept for the next one (RouteMemo): values only, so the Layout and the
options can hold them; route_memo.py makes and reuses them."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

Point = tuple[float, float]
Points = tuple[Point, ...]
CellKey = int  # a bucket of the obstacles' grid (gx * obstacles.STRIDE + gy)
# What a bucket holds, by value (the boxes' edges, four a box, in order): equal in two layouts
# when the bucket holds the same boxes in the same places, whatever the boxes' indices.
Held = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Routed:
    """One route, with what it read: the buckets (and what they held) and the budget it found."""

    points: Points
    cells: tuple[CellKey, ...]  # the buckets it read
    held: tuple[Held, ...]  # what each held then
    budget: int
    spent: int


@dataclass(frozen=True, slots=True)
class RouteMemo:
    """The routes of one layout by key, and how many of them were reused from the one before."""

    options: Hashable = None  # the options they were made with: other options, other routes
    routes: Mapping[Hashable, Routed] = field(default_factory=dict)
    reused: int = 0
    routed: int = 0

    def __len__(self) -> int:
        return len(self.routes)


NO_ROUTES = RouteMemo()
