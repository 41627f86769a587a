"""What a large proposal opens as, and the totals its overview labels: plain values, no Qt.

A chart of thousands of posts fitted to a window is a coloured area with specks for cards, and
laying out and drawing them all is most of the time it takes to open. So a proposal above
LARGE_PROPOSAL_POSTS opens collapsed to the levels of line management that fit one screen at a
reading size; each collapsed team shows as "+ n posts", expanded with a double-click.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from orgchart_app.domain import Post, PostId, Proposal, ScenarioId, UnitId
from orgchart_app.domain.wording import count_text, fte_label

# Above this many posts a proposal opens collapsed: 2,000 cards take about 0.1 s to lay out and
# as long again to make into items, and a chart of them fitted to a window is too small to read.
LARGE_PROPOSAL_POSTS = 2_000
# The cards one 1600 x 1000 window shows at the reading zoom (about 200 x 90 pixels a card with
# its gaps): the levels opened are those whose posts, all together, number no more than this.
OPENING_POSTS = 80


@dataclass(frozen=True, slots=True)
class UnitTotal:
    """A unit's establishment with everything beneath it: posts (a box of 7 is 7) and FTE."""

    posts: int = 0
    fte: float = 0.0

    def label(self) -> str:
        noun = "post" if self.posts == 1 else "posts"
        return f"{count_text(self.posts)} {noun}, {fte_label(round(self.fte, 2))}"


def unit_totals(proposal: Proposal, scenario_id: ScenarioId) -> dict[UnitId, UnitTotal]:
    """Each unit of the scenario with the posts and FTE of it and all the units inside it."""
    own: dict[UnitId, tuple[int, float]] = {}
    for post in proposal.posts_in(scenario_id):
        posts, fte = own.get(post.unit_id, (0, 0.0))
        own[post.unit_id] = (posts + post.quantity, fte + post.total_fte)
    totals: dict[UnitId, tuple[int, float]] = {}
    for unit_id, (posts, fte) in own.items():
        seen: set[UnitId] = set()
        current: UnitId | None = unit_id
        while current is not None and current not in seen and current in proposal.units:
            seen.add(current)  # a loop in the units' parents stops here, not forever
            before = totals.get(current, (0, 0.0))
            totals[current] = (before[0] + posts, before[1] + fte)
            current = proposal.units[current].parent_id
    return {unit_id: UnitTotal(posts, fte) for unit_id, (posts, fte) in totals.items()}


def opening_collapsed(proposal: Proposal, scenario_id: ScenarioId) -> set[PostId]:
    """The managers to collapse when the scenario opens: none for a proposal of ordinary size;
    for a large one, those on the deepest level of line management that still fits a screen."""
    posts = {p.id: p for p in proposal.posts_in(scenario_id)}
    if len(posts) <= LARGE_PROPOSAL_POSTS:
        return set()
    levels = _levels(posts)
    shown, level = 0, 0
    for index, posts_on_level in enumerate(levels):
        shown += len(posts_on_level)
        if shown > OPENING_POSTS and index > 0:
            break
        level = index
    return {
        manager
        for post in (levels[level + 1] if level + 1 < len(levels) else ())
        if (manager := post.reports_to_id) is not None
    }


def _levels(posts: Mapping[PostId, Post]) -> list[list[Post]]:
    """The posts by level of line management, the tops first (posts in a loop are left out)."""
    reports: dict[PostId, list[Post]] = {}
    tops = []
    for post in posts.values():
        manager = post.reports_to_id
        if manager is not None and manager in posts:
            reports.setdefault(manager, []).append(post)
        else:
            tops.append(post)
    levels, level = [], tops
    while level:
        levels.append(level)
        level = [r for post in level for r in reports.get(post.id, ())]
    return levels
