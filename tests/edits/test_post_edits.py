"""Post edits: each applies, refuses what would break the proposal, and undoes exactly."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.domain import EditRefused, PostStatus, Proposal
from orgchart_app.domain.model import Post
from orgchart_app.edits import (
    ChangeDeployment,
    ChangeFte,
    ChangeQuantity,
    DeletePost,
    EstablishPost,
    MovePosts,
    Redesignate,
    Regrade,
    ReportsPolicy,
    SetReportsTo,
    SetStatus,
    UpdatePost,
    apply_edit,
)


def ref(proposal: Proposal, scenario: str, post_ref: str) -> int:
    post = proposal.post_by_ref(proposal.scenario_named(scenario).id, post_ref)
    assert post is not None, post_ref
    return post.id


def test_moving_a_manager_moves_its_team_in_the_same_unit_as_one_edit(bury: Proposal) -> None:
    before = bury.snapshot()
    manager = ref(bury, "As is", "BC-1050")  # Head of Adult Safeguarding
    target = bury.unit_called(bury.scenario_named("As is").id, "Brokerage")
    applied = apply_edit(bury, MovePosts((manager,), target.id))
    moved = {bury.posts[i].post_ref for i in applied.changes.posts}
    # Its two reports in Adult Safeguarding come along; the Reviewing Team keeps its own unit.
    assert moved == {"BC-1050", "BC-1051", "BC-1052"}
    assert bury.posts[ref(bury, "As is", "BC-1053")].unit_id != target.id
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_a_post_cannot_report_to_its_own_report(bury: Proposal) -> None:
    before = bury.snapshot()
    lead = ref(bury, "As is", "BC-1003")
    officer = ref(bury, "As is", "BC-1013")
    with pytest.raises(EditRefused, match="reporting cycle"):
        apply_edit(bury, SetReportsTo((lead,), officer))
    assert bury.snapshot() == before


def test_a_post_cannot_report_to_a_post_in_another_scenario(bury: Proposal) -> None:
    with pytest.raises(EditRefused, match="same scenario"):
        apply_edit(
            bury, SetReportsTo((ref(bury, "To be", "BC-1050"),), ref(bury, "As is", "BC-1002"))
        )


def test_a_post_cannot_move_to_a_unit_of_another_scenario(bury: Proposal) -> None:
    unit = bury.unit_called(bury.scenario_named("As is").id, "Brokerage")
    with pytest.raises(EditRefused, match="another scenario"):
        apply_edit(bury, MovePosts((ref(bury, "To be", "BC-1050"),), unit.id))


@pytest.mark.parametrize("fte", [0.0, -1.0, 1.5, 37.0, 1e-300])
def test_fte_must_be_sane(bury: Proposal, fte: float) -> None:
    with pytest.raises(EditRefused, match="FTE must be"):
        apply_edit(bury, ChangeFte(ref(bury, "As is", "BC-1050"), fte))


def test_quantity_must_be_at_least_one(bury: Proposal) -> None:
    with pytest.raises(EditRefused, match="quantity"):
        apply_edit(bury, ChangeQuantity(ref(bury, "As is", "BC-1013"), 0))


@pytest.mark.parametrize("salary", ["-1", "10000000.01", "99999999", "1E-300"])
def test_a_stated_salary_stays_within_what_a_file_can_hold(bury: Proposal, salary: str) -> None:
    # Saved, a £99,999,999 salary made a file that could not be opened again.
    with pytest.raises(EditRefused, match="salary must be £0, or between £0.01 and £10,000,000"):
        apply_edit(bury, UpdatePost(ref(bury, "As is", "BC-1050"), (("salary", Decimal(salary)),)))


def test_regrade_needs_a_known_grade_once_grades_exist(bury: Proposal) -> None:
    post = ref(bury, "As is", "BC-1050")
    with pytest.raises(EditRefused, match='Grade "Grade 99" is not one of'):
        apply_edit(bury, Regrade(post, "Grade 99"))
    apply_edit(bury, Regrade(post, "Grade 11"))
    assert bury.posts[post].grade == "Grade 11"
    bury.grades.clear()  # a file without grades accepts any grade
    apply_edit(bury, Regrade(post, "Grade 99"))
    assert bury.posts[post].grade == "Grade 99"


def test_deleting_a_manager_hands_its_reports_to_its_own_manager_and_says_so(
    bury: Proposal,
) -> None:
    manager = ref(bury, "As is", "BC-1010")
    applied = apply_edit(bury, DeletePost((manager,)))
    leads = [bury.posts[ref(bury, "As is", r)] for r in ("BC-1011", "BC-1012")]
    assert all(lead.reports_to_id == ref(bury, "As is", "BC-1003") for lead in leads)
    assert (
        applied.messages
        == (
            '"Provider Relationship Lead" now reports to "Strategic Lead (Strategy & Development)".',
        )
        * 2
    )


def test_deleting_a_team_removes_everyone_beneath(bury: Proposal) -> None:
    before = len(bury.posts)
    apply_edit(bury, DeletePost((ref(bury, "As is", "BC-1010"),), ReportsPolicy.DELETE_TEAM))
    assert len(bury.posts) == before - 5


def test_deleting_a_post_removes_its_dotted_lines_and_postholders(bury: Proposal) -> None:
    head = ref(bury, "As is", "BC-1050")
    assert bury.postholders_of(head)
    ddpc = ref(bury, "As is", "CCG-2001")
    apply_edit(bury, DeletePost((head, ddpc)))
    assert not bury.postholders_of(head)
    assert all(ddpc not in (d.from_post_id, d.to_post_id) for d in bury.dotted_lines.values())


def test_establish_allocates_id_and_reference_and_redo_recreates_the_same_post(
    bury: Proposal,
) -> None:
    scenario = bury.scenario_named("To be").id
    unit = bury.unit_called(scenario, "Learning Disability")
    council = bury.organisation_named("Bury Council").id
    template = Post(0, scenario, "", "Commissioning Apprentice", unit.id, council)  # type: ignore[arg-type]
    applied = apply_edit(bury, EstablishPost(template))
    created = bury.posts[applied.edit.post.id]  # type: ignore[union-attr]
    assert created.post_ref.startswith("NEW-") and created.title == "Commissioning Apprentice"
    after = bury.snapshot()
    apply_edit(bury, applied.inverse)
    apply_edit(bury, applied.edit)
    assert bury.snapshot() == after


def test_duplicate_post_reference_is_refused(bury: Proposal) -> None:
    with pytest.raises(EditRefused, match='"BC-1001" is already used'):
        apply_edit(bury, UpdatePost(ref(bury, "As is", "BC-1002"), (("post_ref", "BC-1001"),)))


def test_field_edits_change_one_field(bury: Proposal) -> None:
    post = ref(bury, "As is", "BC-1071")
    apply_edit(bury, Redesignate(post, "Brokerage Assistant"))
    apply_edit(bury, SetStatus((post,), PostStatus.HELD_VACANT))
    mhcc_like = bury.organisation_named("Bury LCO").id
    apply_edit(bury, ChangeDeployment((post,), mhcc_like))
    record = bury.posts[post]
    assert (record.title, record.status, record.deployed_to_id) == (
        "Brokerage Assistant",
        PostStatus.HELD_VACANT,
        mhcc_like,
    )


def test_an_edit_that_changes_nothing_is_refused(bury: Proposal) -> None:
    post = bury.posts[ref(bury, "As is", "BC-1071")]
    with pytest.raises(EditRefused, match="already"):
        apply_edit(bury, Redesignate(post.id, post.title))


def test_unknown_fields_are_refused(bury: Proposal) -> None:
    with pytest.raises(EditRefused, match="no field"):
        apply_edit(bury, UpdatePost(ref(bury, "As is", "BC-1071"), (("scenario_id", 2),)))


def test_records_are_values(bury: Proposal) -> None:
    post = next(iter(bury.posts.values()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        post.title = "x"  # type: ignore[misc]
