"""The recommendations as a list the user edits: what the panel and the CLI show and change.

The list is the items worded in the file, then a drafted item for each change none of them
covers; with nothing worded yet it is the whole draft. Each operation returns the list as it
should be afterwards, which one WordRecommendations edit stores (one undo step).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import RecommendationItemId, ScenarioId
from orgchart_app.domain.proposal import Proposal

if TYPE_CHECKING:  # drafting (costing, the diff, people costs) loads when a list is drafted
    from orgchart_app.analysis.costing import Costing
    from orgchart_app.analysis.recommendation_types import Recommendation
    from orgchart_app.analysis.recommendations import RecommendationSettings

Items = tuple[RecommendationItem, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class EditableList:
    items: Items
    # The worded items whose changes are no longer between the scenarios: shown, flagged.
    gone: frozenset[RecommendationItemId]


def editable_items(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    settings: RecommendationSettings | None = None,
    costs: Costing | None = None,
) -> EditableList:
    """The list for the pair; `costs` costs a scenario (cost_scenario unless given)."""
    # Here, not at the top: the Recommendations dock imports this module, and a window need
    # not load the drafting machinery (nor the costing) until the dock is first looked at.
    from orgchart_app.analysis.costing import cost_scenario
    from orgchart_app.analysis.recommendations import (
        RecommendationSettings,
        draft_recommendations,
    )
    from orgchart_app.analysis.worded_items import gone_item_ids, with_worded_items, worded_items

    drafted = draft_recommendations(
        proposal, from_id, to_id, settings or RecommendationSettings(), costs=costs or cost_scenario
    )
    stored = worded_items(proposal, from_id, to_id)
    extra = with_worded_items(proposal, from_id, to_id, drafted).uncovered if stored else ()
    new = extra if stored else drafted.recommendations
    return EditableList(
        stored + tuple(as_item(r, from_id, to_id) for r in new),
        gone_item_ids(proposal, from_id, to_id, drafted),
    )


def as_item(
    recommendation: Recommendation, from_id: ScenarioId, to_id: ScenarioId
) -> RecommendationItem:
    """A drafted recommendation as an item the user can word (not yet in the file: id 0)."""
    return RecommendationItem(
        RecommendationItemId(0),
        from_id,
        to_id,
        0,
        recommendation.verb,
        recommendation.subject,
        "\n".join(i.text for i in recommendation.items),
        recommendation.for_decision,
        True,
        "\n".join(sorted(recommendation.sources)),
    )


def _index(items: Items, number: int) -> int:
    if not 1 <= number <= len(items):
        count = f"1 to {len(items)}" if items else "none yet"
        raise EditRefused(f"There is no recommendation {number} (recommendations: {count}).")
    return number - 1


def edited(
    items: Items,
    number: int,
    *,
    verb: str | None = None,
    text: str | None = None,
    entries: str | None = None,
    for_decision: bool | None = None,
    included: bool | None = None,
) -> Items:
    """Item `number` (from 1) with the fields given changed; the others as they are."""
    index = _index(items, number)
    item = items[index]
    item = dataclasses.replace(
        item,
        verb=item.verb if verb is None else verb.strip(),
        subject=item.subject if text is None else text.strip(),
        entries=item.entries if entries is None else entries,
        for_decision=item.for_decision if for_decision is None else for_decision,
        included=item.included if included is None else included,
    )
    return items[:index] + (item,) + items[index + 1 :]


def added(items: Items, item: RecommendationItem, position: int | None = None) -> Items:
    """`item` (one written by hand: no changes behind it) at `position` (from 1), else last."""
    index = len(items) if position is None else _index(items + (item,), position)
    return items[:index] + (item,) + items[index:]


def removed(items: Items, number: int) -> Items:
    index = _index(items, number)
    return items[:index] + items[index + 1 :]


def moved(items: Items, number: int, to: int) -> Items:
    index, target = _index(items, number), _index(items, to)
    rest = items[:index] + items[index + 1 :]
    return rest[:target] + (items[index],) + rest[target:]


def hand_item(
    from_id: ScenarioId, to_id: ScenarioId, verb: str, text: str, for_decision: bool = True
) -> RecommendationItem:
    """An item no diff can show (a delegation, a review, reporting back)."""
    return RecommendationItem(
        RecommendationItemId(0), from_id, to_id, 0, verb.strip(), text.strip(), "", for_decision
    )


def item_line(number: int, item: RecommendationItem, gone: bool = False) -> str:
    """One line per item, as the panel and the CLI list them."""
    listed = f": {'; '.join(item.entry_lines)}" if item.entry_lines else ""
    marks = [
        "" if item.for_decision else "for noting",
        "" if item.included else "left out",
        "" if item.id else "drafted",
        "changes gone: check it" if gone else "",
    ]
    shown = "".join(f" [{m}]" for m in marks if m)
    return f"{number}. {item.verb} {item.subject}{listed}{shown}"
