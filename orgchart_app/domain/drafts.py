"""Recommendations the user owns: the committee's items as worded for one pair of scenarios.

The product drafts recommendations from the diff; a report's author then changes the verb, the
wording, the order, what is for decision and what is left out, and adds what no diff can show
(a delegation, a review, reporting back). Those items are kept in the file, each with the changes
it was written for, so that they survive the structure changing again.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.ids import RecommendationItemId, ScenarioId

# The verbs committee reports ask for (the seeds: support, note, agree, approve, delegate).
COMMITTEE_VERBS = (
    "support",
    "agree",
    "approve",
    "note",
    "delegate",
    "endorse",
    "accept",
    "request",
)


@dataclass(frozen=True, slots=True)
class RecommendationItem:
    id: RecommendationItemId
    from_scenario_id: ScenarioId
    to_scenario_id: ScenarioId
    position: int
    verb: str
    # "the proposed establishment of the following posts"
    subject: str
    # The listed entries, one a line ("Senior Integrated Commissioning Manager x 4").
    entries: str = ""
    for_decision: bool = True
    included: bool = True
    # The changes it was written for, one "operation:ref" a line; "" for an item added by hand.
    sources: str = ""

    @property
    def entry_lines(self) -> tuple[str, ...]:
        return tuple(line for line in self.entries.splitlines() if line.strip())

    @property
    def source_keys(self) -> frozenset[str]:
        return frozenset(line.strip() for line in self.sources.splitlines() if line.strip())
