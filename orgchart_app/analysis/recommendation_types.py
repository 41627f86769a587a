"""The values recommendations are made of: items, recommendations, and the whole list."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.analysis.budget import BudgetFit
from orgchart_app.analysis.change_classes import Operation


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    title: str
    grade: str
    employer: str
    posts: int
    fte: float
    post_refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Recommendation:
    # None for an item the user added by hand (a delegation, a review, reporting back).
    operation: Operation | None
    for_decision: bool
    verb: str
    # "the proposed establishment of the following posts"
    subject: str
    items: tuple[Item, ...]
    committee: str = "The Committee"
    # The changes it stands for ("deployment:MCC-021"): how an edited item finds them again.
    sources: frozenset[str] = frozenset()

    @property
    def sentence(self) -> str:
        listed = f": {'; '.join(i.text for i in self.items)}" if self.items else ""
        return f"{self.committee} is asked to {self.verb} {self.subject}{listed}."

    @property
    def posts(self) -> int:
        return sum(i.posts for i in self.items)

    @property
    def fte(self) -> float:
        return round(sum(i.fte for i in self.items), 4)


@dataclass(frozen=True, slots=True)
class Recommendations:
    from_name: str
    to_name: str
    own_employer: str
    recommendations: tuple[Recommendation, ...]
    financial: str
    # What a reader would trip on, and what changed without needing a recommendation.
    checks: tuple[str, ...]
    notes: tuple[str, ...]
    budget: BudgetFit | None = None
    # Items the user worded whose changes are no longer in the scenarios (kept, not dropped).
    flagged: tuple[str, ...] = ()
    # Drafted items for changes no worded item covers yet (listed after the worded ones).
    uncovered: tuple[Recommendation, ...] = ()
    # True when the items are the user's, in the user's order (not split decision / noting).
    worded: bool = False

    @property
    def for_decision(self) -> tuple[Recommendation, ...]:
        return tuple(r for r in self.recommendations if r.for_decision)

    @property
    def for_noting(self) -> tuple[Recommendation, ...]:
        return tuple(r for r in self.recommendations if not r.for_decision)

    def of(self, operation: Operation) -> tuple[Recommendation, ...]:
        return tuple(r for r in self.recommendations if r.operation is operation)
