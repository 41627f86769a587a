"""best_route_beyond comes to what best_route over all the candidates comes to, going on from the
first candidates' best rather than scoring them again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.layout.model import Rect
from orgchart_app.layout.obstacles import Obstacles, Point, best_route, best_route_beyond

START, END = (0.0, 0.0), (600.0, 500.0)
COORDINATES = st.sampled_from([-100.0, 0.0, 100.0, 250.0, 300.0, 450.0, 600.0, 700.0])


@st.composite
def routes(draw: st.DrawFn) -> tuple[Point, ...]:
    """From START to END: down, across at some height, down; or round by some x."""
    if draw(st.booleans()):
        y = draw(COORDINATES)
        return (START, (0.0, y), (600.0, y), END)
    x, y1, y2 = draw(COORDINATES), draw(COORDINATES), draw(COORDINATES)
    return (START, (0.0, y1), (x, y1), (x, y2), (600.0, y2), END)


boxes = st.lists(
    st.builds(
        Rect,
        st.floats(-150.0, 700.0),
        st.floats(-150.0, 600.0),
        st.floats(10.0, 200.0),
        st.floats(10.0, 200.0),
    ),
    max_size=12,
)


@settings(max_examples=100, deadline=None)
@given(
    first=st.lists(routes(), min_size=1, max_size=5),
    more=st.lists(routes(), max_size=8),
    rects=boxes,
)
def test_going_on_from_the_first_candidates_best_comes_to_the_same_route(
    first: list[tuple[Point, ...]], more: list[tuple[Point, ...]], rects: list[Rect]
) -> None:
    obstacles = Obstacles(rects)
    found = best_route(first, obstacles, ())
    if found[1] == 0:
        return  # the caller takes a clear route at once
    assert best_route_beyond(first, found, more, obstacles, ()) == best_route(
        first + more, obstacles, ()
    )


def test_a_shorter_route_among_the_more_comes_first_on_a_tie() -> None:
    wall = Rect(-50.0, 200.0, 800.0, 20.0)  # every route from START to END crosses it once
    long_way = (START, (0.0, 700.0), (600.0, 700.0), END)  # down past END, back up
    short_way = (START, (0.0, 100.0), (600.0, 100.0), END)
    obstacles = Obstacles([wall])
    found = best_route([long_way], obstacles, ())
    assert found == (long_way, 1)
    assert best_route_beyond([long_way], found, [short_way], obstacles, ()) == (short_way, 1)
