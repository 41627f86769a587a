"""The edit of the recommendations the user words: the whole list for one pair of scenarios.

Every change the Recommendations panel or `orgchart recommendations ... edit` makes (a verb, the
wording, the order, decision or noting, left out, an item added or removed) is the list as it
should be afterwards, so one edit type covers them all and each is one undo step.
"""

from __future__ import annotations

import dataclasses

from orgchart_app.domain.drafts import COMMITTEE_VERBS, RecommendationItem
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import RecommendationItemId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def word_recommendations(proposal: Proposal, edit: t.WordRecommendations) -> Plan:
    for scenario_id in (edit.from_scenario_id, edit.to_scenario_id):
        if scenario_id not in proposal.scenarios:
            raise EditRefused(f"There is no scenario {scenario_id}.")
    if edit.from_scenario_id == edit.to_scenario_id:
        raise EditRefused("Recommendations compare two different scenarios.")
    items = _numbered(proposal, edit)
    for number, item in enumerate(items, start=1):
        check_item(number, item)
    kept = {item.id for item in items}
    writes = [
        Write(Table.RECOMMENDATION_ITEMS, old.id, None)
        for old in proposal.recommendation_items.values()
        if (old.from_scenario_id, old.to_scenario_id)
        == (edit.from_scenario_id, edit.to_scenario_id)
        and old.id not in kept
    ]
    writes += [Write(Table.RECOMMENDATION_ITEMS, item.id, item) for item in items]
    return Plan(writes, edit.name, resolved=dataclasses.replace(edit, items=items))


def _numbered(proposal: Proposal, edit: t.WordRecommendations) -> tuple[RecommendationItem, ...]:
    """The items in order with their positions 1, 2, ... and ids allocated for new ones."""
    next_id = proposal.next_id(Table.RECOMMENDATION_ITEMS)
    numbered: list[RecommendationItem] = []
    for position, item in enumerate(edit.items, start=1):
        item_id = item.id
        if item_id == 0:
            item_id, next_id = next_id, RecommendationItemId(next_id + 1)
        numbered.append(
            dataclasses.replace(
                item,
                id=item_id,
                position=position,
                from_scenario_id=edit.from_scenario_id,
                to_scenario_id=edit.to_scenario_id,
            )
        )
    return tuple(numbered)


def check_item(number: int, item: RecommendationItem) -> None:
    """EditRefused in one sentence for a verb committees do not use or an item with no words."""
    if item.verb.strip().lower() not in COMMITTEE_VERBS:
        raise EditRefused(
            f'Recommendation {number}: "{shown(item.verb)}" is not a verb committees are asked '
            f"to (use one of: {', '.join(COMMITTEE_VERBS)})."
        )
    if not item.subject.strip():
        raise EditRefused(f"Recommendation {number} has no wording: say what is asked.")
