"""The diff of the sample proposals, checked against what the committee reports state."""

from __future__ import annotations

import dataclasses
from collections import Counter

from orgchart_app.analysis.diff import ChangeKind, UnitChangeKind, diff_scenarios
from orgchart_app.domain import Proposal
from orgchart_app.edits import Redesignate, apply_edit


def bury_diff(bury: Proposal):  # type: ignore[no-untyped-def]
    return diff_scenarios(bury, bury.scenario_named("As is").id, bury.scenario_named("To be").id)


def test_bury_establishes_16_posts_in_4_titles(bury: Proposal) -> None:
    established = bury_diff(bury).of_kind(ChangeKind.ESTABLISHED)
    by_title = Counter()
    for change in established:
        by_title[change.title] += change.fte
    assert by_title == {
        "Senior Integrated Commissioning Manager": 4,
        "Integrated Commissioning Officer": 7,
        "Integrated Commissioning Support Officer": 3,
        "Quality Assurance Officer": 2,
    }


def test_bury_deletes_21_posts_in_8_titles(bury: Proposal) -> None:
    deleted = bury_diff(bury).of_kind(ChangeKind.DELETED)
    by_title = Counter()
    for change in deleted:
        by_title[change.title] += change.fte
    assert by_title == {
        "Provider Relationship Manager": 1,
        "Provider Relationship Lead": 2,
        "Provider Relationship Officer": 7,
        "Strategic Planning & Development Manager": 1,
        "Strategic Planning & Development Lead": 1,
        "Project Lead": 3,
        "Strategic Planning & Development Officer": 3,
        "Carers Engagement Co-ordinator": 3,
    }


def test_bury_line_management_and_transfers(bury: Proposal) -> None:
    result = bury_diff(bury)
    managers = {c.title: c.after for c in result.of_kind(ChangeKind.MANAGER_CHANGED)}
    assert managers["Head of Adult Safeguarding"] == "Director of Community Commissioning (DASS)"
    assert (
        managers["Deputy Director of Primary Care"] == "Director of Community Commissioning (DASS)"
    )
    moved = {c.title: c.after for c in result.of_kind(ChangeKind.MOVED_UNIT)}
    assert moved["Brokerage Relationship Officer"].endswith("Adult Social Care Intermediate Tier")
    assert moved["Brokerage Relationship Assistant"].endswith("Adult Social Care Intermediate Tier")
    team_moves = [u for u in result.unit_changes if u.kind is UnitChangeKind.MOVED]
    assert [(u.name, u.after) for u in team_moves] == [
        ("Personalisation & Support Business Team", "Finance Department")
    ]
    assert moved["Financial Assessment Officer"].startswith("Bury Council > Corporate Core")


def test_bury_holds_the_strategic_lead_vacant(bury: Proposal) -> None:
    (change,) = bury_diff(bury).of_kind(ChangeKind.STATUS_CHANGED)
    assert (change.title, change.before, change.after) == (
        "Strategic Lead (Strategy & Development)",
        "Vacant",
        "Vacant - held",
    )


def test_bury_totals(bury: Proposal) -> None:
    before, after = bury_diff(bury).totals
    assert after.posts - before.posts == 16 - 21


def test_manchester_redesignations_deployments_and_dotted_lines(manchester: Proposal) -> None:
    result = diff_scenarios(
        manchester, manchester.scenario_named("As is").id, manchester.scenario_named("To be").id
    )
    redesignated = {(c.before, c.after) for c in result.of_kind(ChangeKind.REDESIGNATED)}
    assert ("Strategic Commissioning Lead", "Head of Service Strategy") in redesignated
    assert (
        "Director of Adult Services",
        "Deputy Director of Adult Social Services",
    ) in redesignated
    deployed = result.of_kind(ChangeKind.DEPLOYMENT_CHANGED)
    # "32 Manchester City Council employees" (Recommendation 1), the two Strategic Leads among
    # them (Recommendation 4).
    assert sum(c.quantity for c in deployed) == 32
    assert sum(1 for c in deployed if c.title == "Strategic Lead (Commissioning)") == 2
    assert all((c.before, c.after) == ("MHCC", "MLCO") for c in deployed)
    (dotted,) = result.of_kind(ChangeKind.DOTTED_LINES_CHANGED)
    assert "(90%)" in dotted.before and "Chief Executive, MLCO (90%)" in dotted.after


def test_a_renamed_post_is_a_redesignation_not_a_delete_and_establish(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    post = bury.post_by_ref(to_be, "BC-1071")
    assert post is not None
    apply_edit(bury, Redesignate(post.id, "Brokerage Assistant"))
    changes = bury_diff(bury).for_post_ref("BC-1071")
    assert ChangeKind.REDESIGNATED in {c.kind for c in changes}
    assert not {ChangeKind.DELETED, ChangeKind.ESTABLISHED} & {c.kind for c in changes}


def test_a_scenario_compared_with_itself_has_no_changes(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    result = diff_scenarios(bury, as_is, as_is)
    assert result.changes == () and result.unit_changes == ()


def test_a_unit_whose_parent_is_in_another_scenario_is_diffed_not_a_crash(bury: Proposal) -> None:
    # A file refused by open (the strict checks) may still reach diff_scenarios from code.
    as_is, to_be = bury.scenario_named("As is"), bury.scenario_named("To be")
    moved = next(u for u in bury.units_in(to_be.id) if u.name == "Community Commissioning")
    stranger = next(u for u in bury.units_in(as_is.id) if u.parent_id is None)
    bury.units[moved.id] = dataclasses.replace(moved, parent_id=stranger.id)
    post = next(p for p in bury.posts_in(to_be.id) if p.unit_id == moved.id)
    bury.posts[post.id] = dataclasses.replace(post, unit_id=stranger.id)
    result = diff_scenarios(bury, as_is.id, to_be.id)
    (move,) = [
        u
        for u in result.unit_changes
        if u.kind is UnitChangeKind.MOVED and u.name == "Community Commissioning"
    ]
    assert move.after == f"{stranger.name} (in another scenario)"
    assert f"{stranger.name} (in another scenario)" in result.unit_totals
