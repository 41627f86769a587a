"""The routes of the previous layout, reused where nothing a route read has changed.

A line that cannot take the short way down (between units, a dotted line) is routed by scoring
candidate routes against the boxes near them and, failing those, by a search for a way round:
a third of a large chart's layout. Each such route is a function of its ends and their
containers (its key), of the boxes in the grid buckets it read, and of the search budget left
when it started; when all three are as they were in the previous layout, its points are as they
were, and are taken from there rather than worked out again. So an edit that moves nothing near
a line leaves it alone, and the Layout is the very one a fresh layout would give.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from orgchart_app.layout.detour import EXPANSIONS, SearchBudget
from orgchart_app.layout.obstacles import Obstacles
from orgchart_app.layout.routes_kept import CellKey, Points, Routed, RouteMemo


class RouteRecorder:
    """Makes or reuses the routes of one layout, and keeps them for the next."""

    def __init__(
        self, previous: RouteMemo, options: Hashable, obstacles: Obstacles, budget: SearchBudget
    ) -> None:
        self._previous = previous.routes if previous.options == options else {}
        self._options = options
        self._obstacles = obstacles
        self._budget = budget
        self._routes: dict[Hashable, Routed] = {}
        self._reused = 0

    def route(self, key: Hashable, make: Callable[[], Points]) -> Points:
        """The route under key: the previous layout's when it would come out the same."""
        budget, obstacles = self._budget, self._obstacles
        old = self._previous.get(key)
        if (
            old is not None
            and _same_budget(old, budget.steps)
            and all(map(obstacles.holds, old.cells, old.held))
        ):
            budget.steps -= old.spent
            if obstacles.read is not None:  # inside a route being recorded: it read these too
                obstacles.read.update(old.cells)
            self._routes[key] = old
            self._reused += 1
            return old.points
        before, outer = budget.steps, obstacles.read
        read: set[CellKey] = set()
        obstacles.read = read
        try:
            points = make()
        finally:
            obstacles.read = outer
        if outer is not None:  # a route made inside another: the outer one read these too
            outer.update(read)
        cells = tuple(read)
        held = tuple(map(obstacles.held.__getitem__, cells))
        self._routes[key] = Routed(points, cells, held, before, before - budget.steps)
        return points

    def memo(self) -> RouteMemo:
        return RouteMemo(
            self._options, self._routes, self._reused, len(self._routes) - self._reused
        )


def _same_budget(old: Routed, steps: int) -> bool:
    """Whether the searches of the route would be cut short where they were: with the same
    budget, or with enough that none of them could be cut short by the budget (each search
    stops at EXPANSIONS steps however much is left)."""
    enough = old.spent + EXPANSIONS
    return steps == old.budget or (steps >= enough and old.budget >= enough)
