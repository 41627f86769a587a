"""Moves built from plain edits, pinned exactly: "post only" moves, and a branch's nested units."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import (
    OrganisationId,
    OrganisationKind,
    PostId,
    Proposal,
    ScenarioKind,
    UnitId,
    UnitKind,
)
from orgchart_app.edits import (
    Batch,
    ChangeDeployment,
    MovePosts,
    MoveUnit,
    SetReportsTo,
    apply_edit,
)
from orgchart_app.edits.moves import MoveOptions, move_edit
from orgchart_app.samples.builder import ProposalBuilder


def _nested() -> tuple[Proposal, dict[str, PostId], dict[str, UnitId]]:
    """Council > Commissioning > Team A > A1 > A2, and Team B; a line from Director down to A2."""
    b = ProposalBuilder("Nested")
    council = b.organisation("Nested Council", "NC", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8")
    s = b.scenario("As is", ScenarioKind.AS_IS)
    root = b.unit(s, "Commissioning", UnitKind.PILLAR, council, unit_ref="COM")
    team_a = b.unit(s, "Team A", UnitKind.TEAM, council, root, unit_ref="A")
    a1 = b.unit(s, "A1", UnitKind.TEAM, council, team_a, unit_ref="A1")
    a2 = b.unit(s, "A2", UnitKind.TEAM, council, a1, unit_ref="A2")
    team_b = b.unit(s, "Team B", UnitKind.TEAM, council, root, unit_ref="B")
    director = b.post(s, "Director", root, council, post_ref="P1")
    lead = b.post(s, "Lead A", team_a, council, director, post_ref="P2")
    officer = b.post(s, "Officer A", team_a, council, lead, post_ref="P3")
    sub_lead = b.post(s, "Sub lead", a1, council, lead, post_ref="P4")
    sub_officer = b.post(s, "Sub officer", a2, council, sub_lead, post_ref="P5")
    posts = {
        "director": director,
        "lead": lead,
        "officer": officer,
        "sub_lead": sub_lead,
        "sub_officer": sub_officer,
    }
    return b.proposal, posts, {"A": team_a, "A1": a1, "A2": a2, "B": team_b}


def test_post_only_leaves_its_reports_under_its_own_manager() -> None:
    proposal, post, unit = _nested()
    edit = move_edit(
        proposal, (post["lead"],), unit_id=unit["B"], options=MoveOptions(post_only=True)
    )
    assert edit == Batch(
        (
            SetReportsTo((post["officer"], post["sub_lead"]), post["director"]),
            MovePosts((post["lead"],), unit["B"], with_team=False),
        ),
        'Move "Lead A" to "Team B"',
    )
    apply_edit(proposal, edit)
    assert proposal.posts[post["officer"]].unit_id == unit["A"]
    assert proposal.posts[post["sub_lead"]].reports_to_id == post["director"]


def test_a_branch_takes_the_outermost_of_its_nested_units_only() -> None:
    proposal, post, unit = _nested()
    edit = move_edit(proposal, (post["lead"],), unit_id=unit["B"])
    assert edit == Batch(
        (MovePosts((post["lead"],), unit["B"]), MoveUnit(unit["A1"], unit["B"])),
        'Move "Lead A" to "Team B"',
    )
    apply_edit(proposal, edit)
    assert proposal.units[unit["A1"]].parent_id == unit["B"]
    assert proposal.units[unit["A2"]].parent_id == unit["A1"]
    assert proposal.posts[post["sub_officer"]].unit_id == unit["A2"]


def test_a_branch_whose_units_loop_in_a_damaged_file_still_moves() -> None:
    proposal, post, unit = _nested()
    # A damaged file: A1's parent is A2, whose parent is A1. The walk up must end.
    a1, a2 = proposal.units[unit["A1"]], proposal.units[unit["A2"]]
    proposal.units[a1.id] = dataclasses.replace(a1, parent_id=a2.id)
    edit = move_edit(proposal, (post["lead"],), unit_id=unit["B"])
    assert isinstance(edit, Batch) and edit.edits[0] == MovePosts((post["lead"],), unit["B"])


def _spread() -> tuple[Proposal, dict[str, PostId], dict[str, UnitId], dict[str, OrganisationId]]:
    """Council units COM > A, B, Shared, and Empty at the top; Health's Clinical. Lead A's team
    reaches into Shared (Outpost), which also holds a post outside the team (Other)."""
    b = ProposalBuilder("Spread")
    council = b.organisation("Spread Council", "SC", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8")
    health = b.organisation("Spread Health", "SH", OrganisationKind.NHS_BODY, "#005eb8")
    oco = b.organisation("Spread OCO", "SO", OrganisationKind.LOCAL_AUTHORITY, "#555555")
    s = b.scenario("As is", ScenarioKind.AS_IS)
    root = b.unit(s, "Commissioning", UnitKind.PILLAR, council, unit_ref="COM")
    team_a = b.unit(s, "Team A", UnitKind.TEAM, council, root, unit_ref="A")
    team_b = b.unit(s, "Team B", UnitKind.TEAM, council, root, unit_ref="B")
    shared = b.unit(s, "Shared", UnitKind.TEAM, council, root, unit_ref="SH")
    empty = b.unit(s, "Empty", UnitKind.PILLAR, council, unit_ref="E")
    clinical = b.unit(s, "Clinical", UnitKind.PILLAR, health, unit_ref="CL")
    director = b.post(s, "Director", root, council, post_ref="P1")
    lead_a = b.post(s, "Lead A", team_a, council, director, post_ref="P2")
    officer = b.post(s, "Officer A", team_a, council, lead_a, post_ref="P3")
    outpost = b.post(s, "Outpost", shared, council, lead_a, post_ref="P4")
    other = b.post(s, "Other", shared, council, director, post_ref="P5")
    lead_b = b.post(s, "Lead B", team_b, council, director, post_ref="P6")
    seconded = b.post(s, "Seconded", team_b, council, lead_b, post_ref="P7", deployed_to_id=health)
    away = b.post(s, "Away", team_b, council, lead_b, post_ref="P8", deployed_to_id=oco)
    guest = b.post(s, "Guest", team_b, health, lead_b, post_ref="P9", deployed_to_id=council)
    nurse = b.post(s, "Nurse", clinical, health, post_ref="P10")
    posts = {
        "director": director,
        "lead_a": lead_a,
        "officer": officer,
        "outpost": outpost,
        "other": other,
        "lead_b": lead_b,
        "seconded": seconded,
        "away": away,
        "guest": guest,
        "nurse": nurse,
    }
    units = {"A": team_a, "B": team_b, "shared": shared, "empty": empty, "clinical": clinical}
    return b.proposal, posts, units, {"council": council, "health": health, "oco": oco}


def test_a_team_member_in_a_unit_the_team_does_not_hold_follows_on_its_own() -> None:
    proposal, post, unit, _ = _spread()
    assert move_edit(proposal, (post["lead_a"],), unit_id=unit["B"]) == Batch(
        (
            MovePosts((post["lead_a"],), unit["B"]),
            MovePosts((post["outpost"],), unit["B"], with_team=False),
            SetReportsTo((post["lead_a"],), post["lead_b"]),
        ),
        'Move "Lead A" to "Team B"',
    )


def test_a_head_is_never_one_of_the_posts_moving() -> None:
    proposal, post, unit, _ = _spread()
    # Outpost already sits in Shared and reports to Lead A: Lead A's team moving into Shared must
    # not report to its own Outpost but to Shared's other top post.
    assert move_edit(proposal, (post["lead_a"],), unit_id=unit["shared"]) == Batch(
        (
            MovePosts((post["lead_a"],), unit["shared"]),
            SetReportsTo((post["lead_a"],), post["other"]),
        ),
        'Move "Lead A" to "Shared"',
    )


def test_into_a_unit_with_no_head_the_line_manager_stays() -> None:
    proposal, post, unit, _ = _spread()
    assert move_edit(proposal, (post["officer"],), unit_id=unit["empty"]) == MovePosts(
        (post["officer"],), unit["empty"]
    )


def test_a_drop_where_the_post_already_is_is_left_for_apply_to_refuse() -> None:
    proposal, post, unit, _ = _spread()
    assert move_edit(
        proposal, (post["officer"],), unit_id=unit["A"], options=MoveOptions(keep_manager=True)
    ) == MovePosts((post["officer"],), unit["A"])


def test_no_posts_or_no_such_unit_is_no_move() -> None:
    proposal, post, unit, _ = _spread()
    assert move_edit(proposal, (), unit_id=unit["B"]) is None
    assert move_edit(proposal, (post["officer"],), unit_id=UnitId(999)) is None
    assert move_edit(proposal, (post["officer"],)) is None


def test_onto_a_manager_no_longer_in_the_file_the_unit_given_is_kept() -> None:
    proposal, post, unit, _ = _spread()
    # Only the line changes (apply refuses a manager that does not exist, in its own words).
    edit = move_edit(proposal, (post["officer"],), manager_id=PostId(999), unit_id=unit["A"])
    assert edit == SetReportsTo((post["officer"],), PostId(999))


def test_post_only_onto_a_manager_keeps_the_new_line_and_deploys_the_post_alone() -> None:
    proposal, post, unit, org = _spread()
    edit = move_edit(
        proposal, (post["lead_a"],), manager_id=post["nurse"], options=MoveOptions(post_only=True)
    )
    assert edit == Batch(
        (
            SetReportsTo((post["lead_a"],), post["nurse"]),
            SetReportsTo((post["officer"], post["outpost"]), post["director"]),
            MovePosts((post["lead_a"],), unit["clinical"], with_team=False),
            ChangeDeployment((post["lead_a"],), org["health"]),
        ),
        'Move "Lead A" under "Nurse" and deploy to SH',
    )


def test_two_posts_into_another_organisation_are_named_and_deployed_as_they_need() -> None:
    proposal, post, unit, org = _spread()
    movers = (post["seconded"], post["away"], post["guest"])
    edit = move_edit(proposal, movers, unit_id=unit["clinical"])
    assert isinstance(edit, Batch)
    assert edit.name == 'Move 3 posts to "Clinical" and deploy to SH'
    # Seconded is already deployed to Health; Guest, employed by Health, comes home.
    assert edit.edits[-2:] == (
        ChangeDeployment((post["guest"],), None),
        ChangeDeployment((post["away"],), org["health"]),
    )


def test_moved_where_they_already_work_nothing_about_employment_changes() -> None:
    proposal, post, unit, _ = _spread()
    edit = move_edit(proposal, (post["seconded"],), unit_id=unit["clinical"])
    assert edit == Batch(
        (
            MovePosts((post["seconded"],), unit["clinical"]),
            SetReportsTo((post["seconded"],), post["nurse"]),
        ),
        'Move "Seconded" to "Clinical"',
    )


def test_employed_where_it_moves_a_post_only_ends_its_deployment() -> None:
    proposal, post, unit, org = _spread()
    edit = move_edit(
        proposal,
        (post["guest"],),
        unit_id=unit["clinical"],
        options=MoveOptions(change_employer=True, keep_manager=True),
    )
    assert edit == Batch(
        (
            MovePosts((post["guest"],), unit["clinical"]),
            ChangeDeployment((post["guest"],), None),
        ),
        'Move "Guest" to "Clinical" and employ in SH',
    )
    assert org["health"] == proposal.posts[post["guest"]].employer_id


def test_a_branch_moved_into_one_of_its_own_units_moves_no_unit() -> None:
    proposal, post, unit = _nested()
    # A1 holds A2, the target: A1 cannot move into its own child, so its posts move one by one.
    assert move_edit(proposal, (post["lead"],), unit_id=unit["A2"]) == Batch(
        (
            MovePosts((post["lead"],), unit["A2"]),
            MovePosts((post["sub_lead"],), unit["A2"], with_team=False),
        ),
        'Move "Lead A" to "A2"',
    )


def _unit_below(proposal: Proposal, parent: UnitId, name: str) -> UnitId:
    unit_id = UnitId(max(proposal.units) + 1)
    proposal.units[unit_id] = dataclasses.replace(
        proposal.units[parent], id=unit_id, name=name, unit_ref=name, parent_id=parent
    )
    return unit_id


def _post_in(proposal: Proposal, unit_id: UnitId, manager: PostId, title: str) -> PostId:
    post_id = PostId(max(proposal.posts) + 1)
    proposal.posts[post_id] = dataclasses.replace(
        proposal.posts[manager],
        id=post_id,
        post_ref=title,
        title=title,
        unit_id=unit_id,
        reports_to_id=manager,
    )
    return post_id


def test_a_held_unit_below_one_the_branch_does_not_hold_still_travels_with_the_outer_one() -> None:
    proposal, post, unit = _nested()
    # A1 > A2 > A3: A2 also holds a post from outside the branch, so only A1 and A3 are the
    # branch's; A3 travels inside A1 (its grandparent), and is not moved on its own.
    a3 = _unit_below(proposal, unit["A2"], "A3")
    _post_in(proposal, a3, post["sub_officer"], "Deep officer")
    _post_in(proposal, unit["A2"], post["director"], "Outsider")
    assert move_edit(proposal, (post["lead"],), unit_id=unit["B"]) == Batch(
        (MovePosts((post["lead"],), unit["B"]), MoveUnit(unit["A1"], unit["B"])),
        'Move "Lead A" to "Team B"',
    )


def test_the_walk_up_from_a_unit_below_a_loop_of_units_ends() -> None:
    proposal, post, unit = _nested()
    # A damaged file: A1 and A2 are each other's parent, and A3 hangs below A2.
    a3 = _unit_below(proposal, unit["A2"], "A3")
    _post_in(proposal, a3, post["sub_officer"], "Deep officer")
    a1 = proposal.units[unit["A1"]]
    proposal.units[a1.id] = dataclasses.replace(a1, parent_id=unit["A2"])
    edit = move_edit(proposal, (post["lead"],), unit_id=unit["B"])
    assert isinstance(edit, Batch) and edit.edits[0] == MovePosts((post["lead"],), unit["B"])
