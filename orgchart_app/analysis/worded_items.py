"""The recommendations as the report's author worded them, laid over the drafted ones.

Each worded item keeps the changes it was written for ("deployment:MCC-021"). When the
structure changes again, an item whose changes are all gone is flagged, never dropped, and a
change no worded item covers comes back as a drafted item after the worded ones, so nothing
the committee must decide goes unsaid.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.recommendation_types import (
    Item,
    Recommendation,
    Recommendations,
)
from orgchart_app.domain.drafts import COMMITTEE_VERBS, RecommendationItem
from orgchart_app.domain.ids import RecommendationItemId, ScenarioId
from orgchart_app.domain.proposal import Proposal

_COUNT = re.compile(r"\s+x\s*(\d+)\b")


def worded_items(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId
) -> tuple[RecommendationItem, ...]:
    """The items stored for this pair of scenarios, in the author's order."""
    return tuple(
        sorted(
            (
                i
                for i in proposal.recommendation_items.values()
                if i.from_scenario_id == from_id and i.to_scenario_id == to_id
            ),
            key=lambda i: (i.position, i.id),
        )
    )


def with_worded_items(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId, drafted: Recommendations
) -> Recommendations:
    stored = worded_items(proposal, from_id, to_id)
    if not stored:
        return drafted
    covered = frozenset().union(*(i.source_keys for i in stored))
    gone = gone_item_ids(proposal, from_id, to_id, drafted)
    flagged = tuple(
        _gone(number, item) for number, item in enumerate(stored, start=1) if item.id in gone
    )
    uncovered = tuple(r for r in (_uncovered(d, covered) for d in drafted.recommendations) if r)
    worded = tuple(_recommendation(item) for item in stored if item.included)
    return dataclasses.replace(
        drafted,
        recommendations=worded + uncovered,
        flagged=flagged,
        uncovered=uncovered,
        worded=True,
        checks=drafted.checks + flagged + tuple(_new(r) for r in uncovered),
    )


def gone_item_ids(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId, drafted: Recommendations
) -> frozenset[RecommendationItemId]:
    """The worded items written for changes none of which is between the scenarios any more
    (an item added by hand has no changes behind it, so it is never gone)."""
    present = frozenset().union(*(r.sources for r in drafted.recommendations))
    return frozenset(
        item.id
        for item in worded_items(proposal, from_id, to_id)
        if item.source_keys and not item.source_keys & present
    )


def _uncovered(drafted: Recommendation, covered: frozenset[str]) -> Recommendation | None:
    """The part of a drafted recommendation no worded item covers (a new post joins the
    drafted establishment list, but only it is missing from the worded one)."""
    missing = drafted.sources - covered
    if not missing or missing == drafted.sources:
        return drafted if missing else None
    operation = drafted.operation.value if drafted.operation else ""
    items = tuple(
        i for i in drafted.items if any(f"{operation}:{ref}" in missing for ref in i.post_refs)
    )
    return dataclasses.replace(drafted, items=items or drafted.items, sources=missing)


def _recommendation(item: RecommendationItem) -> Recommendation:
    operations = {key.partition(":")[0] for key in item.source_keys}
    known = {op.value: op for op in Operation}
    operation = known.get(next(iter(operations))) if len(operations) == 1 else None
    return Recommendation(
        operation,
        item.for_decision,
        item.verb,
        item.subject,
        tuple(_item(line) for line in item.entry_lines),
        sources=item.source_keys,
    )


def _item(line: str) -> Item:
    found = _COUNT.search(line)
    title = line[: found.start()] if found else line
    count = int(found.group(1)) if found else 1
    return Item(line.strip(), title.strip(), "", "", count, float(count), ())


def _gone(number: int, item: RecommendationItem) -> str:
    return (
        f"Recommendation {number} ({item.verb} {item.subject[:60]}) was written for changes "
        "that are no longer between these scenarios: check it or leave it out."
    )


def _new(recommendation: Recommendation) -> str:
    return (
        f"Drafted, not yet worded by you: {recommendation.verb} {recommendation.subject} "
        "(a change no worded recommendation covers)."
    )


def worded_item_problems(
    proposal: Proposal, drafts: Callable[[ScenarioId, ScenarioId], Recommendations]
) -> Iterator[str]:
    """What `orgchart validate` and the designer list about the worded items: a verb
    committees do not use, a change of a post in neither scenario, an item whose changes are
    gone. `drafts` drafts the recommendations of a pair (passed in: drafting needs this module)."""
    pairs = sorted(
        {(i.from_scenario_id, i.to_scenario_id) for i in proposal.recommendation_items.values()}
    )
    for from_id, to_id in pairs:
        names = f'"{proposal.scenarios[from_id].name}" to "{proposal.scenarios[to_id].name}"'
        gone = gone_item_ids(proposal, from_id, to_id, drafts(from_id, to_id))
        refs = _refs(proposal, from_id) | _refs(proposal, to_id)
        for number, item in enumerate(worded_items(proposal, from_id, to_id), start=1):
            where = f"Recommendation {number} ({names})"
            if item.verb.strip().lower() not in COMMITTEE_VERBS:
                yield (
                    f'{where}: "{item.verb}" is not a verb committees are asked to (use one '
                    f"of: {', '.join(COMMITTEE_VERBS)})"
                )
            missing = sorted(k.partition(":")[2] for k in item.source_keys)
            missing = [ref for ref in missing if ref not in refs]
            if missing:
                more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
                yield (
                    f"{where} is about posts in neither scenario: {', '.join(missing[:3])}{more}"
                )
            if item.id in gone:
                yield f"{where}: the changes it was written for are gone: check it or leave it out"


def _refs(proposal: Proposal, scenario_id: ScenarioId) -> set[str]:
    """The post and unit refs of a scenario: what a worded item's changes name."""
    return {p.post_ref for p in proposal.posts_in(scenario_id)} | {
        u.unit_ref for u in proposal.units_in(scenario_id)
    }
