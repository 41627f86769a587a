"""The worded recommendations laid over the drafted ones (analysis/worded_items.py), word for
word: the flag on an item whose changes are gone (its subject cut at 60 characters), the note on
a change no item covers, and what validate lists about the posts an item names."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.recommendation_types import Recommendations
from orgchart_app.analysis.recommendations import build_recommendations, draft_recommendations
from orgchart_app.analysis.worded_items import worded_item_problems
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import RecommendationItemId, ScenarioId

WHERE = 'Recommendation 1 ("As is" to "To be")'


def written_for(proposal: Proposal, number: int, sources: str) -> None:
    item = proposal.recommendation_items[RecommendationItemId(number)]
    proposal.recommendation_items[item.id] = dataclasses.replace(item, sources=sources)


def problems(proposal: Proposal) -> list[str]:
    def drafts(from_id: ScenarioId, to_id: ScenarioId) -> Recommendations:
        return draft_recommendations(proposal, from_id, to_id)

    return list(worded_item_problems(proposal, drafts))


def test_a_gone_item_is_flagged_and_its_change_drafted_word_for_word(bury: Proposal) -> None:
    # Item 3 (line management) and item 4 (the transfer of two posts) written for other posts.
    written_for(bury, 3, "line_management:BC-1010")
    written_for(bury, 4, "post_transfer:BC-1010")
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    result = build_recommendations(bury, as_is, to_be)
    assert result.flagged == (
        "Recommendation 3 (support the proposed permanent line management of the following team)"
        " was written for changes that are no longer between these scenarios: check it or leave"
        " it out.",
        "Recommendation 4 (support the proposed permanent transfer of the following posts to th)"
        " was written for changes that are no longer between these scenarios: check it or leave"
        " it out.",
    )
    assert result.checks[-4:-2] == result.flagged
    assert result.checks[-2:] == (
        "Drafted, not yet worded by you: support the proposed permanent line management of the "
        "following team managers to the Director of Community Commissioning (DASS) (a change no "
        "worded recommendation covers).",
        "Drafted, not yet worded by you: support the permanent transfer of the following posts "
        "to Operations – Adult Social Care Intermediate Tier (a change no worded recommendation "
        "covers).",
    )


def test_the_posts_an_item_names_in_neither_scenario_are_listed_three_then_counted(
    bury: Proposal,
) -> None:
    # A ref may itself hold a colon: only the operation is cut off.
    written_for(bury, 1, "establishment:X:1\nestablishment:X:2\nestablishment:X:3")
    gone = f"{WHERE}: the changes it was written for are gone: check it or leave it out"
    assert problems(bury) == [f"{WHERE} is about posts in neither scenario: X:1, X:2, X:3", gone]
    written_for(bury, 1, "establishment:X:1\nestablishment:X:2\nestablishment:X:3\nx:X:4")
    assert problems(bury) == [
        f"{WHERE} is about posts in neither scenario: X:1, X:2, X:3 and 1 more",
        gone,
    ]
