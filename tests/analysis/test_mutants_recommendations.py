"""The drafted recommendations (analysis/recommendations.py) for changes the samples do not make:
an ungraded post redesignated, deployments from the employer itself and from a partner."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.cost_basis import CostsInRecommendations
from orgchart_app.analysis.costing import CostingOptions
from orgchart_app.analysis.recommendation_types import Item, Recommendations
from orgchart_app.analysis.recommendations import (
    NO_FINANCIAL_IMPLICATIONS,
    RecommendationSettings,
    build_recommendations,
    own_employer,
)
from orgchart_app.domain import OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.model import Post
from orgchart_app.samples.builder import ProposalBuilder


def sentences(proposal: Proposal) -> list[str]:
    as_is, to_be = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    result = build_recommendations(proposal, as_is, to_be, use_stored=False)
    return [r.sentence for r in result.recommendations]


def change(proposal: Proposal, ref: str, **fields: object) -> None:
    post = proposal.post_by_ref(proposal.scenario_named("To be").id, ref)
    assert post is not None
    proposal.posts[post.id] = dataclasses.replace(post, **fields)  # type: ignore[arg-type]


def test_an_ungraded_post_redesignated_is_named_by_its_titles_alone(bury: Proposal) -> None:
    change(bury, "BC-1050", title="Head of Safeguarding")
    assert (
        "The Committee is asked to agree the redesignation of the following post: "
        "Head of Adult Safeguarding to Head of Safeguarding." in sentences(bury)
    )


def test_a_deployment_names_where_from_and_the_staff_in_all(bury: Proposal) -> None:
    ccg = next(o.id for o in bury.organisations.values() if o.short_name == "Bury CCG")
    # Two posts deployed to the OCO now deployed to the CCG; one deployed nowhere before.
    for ref in ("BC-1052", "BC-1053", "BC-3002"):
        change(bury, ref, deployed_to_id=ccg)
    deployments = [s for s in sentences(bury) if "change of deployment" in s]
    assert deployments == [
        "The Committee is asked to note the change of deployment of the following Bury Council "
        "posts from OCO to Bury CCG (2 staff in all): MCA and DoLS Lead; Reviewing Team Manager.",
        "The Committee is asked to note the change of deployment of the following Bury Council "
        "post from Bury Council to Bury CCG (1 staff in all): Intermediate Tier Manager.",
    ]


def test_a_change_of_employer_is_a_warning_not_a_recommendation(bury: Proposal) -> None:
    ccg = next(o.id for o in bury.organisations.values() if o.short_name == "Bury CCG")
    change(bury, "BC-3002", employer_id=ccg)
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    result = build_recommendations(bury, as_is, to_be, use_stored=False)
    assert result.checks[0] == (
        '"Intermediate Tier Manager" (BC-3002) changes employer from Bury Council to Bury CCG: '
        "a TUPE transfer or secondment, which needs its own report (no wording is generated)."
    )
    assert not any("Intermediate Tier Manager" in s for s in sentences(bury))


def line_management(proposal: Proposal) -> list[str]:
    return [s for s in sentences(proposal) if "line manage" in s and "Director of Primary" not in s]


def manager_id(proposal: Proposal, ref: str) -> object:
    post = proposal.post_by_ref(proposal.scenario_named("To be").id, ref)
    assert post is not None
    return post.id


def test_one_post_given_a_new_manager_is_one_post_permanently(bury: Proposal) -> None:
    change(bury, "BC-1051", reports_to_id=manager_id(bury, "BC-3002"))
    assert line_management(bury)[-1] == (
        "The Committee is asked to support the proposed permanent line management of the "
        "following post to the Intermediate Tier Manager: Safeguarding Operations Manager."
    )


def test_a_temporary_line_is_not_called_permanent(bury: Proposal) -> None:
    change(bury, "BC-1051", reports_to_id=manager_id(bury, "BC-3002"), temporary_line=True)
    assert line_management(bury)[-1] == (
        "The Committee is asked to support the proposed line management of the "
        "following post to the Intermediate Tier Manager: Safeguarding Operations Manager."
    )


def test_a_post_of_two_and_a_post_left_without_a_manager(bury: Proposal) -> None:
    change(bury, "BC-1051", reports_to_id=manager_id(bury, "BC-3002"), quantity=2)
    change(bury, "BC-1052", reports_to_id=None)
    assert line_management(bury)[-2:] == [
        "The Committee is asked to support the proposed permanent line management of the "
        "following posts to the Intermediate Tier Manager: Safeguarding Operations Manager "
        "x 2 FTE.",
        "The Committee is asked to note the proposal that the following post have no line "
        "manager: MCA and DoLS Lead.",
    ]


def test_one_manager_of_a_team_given_a_new_manager_is_a_team_manager(bury: Proposal) -> None:
    change(bury, "BC-3002", reports_to_id=manager_id(bury, "BC-1050"))
    assert (
        "The Committee is asked to support the proposed permanent line management of the "
        "following team manager to the Head of Adult Safeguarding: Intermediate Tier Manager."
        in sentences(bury)
    )


def test_a_team_transfer_item_counts_the_teams_posts_and_fte(bury: Proposal) -> None:
    change(bury, "BC-1060", fte=0.5)
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    result = build_recommendations(bury, as_is, to_be, use_stored=False)
    ((item,),) = [r.items for r in result.recommendations if r.operation is Operation.TEAM_TRANSFER]
    assert item == Item(
        "Personalisation & Support Business Team (financial assessments and personal budgets "
        "for social care customers)",
        "Personalisation & Support Business Team",
        "",
        "Bury Council",
        7,
        6.5,
        ("BC-1060", "BC-1061", "BC-1062"),
    )
    unit = bury.unit_called(to_be, "Personalisation & Support Business Team")
    bury.units[unit.id] = dataclasses.replace(unit, description="")
    again = build_recommendations(bury, as_is, to_be, use_stored=False)
    ((item,),) = [r.items for r in again.recommendations if r.operation is Operation.TEAM_TRANSFER]
    assert item.text == "Personalisation & Support Business Team"


def test_the_own_employer_is_the_council_with_most_posts_else_the_employer_with_most() -> None:
    b = ProposalBuilder("Employers")
    first = b.organisation("First Council", "FC", OrganisationKind.LOCAL_AUTHORITY)
    second = b.organisation("Second Council", "SC", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("A CCG", "CCG", OrganisationKind.NHS_BODY)
    trust = b.organisation("A Trust", "T", OrganisationKind.NHS_BODY)
    s = b.scenario("As is")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, first)
    b.post(s, "One", root, first)
    b.post(s, "Two", root, second, quantity=2)
    b.post(s, "Many", root, ccg, quantity=9)
    assert own_employer(b.proposal, s) == second
    assert own_employer(b.proposal, s, "A CCG") == ccg
    other = b.scenario("Partners")
    partners = b.unit(other, "Root", UnitKind.ORGANISATION, ccg)
    b.post(other, "Few", partners, ccg, quantity=2)
    b.post(other, "Most", partners, trust, quantity=3)
    assert own_employer(b.proposal, other) == trust
    empty = b.scenario("Empty")
    with pytest.raises(NotFound) as refused:
        own_employer(b.proposal, empty)
    assert str(refused.value) == "The scenario has no posts, so there is no employer to write for."


def test_an_operation_without_a_verb_set_takes_the_default() -> None:
    settings = RecommendationSettings(verbs={Operation.DELETION: "agree"})
    assert settings.verb(Operation.DELETION) == "agree"
    assert settings.verb(Operation.REGRADING) == "approve"
    assert settings.verb(Operation.DEPLOYMENT) == "note"


def drafted(proposal: Proposal, **settings: object) -> Recommendations:
    as_is, to_be = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    return build_recommendations(
        proposal,
        as_is,
        to_be,
        RecommendationSettings(**settings),  # type: ignore[arg-type]
        use_stored=False,
    )


def test_the_employer_named_in_the_settings_is_the_one_written_for(bury: Proposal) -> None:
    result = drafted(bury, own_employer="Bury CCG")
    assert result.own_employer == "NHS Bury Clinical Commissioning Group"
    # The move of the CCG's Mental Health posts to another department is now its transfer,
    # for decision; the council's changes are for noting.
    assert [(r.operation, r.for_decision) for r in result.recommendations] == [
        (Operation.POST_TRANSFER, True),
        (Operation.ESTABLISHMENT, False),
        (Operation.DELETION, False),
        (Operation.LINE_MANAGEMENT, False),
        (Operation.LINE_MANAGEMENT, False),
        (Operation.TEAM_TRANSFER, False),
    ]


def test_operations_left_out_of_the_order_come_after_it_as_found(bury: Proposal) -> None:
    result = drafted(bury, order=(Operation.TEAM_TRANSFER, Operation.DELETION))
    # The rest in the order the changes are found: teams, then post by post, new posts last.
    assert [r.operation for r in result.for_decision] == [
        Operation.TEAM_TRANSFER,
        Operation.DELETION,
        Operation.LINE_MANAGEMENT,
        Operation.POST_TRANSFER,
        Operation.ESTABLISHMENT,
    ]


def test_without_a_budget_the_cost_is_not_stated(bury: Proposal) -> None:
    bury.budget_lines = {}
    result = drafted(bury)
    assert result.budget is None
    assert result.financial.startswith(
        "The file records no budget, so the cost of the proposals is not stated."
    )


def test_the_costing_options_cost_the_proposals(bury_assumed_grades: Proposal) -> None:
    as_is = bury_assumed_grades.scenario_named("As is").id
    to_be = bury_assumed_grades.scenario_named("To be").id
    settings = RecommendationSettings(costs=CostsInRecommendations.WITH_ASSUMPTIONS)
    plain = build_recommendations(bury_assumed_grades, as_is, to_be, settings, use_stored=False)
    uplifted = build_recommendations(
        bury_assumed_grades,
        as_is,
        to_be,
        settings,
        CostingOptions(pay_uplift=Decimal(10)),
        use_stored=False,
    )
    assert plain.budget is not None and uplifted.budget is not None
    assert uplifted.budget.cost.total > plain.budget.cost.total


def test_a_total_counting_ungraded_posts_as_nothing_is_not_given(bury: Proposal) -> None:
    result = drafted(bury)  # the sample grades no post
    assert result.budget is None
    assert result.financial.startswith(
        "52 posts have no grade, so the structure's cost is not given."
    )


def test_the_scenarios_are_named_and_quiet_money_changes_noted(bury: Proposal) -> None:
    change(bury, "BC-3002", funded=False)
    result = drafted(bury)
    assert (result.from_name, result.to_name, result.own_employer) == (
        "As is",
        "To be",
        "Bury Council",
    )
    assert '"Intermediate Tier Manager" (BC-3002): no longer funded' in result.notes


def test_a_team_transfer_stands_for_its_unit(bury: Proposal) -> None:
    (team,) = [r for r in drafted(bury).recommendations if r.operation is Operation.TEAM_TRANSFER]
    assert team.sources == frozenset({"team_transfer:PSB"})


def test_one_title_at_two_grades_shows_the_grades(bury: Proposal) -> None:
    change(bury, "NEW-75", grade="G9")
    (established,) = [
        r for r in drafted(bury).recommendations if r.operation is Operation.ESTABLISHMENT
    ]
    assert [i.text for i in established.items][:2] == [
        "Senior Integrated Commissioning Manager G9 x 1 FTE",
        "Senior Integrated Commissioning Manager x 3 FTE",
    ]


def test_redesignations_regradings_and_hours_each_name_before_and_after(bury: Proposal) -> None:
    change(bury, "BC-1051", title="Safeguarding Lead", quantity=2)
    change(bury, "BC-1052", title="Safeguarding Lead")
    change(bury, "BC-1053", grade="G7")
    change(bury, "BC-1054", fte=0.5)
    change(bury, "BC-3002", quantity=3, fte=0.5)
    wanted = (Operation.REDESIGNATION, Operation.REGRADING, Operation.FTE_CHANGE)
    result = [r for r in drafted(bury).recommendations if r.operation in wanted]
    assert [r.sentence for r in result] == [
        "The Committee is asked to agree the redesignation of the following posts: Safeguarding "
        "Operations Manager to Safeguarding Lead x 2 FTE; MCA and DoLS Lead to Safeguarding Lead.",
        "The Committee is asked to approve the regrading of the following post: Reviewing Team "
        "Manager from no grade to G7.",
        "The Committee is asked to approve the change in the number or hours of the following "
        "posts: Safeguarding Lead from 1 FTE to 2 x 1 FTE; Reviewing Officer from 4 to 2 FTE; "
        "Intermediate Tier Manager from 1 FTE to 3 x 0.5 FTE.",
    ]
    assert [(i.posts, i.fte) for i in result[2].items] == [(2, 2.0), (4, 2.0), (3, 1.5)]


def test_posts_of_one_title_given_one_new_manager_are_one_item(bury: Proposal) -> None:
    for scenario in ("As is", "To be"):
        renamed = dataclasses.replace(post_of(bury, "BC-1053", scenario), title="Reviewing Officer")
        bury.posts[renamed.id] = renamed
    for ref in ("BC-1053", "BC-1054"):
        change(bury, ref, reports_to_id=manager_id(bury, "BC-3002"))
    assert (
        "The Committee is asked to support the proposed permanent line management of the "
        "following posts to the Intermediate Tier Manager: Reviewing Officer x 5 FTE."
        in sentences(bury)
    )


def post_of(proposal: Proposal, ref: str, scenario: str) -> Post:
    found = proposal.post_by_ref(proposal.scenario_named(scenario).id, ref)
    assert found is not None
    return found


def test_part_time_posts_are_counted_in_fte_and_posts(bury: Proposal) -> None:
    change(bury, "NEW-83", fte=0.5)
    as_is = post_of(bury, "BC-1052", "As is")
    bury.posts[as_is.id] = dataclasses.replace(as_is, grade="G7")
    managed = post_of(bury, "BC-1051", "As is")
    bury.posts[managed.id] = dataclasses.replace(managed, quantity=2, fte=0.5)
    change(bury, "BC-1051", quantity=2, fte=0.5, reports_to_id=manager_id(bury, "BC-3002"))
    result = drafted(bury).recommendations
    said = [r.sentence for r in result]
    assert said[0] == (
        "The Committee is asked to support the proposed establishment of the following posts: "
        "Senior Integrated Commissioning Manager x 4 FTE; Integrated Commissioning Officer x 7 "
        "FTE; Integrated Commissioning Support Officer x 1.5 FTE (3 posts); Quality Assurance "
        "Officer x 2 FTE."
    )
    assert (
        "The Committee is asked to support the proposed permanent line management of the "
        "following posts to the Intermediate Tier Manager: Safeguarding Operations Manager x 1 "
        "FTE (2 posts)." in said
    )
    ((regraded,),) = [r.items for r in result if r.operation is Operation.REGRADING]
    assert regraded == Item(
        "MCA and DoLS Lead from G7 to no grade",
        "MCA and DoLS Lead",
        "",
        "Bury Council",
        1,
        1.0,
        ("BC-1052",),
    )


def test_posts_of_one_title_redesignated_to_two_titles_are_two_items(bury: Proposal) -> None:
    for scenario in ("As is", "To be"):
        renamed = dataclasses.replace(post_of(bury, "BC-1053", scenario), title="MCA and DoLS Lead")
        bury.posts[renamed.id] = renamed
    change(bury, "BC-1052", title="Safeguarding Lead")
    change(bury, "BC-1053", title="Practice Lead")
    assert (
        "The Committee is asked to agree the redesignation of the following posts: MCA and DoLS "
        "Lead to Safeguarding Lead; MCA and DoLS Lead to Practice Lead." in sentences(bury)
    )


def test_one_post_redesignated_and_regraded_is_said_so(bury: Proposal) -> None:
    change(bury, "BC-1050", title="Head of Safeguarding", grade="G12")
    assert (
        "The Committee is asked to agree the redesignation and regrading of the following post: "
        "Head of Adult Safeguarding to Head of Safeguarding G12." in sentences(bury)
    )


def test_one_post_whose_hours_alone_change_is_a_change_in_hours(bury: Proposal) -> None:
    change(bury, "BC-1052", fte=0.5)
    assert (
        "The Committee is asked to approve the change in hours of the following post: MCA and "
        "DoLS Lead from 1 to 0.5 FTE." in sentences(bury)
    )


def test_two_teams_moved_to_one_place_are_teams(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    finance = bury.unit_called(to_be, "Finance Department")
    reviewing = bury.unit_called(to_be, "Reviewing Team")
    bury.units[reviewing.id] = dataclasses.replace(reviewing, parent_id=finance.id)
    (teams,) = [s for s in sentences(bury) if "transfer of the following team" in s]
    assert teams.startswith(
        "The Committee is asked to support the permanent transfer of the following teams to "
        "Corporate Core – Finance Department: Reviewing Team; Personalisation & Support "
        "Business Team ("
    )


def test_the_financial_sentence_states_the_cost_the_budget_and_the_one_off_costs(
    bury_assumed_grades: Proposal,
) -> None:
    result = drafted(bury_assumed_grades, costs=CostsInRecommendations.WITH_ASSUMPTIONS)
    assert result.financial.startswith(
        "The cost of the proposals can be met from within existing resources: the proposed "
        "posts cost £822,336 against £874,000 available, leaving £51,664. "
    )
    assert result.financial.endswith(
        " The one-off costs of the outcomes for staff are not estimated yet: 6 need a leaving "
        "date or the facts redundancy pay is worked out from (see orgchart cost --one-off)."
    )


def test_every_cost_neutral_kind_of_change_at_once_has_no_financial_implications(
    manchester: Proposal,
) -> None:
    # Manchester's own changes are a transfer, redesignations, deployments and an officer
    # category; a new line manager and a moved team make all six kinds that cost nothing.
    director = post_of(manchester, "MCC-050", "To be")
    executive = post_of(manchester, "MCC-010", "To be")
    manchester.posts[director.id] = dataclasses.replace(director, reports_to_id=executive.id)
    to_be = manchester.scenario_named("To be").id
    office = manchester.unit_called(to_be, "Chief Executive's Office")
    adults = manchester.unit_called(to_be, "Adult Social Services")
    manchester.units[office.id] = dataclasses.replace(office, parent_id=adults.id)
    result = drafted(manchester)
    assert {r.operation for r in result.for_decision} == {
        Operation.LINE_MANAGEMENT,
        Operation.POST_TRANSFER,
        Operation.TEAM_TRANSFER,
        Operation.REDESIGNATION,
        Operation.DEPLOYMENT,
        Operation.OFFICER_CATEGORY,
    }
    assert result.financial == NO_FINANCIAL_IMPLICATIONS
