"""The properties every layout keeps, checked against the proposal it was made from."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.layout import Layout, Rect
from orgchart_app.layout.compact import TITLE_MAX_WIDTH
from orgchart_app.layout.model import ConnectorKind, UnitContainer
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height, text_width

TOLERANCE = 0.01
LABEL_TOLERANCE = (
    0.51  # a label may touch what it is near (the router lets lines graze boxes by 0.5)
)


def overlapping_pairs(
    rects: list[tuple[object, Rect]], tolerance: float = TOLERANCE
) -> list[tuple[object, object]]:
    """Pairs of rectangles that overlap (a sweep along x, so big layouts stay quick)."""
    ordered = sorted(rects, key=lambda item: item[1].x)
    found = []
    active: list[tuple[object, Rect]] = []
    for key, rect in ordered:
        active = [(k, r) for k, r in active if r.right > rect.x + tolerance]
        found.extend((k, key) for k, r in active if r.overlaps(rect, tolerance))
        active.append((key, rect))
    return found


def unit_ancestors(proposal: Proposal, unit_id: UnitId) -> list[UnitId]:
    return [u.id for u in proposal.unit_path(unit_id)]


def check_layout(proposal: Proposal, layout: Layout, expected_posts: set[PostId]) -> None:
    boxes = [b for b in layout.boxes if not b.is_summary]
    counts = Counter(b.post_id for b in boxes)
    assert set(counts) == expected_posts, "every post placed"
    assert max(counts.values(), default=1) == 1, "no post placed twice"
    assert not overlapping_pairs([(b.post_ref, b.rect) for b in layout.boxes]), "boxes overlap"

    containers = {c.unit_id: c for c in layout.containers}
    for box in layout.boxes:
        assert containers[box.unit_id].rect.contains(box.rect, TOLERANCE), (
            f"{box.post_ref} outside its unit"
        )
    for container in layout.containers:
        assert container.rect.w > 0 and container.rect.h > 0
        if container.parent_id is not None:
            assert proposal.units[container.unit_id].parent_id == container.parent_id
            assert containers[container.parent_id].rect.contains(container.rect, TOLERANCE), (
                f"{container.title} outside its parent"
            )
    siblings: dict[UnitId | None, list[tuple[object, Rect]]] = {}
    for container in layout.containers:
        siblings.setdefault(container.parent_id, []).append((container.title, container.rect))
    for group in siblings.values():
        assert not overlapping_pairs(group), "sibling containers overlap"
    # A box overlaps no container except those of its own unit and the units around it.
    for box in layout.boxes:
        around = set(unit_ancestors(proposal, box.unit_id))
        for container in layout.containers:
            if container.unit_id not in around:
                assert not container.rect.overlaps(box.rect, TOLERANCE), (
                    f"{box.post_ref} overlaps {container.title}"
                )
    assert all(
        0 <= b.rect.x and b.rect.right <= layout.width and b.rect.bottom <= layout.height
        for b in layout.boxes
    )
    check_titles_clear(layout)
    check_labels_clear(layout)


def check_labels_clear(layout: Layout) -> None:
    """Each line's label sits on its own ground, inside the chart, over no box, container title
    or other label (lines may run under it)."""
    titles = [(c.title, title_rect(c)) for c in layout.containers]
    labels = [c for c in layout.connectors if c.label_at is not None]
    for connector in labels:
        rect = connector.label_rect
        assert rect is not None and rect.centre == pytest.approx(connector.label_at, abs=TOLERANCE)
        assert 0 <= rect.x and rect.right <= layout.width and rect.bottom <= layout.height
        covered = [b.post_ref for b in layout.boxes if b.rect.overlaps(rect, LABEL_TOLERANCE)]
        covered += [
            title for title, title_rect in titles if title_rect.overlaps(rect, LABEL_TOLERANCE)
        ]
        assert covered == [], f"the label {connector.label!r} covers {covered}"
    grounds = [(c.label, c.label_rect) for c in labels]
    assert not overlapping_pairs(grounds, LABEL_TOLERANCE), "labels overlap"  # type: ignore[arg-type]


def title_rect(container: UnitContainer) -> Rect:
    inset = container.title_inset
    return Rect(
        container.rect.x + inset,
        container.rect.y + inset,
        max(text_width(line, CONTAINER_TITLE_SIZE, bold=True) for line in container.title_lines),
        len(container.title_lines) * row_height(CONTAINER_TITLE_SIZE),
    )


def check_titles_clear(layout: Layout) -> None:
    """Each container's title fits inside it and no box covers it."""
    boxes = [(b.post_ref, b.rect) for b in layout.boxes]
    for container in layout.containers:
        lines = container.title_lines
        assert "".join(lines).replace(" ", "") == container.title.replace(" ", "")
        words = container.title.split()
        if max(text_width(w, CONTAINER_TITLE_SIZE, bold=True) for w in words) <= TITLE_MAX_WIDTH:
            # Wrapped between words: "Temporary Accommodatio / n" is not a title anyone can read.
            assert " ".join(lines) == " ".join(words), f"{container.title} broken mid-word"
        inset = container.title_inset
        title = Rect(
            container.rect.x + inset,
            container.rect.y + inset,
            max(text_width(line, CONTAINER_TITLE_SIZE, bold=True) for line in lines),
            len(lines) * row_height(CONTAINER_TITLE_SIZE),
        )
        assert container.rect.contains(title, 0.5), f"{container.title} does not fit its title"
        assert not [ref for ref, rect in boxes if rect.overlaps(title, TOLERANCE)], (
            f"a box covers {container.title}"
        )


