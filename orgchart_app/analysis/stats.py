"""Spans and layers: span of control per manager, layers from the top, posts and FTE by grade and
unit, and the vacancy rate, for one scenario or as-is against to-be.

A box of identical posts ("x 7") counts as 7 posts and as 7 direct reports of its manager.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal

NO_GRADE = "(no grade)"


@dataclass(frozen=True, slots=True)
class ManagerSpan:
    post_ref: str
    title: str
    grade: str
    layer: int
    # Direct reports counted as posts (a box of 7 is 7 reports).
    span: int


@dataclass(frozen=True, slots=True)
class Count:
    posts: int = 0
    fte: float = 0.0
    vacant: int = 0

    def plus(self, post: Post) -> Count:
        vacant = post.quantity if post.status is not PostStatus.FILLED else 0
        return Count(
            self.posts + post.quantity, round(self.fte + post.total_fte, 4), self.vacant + vacant
        )


@dataclass(frozen=True, slots=True)
class ScenarioStats:
    scenario: str
    totals: Count
    held_vacant: int
    layers: int
    posts_by_layer: dict[int, int]
    spans: tuple[ManagerSpan, ...]
    by_grade: dict[str, Count]
    by_unit: dict[str, Count]

    @property
    def vacancy_rate(self) -> float:
        """Vacant and held-vacant posts as a share of all posts (0 to 1)."""
        return self.totals.vacant / self.totals.posts if self.totals.posts else 0.0

    @property
    def mean_span(self) -> float:
        return sum(s.span for s in self.spans) / len(self.spans) if self.spans else 0.0

    @property
    def widest_span(self) -> int:
        return max((s.span for s in self.spans), default=0)


def scenario_stats(proposal: Proposal, scenario_id: ScenarioId) -> ScenarioStats:
    posts = proposal.posts_in(scenario_id)
    layer = _layers(proposal, posts)
    reports: Counter[PostId] = Counter()
    for post in posts:
        if post.reports_to_id is not None:
            reports[post.reports_to_id] += post.quantity
    spans = tuple(
        sorted(
            (
                ManagerSpan(p.post_ref, p.title, p.grade, layer[p.id], reports[p.id])
                for p in posts
                if reports[p.id]
            ),
            key=lambda s: (s.layer, -s.span),
        )
    )
    by_layer: Counter[int] = Counter()
    for post in posts:
        by_layer[layer[post.id]] += post.quantity
    totals = Count()
    for post in posts:
        totals = totals.plus(post)
    return ScenarioStats(
        proposal.scenarios[scenario_id].name,
        totals,
        sum(p.quantity for p in posts if p.status is PostStatus.HELD_VACANT),
        max(layer.values(), default=0),
        dict(sorted(by_layer.items())),
        spans,
        _counted(posts, lambda p: p.grade or NO_GRADE),
        _counted(posts, lambda p: proposal.units[p.unit_id].name),
    )


def _counted(posts: list[Post], key: Callable[[Post], str]) -> dict[str, Count]:
    counts: dict[str, Count] = {}
    for post in posts:
        name = key(post)
        counts[name] = counts.get(name, Count()).plus(post)
    return counts


def _layers(proposal: Proposal, posts: list[Post]) -> dict[PostId, int]:
    """Each post's layer: 1 for a post with no manager, its manager's layer + 1 otherwise."""
    return {post.id: sum(1 for _ in proposal.line_chain(post.id)) for post in posts}


def compare_stats(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId
) -> tuple[ScenarioStats, ScenarioStats]:
    return scenario_stats(proposal, from_id), scenario_stats(proposal, to_id)
