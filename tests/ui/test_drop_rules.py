"""What a drop means, decided without the GUI: manager, unit, organisation, employer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgchart_app.domain import PostId, Proposal
from orgchart_app.edits import (
    Batch,
    ChangeDeployment,
    ChangeEmployer,
    MovePosts,
    SetReportsTo,
    apply_edit,
)
from orgchart_app.edits.moves import MoveOptions, top_level
from orgchart_app.ui.canvas.interactions import drop_edit, move_options, plan_drop
from tests.ui.chart_fixtures import tiny_proposal


def ref(proposal: Proposal, post_ref: str) -> PostId:
    post = proposal.post_by_ref(next(iter(proposal.scenarios)), post_ref)
    assert post is not None
    return post.id


def test_a_selection_moves_as_its_top_posts_with_their_teams() -> None:
    proposal = tiny_proposal()
    director, lead, officer = ref(proposal, "P1"), ref(proposal, "P2"), ref(proposal, "P3")
    assert top_level(proposal, (officer, lead)) == (lead,)
    assert top_level(proposal, (lead, director, officer)) == (director,)


def test_onto_a_post_is_a_new_manager_and_onto_a_unit_a_move() -> None:
    proposal = tiny_proposal()
    lead_a, lead_b = ref(proposal, "P2"), ref(proposal, "P4")
    team_b = proposal.units[proposal.posts[lead_b].unit_id].id
    # Onto a post: it becomes the manager, and the post (with its team) joins its unit.
    onto = drop_edit(proposal, (lead_a,), lead_b, None)
    assert isinstance(onto, Batch)
    assert onto.edits == (SetReportsTo((lead_a,), lead_b), MovePosts((lead_a,), team_b))
    # Into a unit: the post moves, and reports to the unit's head.
    into = drop_edit(proposal, (lead_a,), None, team_b)
    assert isinstance(into, Batch)
    assert into.edits == (MovePosts((lead_a,), team_b), SetReportsTo((lead_a,), lead_b))
    assert drop_edit(
        proposal, (lead_a,), None, team_b, MoveOptions(keep_manager=True)
    ) == MovePosts((lead_a,), team_b)
    assert drop_edit(proposal, (lead_a,), None, None) is None


def test_into_another_organisation_deploys_there_and_back_home_ends_the_deployment() -> None:
    proposal = tiny_proposal()
    lead_a = ref(proposal, "P2")
    health = proposal.organisation_named("TH").id
    clinical = proposal.units[proposal.posts[ref(proposal, "P5")].unit_id].id
    away = drop_edit(proposal, (lead_a,), None, clinical)
    assert isinstance(away, Batch)
    team = {lead_a, ref(proposal, "P3")}
    assert away.edits[-1] == ChangeDeployment(tuple(sorted(team)), health)
    apply_edit(proposal, away)
    assert {proposal.posts[p].deployed_to_id for p in team} == {health}
    # Dropped back into a unit of their employer: not deployed any more.
    team_a = next(u.id for u in proposal.units.values() if u.name == "Team A")
    home = drop_edit(proposal, (lead_a,), None, team_a)
    assert isinstance(home, Batch) and home.edits[-1] == ChangeDeployment(tuple(sorted(team)), None)


def test_with_shift_the_employer_changes_instead() -> None:
    proposal = tiny_proposal()
    lead_b = ref(proposal, "P4")
    health = proposal.organisation_named("TH").id
    clinical = proposal.units[proposal.posts[ref(proposal, "P5")].unit_id].id
    edit = drop_edit(
        proposal, (lead_b,), None, clinical, move_options(Qt.KeyboardModifier.ShiftModifier)
    )
    assert isinstance(edit, Batch) and edit.edits[-1] == ChangeEmployer((lead_b,), health)


def test_planning_a_drop_changes_nothing_and_says_why_it_is_refused() -> None:
    proposal = tiny_proposal()
    lead_a, officer = ref(proposal, "P2"), ref(proposal, "P3")
    before = proposal.snapshot()
    plan = plan_drop(proposal, (lead_a,), officer, None)
    assert not plan.allowed and "reporting cycle" in plan.description
    plan = plan_drop(proposal, (officer,), ref(proposal, "P4"), None)
    assert plan.allowed and plan.description == 'Move "Officer A" under "Lead B"'
    assert proposal.snapshot() == before


def test_employed_in_another_organisation_the_old_deployment_ends() -> None:
    proposal = tiny_proposal()
    lead_b, council = ref(proposal, "P4"), proposal.organisation_named("TC").id
    health = proposal.organisation_named("TH").id
    apply_edit(proposal, ChangeDeployment((lead_b,), health))  # a council post working for Health
    clinical = proposal.units[proposal.posts[ref(proposal, "P5")].unit_id].id
    edit = drop_edit(
        proposal, (lead_b,), None, clinical, move_options(Qt.KeyboardModifier.ShiftModifier)
    )
    assert edit is not None
    apply_edit(proposal, edit)
    moved = proposal.posts[lead_b]
    assert (moved.employer_id, moved.deployed_to_id) == (health, None) and council != health