def check_managers_above(proposal: Proposal, layout: Layout) -> None:
    """The invariant the compact engine guarantees: a manager's box is wholly above each report's
    box in the same unit, except assistants without reports in their unit, which may sit beside it
    (to its right, not above it)."""
    rects = {b.post_id: b.rect for b in layout.boxes if not b.is_summary}
    managers = {
        p.reports_to_id
        for p in proposal.posts.values()
        if p.reports_to_id in proposal.posts
        and proposal.posts[p.reports_to_id].unit_id == p.unit_id
    }
    for post_id, rect in rects.items():
        post = proposal.posts[post_id]
        manager = post.reports_to_id
        if manager not in rects or proposal.posts[manager].unit_id != post.unit_id:
            continue
        if post.is_assistant and post_id not in managers:
            beside = (
                rects[manager].right <= rect.x + TOLERANCE
                and rects[manager].y <= rect.y + TOLERANCE
            )
            assert beside or rects[manager].bottom <= rect.y + TOLERANCE
        else:
            assert rects[manager].bottom <= rect.y + TOLERANCE, f"{post.post_ref} above its manager"


def check_connectors_meet_boxes(layout: Layout) -> None:
    """Every line starts and ends on the edge of a box."""
    rects = [b.rect for b in layout.boxes]
    for connector in layout.connectors:
        for x, y in (connector.points[0], connector.points[-1]):
            assert any(_on_edge(r, x, y) for r in rects), f"{connector} ends away from a box"
        for (x1, y1), (x2, y2) in zip(connector.points, connector.points[1:], strict=False):
            assert x1 == x2 or y1 == y2, "lines are orthogonal"


def _on_edge(rect: Rect, x: float, y: float) -> bool:
    inside = (
        rect.x - TOLERANCE <= x <= rect.right + TOLERANCE
        and rect.y - TOLERANCE <= y <= rect.bottom + TOLERANCE
    )
    on_side = (
        min(abs(x - rect.x), abs(x - rect.right), abs(y - rect.y), abs(y - rect.bottom))
        <= TOLERANCE
    )
    return inside and on_side


def lines_through_boxes(
    layout: Layout, kinds: Collection[ConnectorKind] = tuple(ConnectorKind)
) -> list[tuple[str, str]]:
    """(line, box) pairs where a line of one of the kinds runs through the inside of a box other
    than the two it joins (touching an edge, within the router's half-point grazing, is allowed)."""
    boxes = sorted(layout.boxes, key=lambda box: box.rect.x)
    lefts = [box.rect.x for box in boxes]
    widest = max((box.rect.w for box in boxes), default=0.0)
    found = []
    for connector in layout.connectors:
        if connector.kind not in kinds:
            continue
        ends = (connector.from_post_id, connector.to_post_id)
        xs = [x for x, _y in connector.points]
        # Only boxes reaching into the line's span across can be crossed: a plain sorted list,
        # so the check does not lean on the router's own grid.
        for box in boxes[bisect_left(lefts, min(xs) - widest) : bisect_right(lefts, max(xs))]:
            if box.post_id in ends:
                continue
            inner = box.rect
            for (x1, y1), (x2, y2) in zip(connector.points, connector.points[1:], strict=False):
                if (
                    min(x1, x2) < inner.right - LABEL_TOLERANCE
                    and max(x1, x2) > inner.x + LABEL_TOLERANCE
                    and min(y1, y2) < inner.bottom - LABEL_TOLERANCE
                    and max(y1, y2) > inner.y + LABEL_TOLERANCE
                ):
                    found.append((f"{connector.from_post_id}->{connector.to_post_id}", box.title))
                    break
    return found
