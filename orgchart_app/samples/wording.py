"""The samples' recommendations as their reports word them, stored as the user's own items.

A sample's author does what a user does: takes the drafted recommendations and rewords them to
match the report (verb, wording, order, decision or noting), adds what no diff shows, and leaves
out what the report does not recommend. Each item names the changes it was written for, by the
drafted recommendation it rewords (its index) or by change key ("deployment:MCC-021").
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.analysis.recommendations import draft_recommendations
from orgchart_app.domain import Proposal
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.tables import Table


@dataclass(frozen=True, slots=True)
class Worded:
    verb: str
    subject: str
    entries: tuple[str, ...] = ()
    # Indexes into the drafted list, or change keys.
    sources: tuple[int | str, ...] = ()
    for_decision: bool = True
    included: bool = True


def word(proposal: Proposal, from_name: str, to_name: str, items: tuple[Worded, ...]) -> None:
    from_id = proposal.scenario_named(from_name).id
    to_id = proposal.scenario_named(to_name).id
    drafted = draft_recommendations(proposal, from_id, to_id).recommendations
    for position, item in enumerate(items, start=1):
        keys = sorted(
            {
                key
                for source in item.sources
                for key in (drafted[source].sources if isinstance(source, int) else (source,))
            }
        )
        item_id = proposal.next_id(Table.RECOMMENDATION_ITEMS)
        proposal.recommendation_items[item_id] = RecommendationItem(
            item_id,
            from_id,
            to_id,
            position,
            item.verb,
            item.subject,
            "\n".join(item.entries),
            item.for_decision,
            item.included,
            "\n".join(keys),
        )
