"""The search for a way round: clear of every obstacle, along the lanes, within its budget."""

from __future__ import annotations

from orgchart_app.layout.detour import SearchBudget, channel_route
from orgchart_app.layout.model import Rect
from orgchart_app.layout.obstacles import Obstacles
from tests.layout.invariants import LABEL_TOLERANCE

MANAGER = Rect(0.0, 300.0, 100.0, 30.0)
REPORT = Rect(400.0, 0.0, 100.0, 30.0)
# A wall between them, with a gap along the top only: the way runs up the left, over, and down.
WALL = [Rect(-60.0, 100.0, 600.0, 40.0), Rect(560.0, -200.0, 40.0, 700.0)]


def _crosses(points: tuple[tuple[float, float], ...], rect: Rect) -> bool:
    return any(
        min(x1, x2) < rect.right - LABEL_TOLERANCE
        and max(x1, x2) > rect.x + LABEL_TOLERANCE
        and min(y1, y2) < rect.bottom - LABEL_TOLERANCE
        and max(y1, y2) > rect.y + LABEL_TOLERANCE
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False)
    )


def test_the_way_round_passes_no_obstacle_and_joins_the_two_boxes() -> None:
    obstacles = Obstacles([MANAGER, REPORT, *WALL])
    lanes_x = [-80.0, -30.0, 250.0, 620.0]
    lanes_y = [-30.0, 60.0, 200.0, 350.0]
    route = channel_route(MANAGER, REPORT, lanes_x, lanes_y, obstacles, 52.0, SearchBudget())
    assert route is not None
    assert not [rect for rect in (*WALL, MANAGER, REPORT) if _crosses(route, rect)]
    assert all(x1 == x2 or y1 == y2 for (x1, y1), (x2, y2) in zip(route, route[1:], strict=False))
    start, end = route[0], route[-1]
    assert start in ((50.0, 330.0), (0.0, 315.0), (100.0, 315.0))  # the manager's bottom or a side
    assert end in ((450.0, 0.0), (400.0, 15.0), (500.0, 15.0))  # the report's top or a side
    assert {x for x, _y in route} <= {
        -80.0,
        -30.0,
        250.0,
        620.0,
        50.0,
        0.0,
        100.0,
        450.0,
        400.0,
        500.0,
    }


def test_no_way_round_without_a_free_lane() -> None:
    closed = Obstacles([MANAGER, REPORT, Rect(-1000.0, 100.0, 3000.0, 40.0)])
    assert (
        channel_route(MANAGER, REPORT, [-80.0, 250.0], [60.0, 200.0], closed, 52.0, SearchBudget())
        is None
    )


def test_a_spent_budget_stops_the_search_and_a_search_spends_it() -> None:
    obstacles = Obstacles([MANAGER, REPORT, *WALL])
    lanes = ([-80.0, -30.0, 250.0, 620.0], [-30.0, 60.0, 200.0, 350.0])
    assert channel_route(MANAGER, REPORT, *lanes, obstacles, 52.0, SearchBudget(0)) is None
    budget = SearchBudget(1000)
    channel_route(MANAGER, REPORT, *lanes, obstacles, 52.0, budget)
    assert 0 < budget.steps < 1000


def test_a_search_after_an_obstacle_was_added_keeps_clear_of_it() -> None:
    # The second search over the same lanes between the same boxes takes what the first found of
    # the lanes, unless something (a label) was placed in between.
    obstacles = Obstacles([MANAGER, REPORT, *WALL])
    lanes = ([-80.0, -30.0, 250.0, 620.0], [-30.0, 60.0, 200.0, 350.0])
    first = channel_route(MANAGER, REPORT, *lanes, obstacles, 52.0, SearchBudget())
    assert first is not None and first[1][0] < 0  # up the left
    label = Rect(-1000.0, 150.0, 990.0, 20.0)  # across the way up the left
    obstacles.add(label)
    second = channel_route(MANAGER, REPORT, *lanes, obstacles, 52.0, SearchBudget())
    assert second is None or not _crosses(second, label)
