"""The worded recommendations laid over the drafted ones (analysis/worded_items.py), word for
word: the flag on an item whose changes are gone (its subject cut at 60 characters), the note on
a change no item covers, and what validate lists about the posts an item names."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.recommendation_types import Item, Recommendations
from orgchart_app.analysis.recommendations import build_recommendations, draft_recommendations
from orgchart_app.analysis.worded_items import worded_item_problems, worded_items
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


def test_a_worded_item_becomes_a_recommendation_as_written(bury: Proposal) -> None:
    item = bury.recommendation_items[RecommendationItemId(1)]
    bury.recommendation_items[item.id] = dataclasses.replace(
        item,
        verb="agree",
        subject="the new posts",
        for_decision=False,
        entries=item.entries + "\nA delegation",
    )
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    result = build_recommendations(bury, as_is, to_be)
    assert result.worded is True
    first = result.recommendations[0]
    assert (first.operation, first.for_decision, first.verb, first.subject) == (
        Operation.ESTABLISHMENT,
        False,
        "agree",
        "the new posts",
    )
    assert first.sources == item.source_keys
    assert first.items[0] == Item(
        "Senior Integrated Commissioning Manager x 4",
        "Senior Integrated Commissioning Manager",
        "",
        "",
        4,
        4.0,
        (),
    )
    assert first.items[-1] == Item("A delegation", "A delegation", "", "", 1, 1.0, ())


def test_an_item_for_several_operations_or_an_unknown_one_has_none(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    written_for(bury, 1, "establishment:NEW-75\ndeletion:BC-1010")
    written_for(bury, 2, "merger:BC-1010")
    written_for(bury, 4, "post_transfer:BC-1070:X\npost_transfer:BC-1071")
    result = build_recommendations(bury, as_is, to_be)
    assert [r.operation for r in result.recommendations[:5]] == [
        None,
        None,
        Operation.LINE_MANAGEMENT,
        Operation.POST_TRANSFER,
        Operation.TEAM_TRANSFER,
    ]


def test_the_posts_a_worded_item_leaves_out_come_back_on_their_own(bury: Proposal) -> None:
    # The establishment item written for all new posts but NEW-84 (Quality Assurance Officer).
    item = bury.recommendation_items[RecommendationItemId(1)]
    kept = "\n".join(k for k in sorted(item.source_keys) if k != "establishment:NEW-84")
    written_for(bury, 1, kept)
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    (drafted,) = build_recommendations(bury, as_is, to_be).uncovered
    assert drafted.operation is Operation.ESTABLISHMENT
    assert drafted.sources == frozenset({"establishment:NEW-84"})
    assert [i.text for i in drafted.items] == ["Quality Assurance Officer x 2 FTE"]


def test_only_the_items_of_this_pair_of_scenarios_are_theirs(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    mine = worded_items(bury, as_is, to_be)
    first = mine[0]
    for n, pair in ((7, (as_is, ScenarioId(9))), (8, (ScenarioId(9), to_be)), (9, (to_be, as_is))):
        other = dataclasses.replace(
            first, id=RecommendationItemId(n), from_scenario_id=pair[0], to_scenario_id=pair[1]
        )
        bury.recommendation_items[other.id] = other
    assert worded_items(bury, as_is, to_be) == mine
    assert [i.id for i in worded_items(bury, to_be, as_is)] == [9]
