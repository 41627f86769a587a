"""The change lists of the two samples in committee wording (docs/DOMAIN.md section 2.2)."""

from __future__ import annotations

import json

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.cost_basis import COSTS_LEFT_OUT, CostsInRecommendations
from orgchart_app.analysis.recommendation_text import as_json, as_markdown, as_text
from orgchart_app.analysis.recommendations import (
    DEFAULT_VERBS,
    NO_FINANCIAL_IMPLICATIONS,
    Recommendations,
    RecommendationSettings,
    build_recommendations,
)
from orgchart_app.domain import Proposal
from orgchart_app.edits import DeletePost, Regrade, ReportsPolicy, SetReportsTo, apply_edit

FITS = "met from within existing resources"


def recommend(proposal: Proposal, **settings: object) -> Recommendations:
    """The draft the product writes from the diff (the samples' worded items set aside)."""
    return build_recommendations(
        proposal,
        proposal.scenario_named("As is").id,
        proposal.scenario_named("To be").id,
        RecommendationSettings(**settings),  # type: ignore[arg-type]
        use_stored=False,
    )


def items(result: Recommendations, operation: Operation, for_decision: bool = True) -> list[str]:
    return [
        i.text
        for r in result.recommendations
        if r.operation is operation and r.for_decision is for_decision
        for i in r.items
    ]


def test_bury_gives_the_reports_five_groups_in_its_order(bury_assumed_grades: Proposal) -> None:
    result = recommend(bury_assumed_grades)
    assert [r.operation for r in result.for_decision] == [
        Operation.ESTABLISHMENT,
        Operation.DELETION,
        Operation.LINE_MANAGEMENT,
        Operation.POST_TRANSFER,
        Operation.TEAM_TRANSFER,
    ]
    establish, delete = result.for_decision[0], result.for_decision[1]
    assert (len(establish.items), establish.fte) == (4, 16)
    assert establish.sentence == (
        "The Committee is asked to support the proposed establishment of the following posts: "
        "Senior Integrated Commissioning Manager x 4 FTE; Integrated Commissioning Officer x 7 "
        "FTE; Integrated Commissioning Support Officer x 3 FTE; Quality Assurance Officer x 2 FTE."
    )
    assert (len(delete.items), delete.fte) == (8, 21)
    assert items(result, Operation.DELETION) == [
        "Provider Relationship Manager x 1 FTE",
        "Provider Relationship Lead x 2 FTE",
        "Provider Relationship Officer x 7 FTE",
        "Strategic Planning & Development Manager x 1 FTE",
        "Strategic Planning & Development Lead x 1 FTE",
        "Strategic Planning & Development Officer x 3 FTE",
        "Project Lead x 3 FTE",
        "Carers Engagement Co-ordinator x 3 FTE",
    ]


def test_bury_line_management_transfers_and_the_team_named_once(
    bury_assumed_grades: Proposal,
) -> None:
    result = recommend(bury_assumed_grades)
    line = result.of(Operation.LINE_MANAGEMENT)[0]
    assert line.subject == (
        "the proposed permanent line management of the following team "
        "managers to the Director of Community Commissioning (DASS)"
    )
    assert [i.text for i in line.items] == [
        "Head of Adult Safeguarding",
        "Deputy Director of Primary Care (Bury CCG)",
    ]
    transfer = result.of(Operation.POST_TRANSFER)[0]
    assert transfer.subject.endswith("to Operations – Adult Social Care Intermediate Tier")
    assert [i.text for i in transfer.items] == [
        "Brokerage Relationship Officer x 1 FTE",
        "Brokerage Relationship Assistant x 1 FTE",
    ]
    (team,) = result.of(Operation.TEAM_TRANSFER)
    assert team.subject == (
        "the permanent transfer of the following team to Corporate Core – Finance Department"
    )
    assert [i.text for i in team.items] == [
        "Personalisation & Support Business Team (financial assessments and personal budgets "
        "for social care customers)"
    ]
    # Its members are not listed post by post anywhere else.
    listed = [
        ref
        for r in result.recommendations
        if r.operation is not Operation.TEAM_TRANSFER
        for i in r.items
        for ref in i.post_refs
    ]
    assert not {"BC-1060", "BC-1061", "BC-1062"} & set(listed)


