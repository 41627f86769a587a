"""Recommendations the user worded: kept in the file, kept through later changes, flagged when
the changes they were written for are gone, and never hiding a change they do not cover."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from orgchart_app.analysis.recommendation_text import as_text
from orgchart_app.analysis.recommendations import Recommendations, build_recommendations
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import PostId, PostStatus, Proposal
from orgchart_app.edits import DeletePost, DeleteScenario, EstablishPost, SetReportsTo, apply_edit
from orgchart_app.storage import open_proposal, save_proposal


def recommend(proposal: Proposal) -> Recommendations:
    return build_recommendations(
        proposal, proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    )


def test_worded_items_are_kept_in_the_file_exactly(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "bury.sqlite"
    save_proposal(bury, path)
    reopened = open_proposal(path).proposal
    assert reopened.recommendation_items == bury.recommendation_items
    assert as_text(recommend(reopened)) == as_text(recommend(bury))


def test_an_item_whose_changes_are_gone_is_flagged_not_dropped(bury: Proposal) -> None:
    # Undo the line management changes of section 7's third item in the to-be.
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    for ref in ("BC-1050", "CCG-2001"):
        before, after = bury.post_by_ref(as_is, ref), bury.post_by_ref(to_be, ref)
        assert before is not None and after is not None and before.reports_to_id is not None
        manager = bury.post_by_ref(to_be, bury.posts[before.reports_to_id].post_ref)
        assert manager is not None
        apply_edit(bury, SetReportsTo((after.id,), manager.id))
    result = recommend(bury)
    assert len(result.recommendations) == 5
    assert "Head of Adult Safeguarding" in result.recommendations[2].items[0].text
    (flag,) = result.flagged
    assert flag.startswith("Recommendation 3 (support the proposed permanent line management")
    assert flag in result.checks


def test_a_change_no_worded_item_covers_is_drafted_after_them(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    template = next(p for p in bury.posts_in(to_be) if p.title == "Quality Assurance Officer")
    post = dataclasses.replace(
        template,
        id=PostId(0),
        post_ref="",
        title="Contracts Officer",
        quantity=1,
        status=PostStatus.VACANT,
    )
    apply_edit(bury, EstablishPost(post))
    result = recommend(bury)
    assert len(result.recommendations) == 6 and not result.flagged
    (drafted,) = result.uncovered
    assert result.recommendations[5] is drafted
    assert [i.text for i in drafted.items] == ["Contracts Officer x 1 FTE"]
    assert any(c.startswith("Drafted, not yet worded by you") for c in result.checks)


def test_validate_names_a_verb_the_committee_does_not_use(bury: Proposal) -> None:
    first_id = min(bury.recommendation_items)
    first = bury.recommendation_items[first_id]
    bury.recommendation_items[first_id] = dataclasses.replace(
        first, verb="rubber-stamp", sources=first.sources + "\nestablishment:BC-9999"
    )
    assert validate_proposal(bury) == [
        (
            'Recommendation 1 ("As is" to "To be"): "rubber-stamp" is not a verb committees are '
            "asked to (use one of: support, agree, approve, note, delegate, endorse, accept, request)"
        ),
        'Recommendation 1 ("As is" to "To be") is about posts in neither scenario: BC-9999',
    ]


def test_validate_lists_an_item_whose_changes_are_gone(bury: Proposal) -> None:
    # Section 7's new posts deleted again from the to-be: the item stays, flagged by validate.
    to_be = bury.scenario_named("To be").id
    first = bury.recommendation_items[min(bury.recommendation_items)]
    refs = sorted(key.partition(":")[2] for key in first.source_keys)
    posts = [bury.post_by_ref(to_be, ref) for ref in refs]
    apply_edit(bury, DeletePost(tuple(p.id for p in posts if p is not None)))
    assert validate_proposal(bury) == [
        f'Recommendation 1 ("As is" to "To be") is about posts in neither scenario: '
        f"{', '.join(refs[:3])} and {len(refs) - 3} more",
        'Recommendation 1 ("As is" to "To be"): the changes it was written for are gone: '
        "check it or leave it out",
    ]
    assert len(recommend(bury).recommendations) == 5


def test_deleting_a_scenario_takes_its_worded_items_and_undo_brings_them_back(
    bury: Proposal, tmp_path: Path
) -> None:
    before = dict(bury.recommendation_items)
    applied = apply_edit(bury, DeleteScenario(bury.scenario_named("To be").id))
    assert bury.recommendation_items == {}
    save_proposal(bury, tmp_path / "one.sqlite")
    assert open_proposal(tmp_path / "one.sqlite").proposal.recommendation_items == {}
    apply_edit(bury, applied.inverse)
    assert bury.recommendation_items == before
