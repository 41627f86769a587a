"""Where a line's label goes: on or beside the line, clear of boxes, titles and other labels."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from orgchart_app.layout.model import Rect
from orgchart_app.layout.obstacles import Obstacles, Point
from orgchart_app.layout.text import LABEL_SIZE, row_height, text_width


def label_ground(
    points: tuple[Point, ...], label: str, obstacles: Obstacles, own_end: bool = False
) -> Rect:
    """Where the label goes: on or beside its line, nearest the middle of the longest segment
    (the last one first, with own_end), covering no box, container title or label placed
    before; failing that, the nearest free spot around the middle of the longest segment. The spot
    is added to the obstacles, so later labels avoid it."""
    width, height = text_width(label, LABEL_SIZE) + 4, row_height(LABEL_SIZE)
    spots = chain(
        _spots_along(points, width, height, own_end), _spots_around(_middle(points), width, height)
    )
    ground = None
    for x, y in spots:
        rect = Rect(
            round(x - width / 2, 2), round(y - height / 2, 2), round(width, 2), round(height, 2)
        )
        if rect.x >= 0 and rect.y >= 0 and not obstacles.covers(rect):
            ground = rect
            break
    if ground is None:
        x, y = _middle(points)
        ground = Rect(
            round(x - width / 2, 2), round(y - height / 2, 2), round(width, 2), round(height, 2)
        )
    obstacles.add(ground)
    return ground


LABEL_SLIDES = (0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95)  # places along a segment, middle first
LABEL_RINGS = 40  # how far the search around the middle goes, in label heights


def _spots_along(
    points: tuple[Point, ...], width: float, height: float, own_end: bool
) -> Iterator[Point]:
    """Centres on each segment (longest first, or the last first) and just beside it, middle first."""
    segments = sorted(
        range(len(points) - 1),
        key=lambda i: (
            -(abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1]))
        ),
    )
    if own_end:
        segments = [len(points) - 2, *(i for i in segments if i != len(points) - 2)]
    for index in segments:
        (x1, y1), (x2, y2) = points[index], points[index + 1]
        # Beside a horizontal segment is above or below it; beside a vertical one, left or right.
        aside = (
            ((0.0, -height / 2 - 1), (0.0, height / 2 + 1))
            if y1 == y2
            else ((width / 2 + 2, 0.0), (-width / 2 - 2, 0.0))
        )
        for share in LABEL_SLIDES:
            x, y = x1 + (x2 - x1) * share, y1 + (y2 - y1) * share
            yield (x, y)
            for dx, dy in aside:
                yield (x + dx, y + dy)


def _spots_around(centre: Point, width: float, height: float) -> Iterator[Point]:
    """Centres on rings of growing size around a point, nearest first."""
    cx, cy = centre
    for ring in range(1, LABEL_RINGS + 1):
        for step in range(-ring, ring + 1):
            for dx, dy in ((step, -ring), (step, ring), (-ring, step), (ring, step)):
                yield (cx + dx * width / 2, cy + dy * height)


def _middle(points: tuple[Point, ...]) -> Point:
    """The middle of the polyline's longest segment: where a label reads best."""
    best = max(
        range(len(points) - 1),
        key=lambda i: abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1]),
    )
    (x1, y1), (x2, y2) = points[best], points[best + 1]
    return ((x1 + x2) / 2, (y1 + y2) / 2)