def test_bury_notes_the_ccg_staff_placed_under_the_ccg_manager(
    bury_assumed_grades: Proposal,
) -> None:
    (noted,) = recommend(bury_assumed_grades).for_noting
    assert noted.verb == "note" and noted.operation is Operation.LINE_MANAGEMENT
    assert noted.subject.endswith("to the Deputy Director of Primary Care")
    assert noted.posts == 4


WITH_ASSUMPTIONS = CostsInRecommendations.WITH_ASSUMPTIONS


def test_a_cost_resting_on_assumed_grades_is_left_out_unless_asked_for(
    bury_assumed_grades: Proposal,
) -> None:
    # Bury's report gives no grades: the sample's £822,336 rests on assumed ones.
    left_out = recommend(bury_assumed_grades)
    # The sample's staff add a sentence on their own one-off costs, which rest on no grade.
    assert left_out.financial.startswith(COSTS_LEFT_OUT) and left_out.budget is None
    assert (
        "£" not in as_text(left_out) and json.loads(json.dumps(as_json(left_out)))["budget"] is None
    )
    given = recommend(bury_assumed_grades, costs=WITH_ASSUMPTIONS)
    assert "£822,336" in given.financial
    assert (
        "These figures rest on assumptions: grade: assumed for an illustrative costing"
        in given.financial
    )
    assert "(37 posts)" in given.financial  # every graded box of the to-be


def test_the_financial_sentence_is_claimed_only_when_the_budget_fits(
    bury_assumed_grades: Proposal,
) -> None:
    fits = recommend(bury_assumed_grades, costs=WITH_ASSUMPTIONS)
    assert FITS in fits.financial and "£822,336" in fits.financial and "£51,664" in fits.financial
    for post in [
        p
        for p in bury_assumed_grades.posts_in(bury_assumed_grades.scenario_named("To be").id)
        if p.title == "Integrated Commissioning Officer"
    ]:
        apply_edit(bury_assumed_grades, Regrade(post.id, "Grade 11"))
    too_dear = recommend(bury_assumed_grades, costs=WITH_ASSUMPTIONS)
    assert FITS not in too_dear.financial
    assert "a shortfall of £13,814" in too_dear.financial


def test_verbs_committee_and_grades_are_settings(bury_assumed_grades: Proposal) -> None:
    verbs = {**DEFAULT_VERBS, Operation.DELETION: "note", Operation.ESTABLISHMENT: "approve"}
    result = recommend(bury_assumed_grades, verbs=verbs, committee="The Panel", show_grades=True)
    establish, delete = result.for_decision[0], result.for_decision[1]
    assert establish.sentence.startswith("The Panel is asked to approve the proposed establishment")
    assert "Senior Integrated Commissioning Manager Grade 11 x 4 FTE" in establish.sentence
    assert delete.verb == "note"


def test_manchester_deployment_redesignations_and_the_deputy_dass(manchester: Proposal) -> None:
    result = recommend(manchester)
    assert result.own_employer == "Manchester City Council"
    (deployment,) = result.of(Operation.DEPLOYMENT)
    assert deployment.verb == "note" and deployment.posts == 32
    assert deployment.subject == (
        "the change of deployment of the following Manchester City "
        "Council posts from MHCC to MLCO (32 staff in all)"
    )
    assert [i.text for i in deployment.items] == [
        "Strategic Lead (Commissioning) SS2 x 2",
        "Commissioning staff (ASC operational commissioning) x 30",
    ]
    redesignations = items(result, Operation.REDESIGNATION)
    assert "Strategic Commissioning Lead SS2 to Head of Service Strategy SS2" in redesignations
    assert (
        "Director of Adult Services SS4 (an existing vacant and funded post) to Deputy "
        "Director of Adult Social Services SS4"
    ) in redesignations
    (category,) = result.of(Operation.OFFICER_CATEGORY)
    assert category.sentence == (
        "The Committee is asked to agree that the following post should "
        "be a non-designated Deputy Chief Officer: Deputy Director of "
        "Adult Social Services SS4."
    )
    # The former Deputy DASS's redesignation happened before the report (s.3.3): not drafted.
    assert "Business Transformation" not in as_text(result)


