"""The worded recommendations and the proposal's header, edited as the panel and the CLI do."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import RecommendationItemId, ScenarioId
from orgchart_app.domain.tables import Table
from orgchart_app.edits import SetProposalDetails, WordRecommendations, apply_edit
from orgchart_app.edits.patch import Write
from orgchart_app.edits.proposal_edits import MAX_NOTES, set_proposal_details
from orgchart_app.edits.recommendation_edits import word_recommendations

AS_IS, TO_BE = ScenarioId(1), ScenarioId(2)


def _item(item_id: int, verb: str = "note", subject: str = "the change") -> RecommendationItem:
    # Scenarios and position deliberately wrong: the edit sets them.
    return RecommendationItem(
        RecommendationItemId(item_id), ScenarioId(7), ScenarioId(8), 9, verb, subject
    )


def _refusal(proposal: Proposal, edit: object) -> str:
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, edit)  # type: ignore[arg-type]
    return str(refused.value)


def test_the_list_is_numbered_new_items_get_fresh_ids_and_dropped_ones_go(bury: Proposal) -> None:
    old = {i.id: i for i in bury.recommendation_items.values()}
    assert len(old) == 6 and all(
        (i.from_scenario_id, i.to_scenario_id) == (AS_IS, TO_BE) for i in old.values()
    )
    # An item for the other direction is not part of this list: it stays.
    other = dataclasses.replace(
        old[RecommendationItemId(1)],
        id=RecommendationItemId(50),
        from_scenario_id=TO_BE,
        to_scenario_id=AS_IS,
    )
    bury.recommendation_items[other.id] = other
    kept = old[RecommendationItemId(3)]
    edit = WordRecommendations(
        AS_IS, TO_BE, (_item(0, "agree"), kept, _item(0, "approve")), "Reword"
    )
    plan = word_recommendations(bury, edit)
    numbered = (
        RecommendationItem(RecommendationItemId(51), AS_IS, TO_BE, 1, "agree", "the change"),
        dataclasses.replace(kept, position=2),
        RecommendationItem(RecommendationItemId(52), AS_IS, TO_BE, 3, "approve", "the change"),
    )
    assert plan.name == "Reword"
    assert plan.resolved == dataclasses.replace(edit, items=numbered)
    assert plan.writes == [
        *(Write(Table.RECOMMENDATION_ITEMS, i, None) for i in old if i != kept.id),
        *(Write(Table.RECOMMENDATION_ITEMS, i.id, i) for i in numbered),
    ]
    applied = apply_edit(bury, edit)
    assert applied.edit == plan.resolved
    assert sorted(bury.recommendation_items) == [kept.id, 50, 51, 52]


def test_each_recommendation_is_refused_by_its_number(bury: Proposal) -> None:
    assert (
        _refusal(bury, WordRecommendations(AS_IS, ScenarioId(99), ())) == "There is no scenario 99."
    )
    assert _refusal(bury, WordRecommendations(TO_BE, TO_BE, ())) == (
        "Recommendations compare two different scenarios."
    )
    assert _refusal(bury, WordRecommendations(AS_IS, TO_BE, (_item(0), _item(0, " Ponder ")))) == (
        'Recommendation 2: " Ponder " is not a verb committees are asked to (use one of: '
        "support, agree, approve, note, delegate, endorse, accept, request)."
    )
    assert _refusal(
        bury, WordRecommendations(AS_IS, TO_BE, (_item(0), _item(0, " Agree ", "  ")))
    ) == ("Recommendation 2 has no wording: say what is asked.")


def test_the_title_is_trimmed_and_checked_and_the_step_named_for_what_changed(
    bury: Proposal,
) -> None:
    title = bury.info.title
    plan = set_proposal_details(bury, SetProposalDetails(f"  {title} ", "New notes"))
    after = dataclasses.replace(bury.info, notes="New notes")
    assert (plan.name, plan.writes) == (
        "Change the proposal's notes",
        [Write(Table.INFO, Table.INFO, after)],
    )
    applied = apply_edit(bury, SetProposalDetails(" Bury OCO ", "New notes"))
    assert applied.edit == SetProposalDetails("Bury OCO", "New notes")
    assert applied.name == 'Retitle the proposal "Bury OCO"'
    assert (bury.info.title, bury.info.notes) == ("Bury OCO", "New notes")
    assert _refusal(bury, SetProposalDetails("  ", "")) == "The proposal title cannot be empty."
    assert _refusal(bury, SetProposalDetails("Bury OCO", "New notes")) == (
        "The title and notes are as they were: nothing to change."
    )


def test_notes_may_run_to_the_limit_and_no_further(bury: Proposal) -> None:
    apply_edit(bury, SetProposalDetails(bury.info.title, "n" * MAX_NOTES))
    assert len(bury.info.notes) == MAX_NOTES
    assert _refusal(bury, SetProposalDetails(bury.info.title, "n" * (MAX_NOTES + 1))) == (
        "The notes are longer than 10,000 characters."
    )
