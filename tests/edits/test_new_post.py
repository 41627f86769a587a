"""A new post takes its employer, deployment, grade scale and cost code from its manager or
neighbours, not from the unit's organisation alone (issue 17, point 5)."""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.analysis.costing import cost_post
from orgchart_app.analysis.pay import pay_years
from orgchart_app.domain import CostingPoint, Proposal
from orgchart_app.edits import EstablishPost, apply_edit
from orgchart_app.edits.moves import team_head
from orgchart_app.edits.new_post import post_like_neighbours


def test_a_post_added_to_an_oco_team_of_ccg_officers_is_a_ccg_post_on_the_nhs_scale(
    bury_assumed_grades: Proposal,
) -> None:
    scenario = bury_assumed_grades.scenario_named("To be").id
    team = bury_assumed_grades.unit_called(
        scenario, "Mental Health"
    )  # an OCO unit of Bury CCG officers
    head = team_head(bury_assumed_grades, team.id)
    assert head is not None
    neighbour = bury_assumed_grades.post_by_ref(
        scenario, "CCG-2013"
    )  # Mental Health Commissioning Officer x 2
    assert neighbour is not None and neighbour.unit_id == team.id
    new = post_like_neighbours(bury_assumed_grades, team.id, "Mental Health Commissioning Officer")
    assert new.reports_to_id == head
    assert (new.employer_id, new.deployed_to_id, new.cost_code) == (
        neighbour.employer_id,
        neighbour.deployed_to_id,
        neighbour.cost_code,
    )
    employer, unit_owner = (
        bury_assumed_grades.organisations[i] for i in (new.employer_id, team.organisation_id)
    )
    assert employer.pay_scale_id is not None and unit_owner.pay_scale_id is None
    # Graded like its neighbour, it is costed like it: on the same scale, with the same on-costs.
    applied = apply_edit(
        bury_assumed_grades, EstablishPost(replace(new, grade=neighbour.grade, fte=neighbour.fte))
    )
    assert isinstance(applied.edit, EstablishPost)
    year = pay_years(bury_assumed_grades)[-1]
    costs = [
        cost_post(bury_assumed_grades, bury_assumed_grades.posts[p], CostingPoint.TOP, year)
        for p in (applied.edit.post.id, neighbour.id)
    ]
    assert costs[0].problem == "" and costs[0].total * neighbour.quantity == costs[1].total


def test_with_no_team_mates_the_manager_is_the_model(bury_assumed_grades: Proposal) -> None:
    scenario = bury_assumed_grades.scenario_named("To be").id
    team = bury_assumed_grades.unit_called(scenario, "Public Health")  # its director alone
    (director,) = [p for p in bury_assumed_grades.posts_in(scenario) if p.unit_id == team.id]
    new = post_like_neighbours(bury_assumed_grades, team.id, "Consultant in Public Health")
    assert new.reports_to_id == director.id
    assert (new.employer_id, new.deployed_to_id) == (director.employer_id, director.deployed_to_id)
    assert new.employer_id != team.organisation_id