def test_manchester_has_no_financial_implications(manchester: Proposal) -> None:
    assert recommend(manchester).financial == NO_FINANCIAL_IMPLICATIONS


def test_a_deletion_by_the_own_employer_is_not_free(manchester: Proposal) -> None:
    to_be = manchester.scenario_named("To be").id
    director = manchester.post_by_ref(to_be, "MCC-050")
    assert director is not None
    apply_edit(manchester, DeletePost((director.id,)))
    result = recommend(manchester)
    assert result.financial != NO_FINANCIAL_IMPLICATIONS and FITS not in result.financial


def test_consistency_checks_name_what_a_reader_would_trip_on(bury_assumed_grades: Proposal) -> None:
    to_be = bury_assumed_grades.scenario_named("To be").id
    sicm = next(
        p for p in bury_assumed_grades.posts_in(to_be) if p.title.startswith("Senior Integrated")
    )
    apply_edit(bury_assumed_grades, Regrade(sicm.id, "Grade 12"))
    apply_edit(
        bury_assumed_grades, Regrade(bury_assumed_grades.post_by_ref(to_be, "BC-1051").id, "")
    )  # type: ignore[union-attr]
    # Delete a manager and leave its report with no manager at all.
    head = bury_assumed_grades.post_by_ref(to_be, "BC-1053")
    assert head is not None
    apply_edit(
        bury_assumed_grades,
        SetReportsTo((bury_assumed_grades.post_by_ref(to_be, "BC-1054").id,), None),
    )  # type: ignore[union-attr]
    apply_edit(bury_assumed_grades, DeletePost((head.id,), ReportsPolicy.REASSIGN_TO_MANAGER))
    checks = "\n".join(recommend(bury_assumed_grades).checks)
    assert (
        'posts titled "Senior Integrated Commissioning Manager" are graded Grade 11 and Grade 12'
        in checks
    )
    assert '"Safeguarding Operations Manager" (BC-1051) has no grade' in checks
    assert (
        '"Reviewing Officer" (BC-1054) reported to the deleted "Reviewing Team Manager"' in checks
    )


def test_the_sound_samples_raise_no_consistency_checks(
    bury: Proposal, bury_assumed_grades: Proposal, manchester: Proposal
) -> None:
    assert recommend(bury_assumed_grades).checks == ()
    # The report gives no grades: said once, not once per post.
    assert recommend(bury).checks == (
        "To be: no Bury Council post has a grade, so the structure cannot be costed or evaluated",
    )
    # Manchester's report gives the 30 commissioning staff, the Chief Executive, the Deputy and
    # the Director of Population Health no grade, so the sample gives none: the checks say so.
    assert recommend(manchester).checks == tuple(
        f'To be: "{title}" ({ref}) has no grade, so it cannot be costed or evaluated'
        for title, ref in (
            ("Chief Executive", "MCC-001"),
            ("Deputy Chief Executive", "MCC-002"),
            ("Commissioning staff (ASC operational commissioning)", "MCC-031"),
            ("Commissioning staff (ASC operational commissioning)", "MCC-032"),
            ("Director of Population Health and Wellbeing", "MCC-050"),
        )
    )


def test_text_markdown_and_json_say_the_same(bury_assumed_grades: Proposal) -> None:
    result = recommend(bury_assumed_grades, costs=WITH_ASSUMPTIONS)
    text, markdown = as_text(result), as_markdown(result)
    data = json.loads(json.dumps(as_json(result)))
    for rendering in (text, markdown):
        assert "Senior Integrated Commissioning Manager x 4 FTE" in rendering
        assert FITS in rendering
    assert "For decision\n" in text and "### For noting" in markdown
    assert [r["operation"] for r in data["recommendations"]][:5] == [
        "establishment",
        "deletion",
        "line_management",
        "post_transfer",
        "team_transfer",
    ]
    assert data["budget"] == {
        "available": "£874,000",
        "cost": "£822,336",
        "headroom": "£51,664",
        "fits": True,
    }
