"""Moves built from plain edits, pinned exactly: "post only" moves, and a branch's nested units."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import OrganisationKind, PostId, Proposal, ScenarioKind, UnitId, UnitKind
from orgchart_app.edits import Batch, MovePosts, MoveUnit, SetReportsTo, apply_edit
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
