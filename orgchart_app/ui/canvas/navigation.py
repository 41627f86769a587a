"""Keyboard moves between posts: Up is the manager, Down the first report, Left/Right the siblings."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from orgchart_app.domain import PostId, Proposal
from orgchart_app.layout.model import Layout


class Direction(enum.Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


def neighbour(
    proposal: Proposal, layout: Layout, post_id: PostId, direction: Direction
) -> PostId | None:
    """The post a key press moves to from `post_id`, among the posts the layout shows (None: stay)."""
    shown = {b.post_id: b.rect for b in layout.boxes if not b.is_summary}
    if post_id not in shown or post_id not in proposal.posts:
        return None
    if direction is Direction.UP:
        # The nearest manager the chart shows (a collapsed one hides nobody above it).
        return next(
            (p.id for p in proposal.line_chain(post_id) if p.id != post_id and p.id in shown), None
        )
    if direction is Direction.DOWN:
        reports = [p.id for p in proposal.reports_of(post_id) if p.id in shown]
        return min(reports, key=lambda r: (shown[r].y, shown[r].x), default=None)
    manager = _shown_manager(proposal, post_id, shown)
    siblings = sorted(
        (p for p in shown if _shown_manager(proposal, p, shown) == manager),
        key=lambda p: (shown[p].x, shown[p].y),
    )
    index = siblings.index(post_id) + (1 if direction is Direction.RIGHT else -1)
    return siblings[index] if 0 <= index < len(siblings) else None


def _shown_manager(
    proposal: Proposal, post_id: PostId, shown: Mapping[PostId, object]
) -> PostId | None:
    return next(
        (p.id for p in proposal.line_chain(post_id) if p.id != post_id and p.id in shown), None
    )
