"""Post edits pinned where the sample's own build passes over them: a redo's id, a free
reference, a deleted lead, a head left without a manager, a temporary line, a grade removed."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.edits import (
    DeletePost,
    EstablishPost,
    MovePosts,
    Redesignate,
    Regrade,
    SetReportsTo,
    apply_edit,
)
from orgchart_app.edits.post_edits import delete_posts


def _new_post(bury: Proposal, post_id: int, post_ref: str = "") -> EstablishPost:
    model = bury.posts[PostId(2)]
    return EstablishPost(
        dataclasses.replace(model, id=PostId(post_id), post_ref=post_ref, title="New")
    )


def test_a_redone_post_keeps_its_id_and_a_taken_or_zero_id_is_replaced(bury: Proposal) -> None:
    free = max(bury.posts) + 1
    assert apply_edit(bury, _new_post(bury, 500, "R-500")).edit.post.id == 500  # type: ignore[union-attr]
    assert apply_edit(bury, _new_post(bury, 2, "R-2")).edit.post.id == 501  # type: ignore[union-attr]
    assert apply_edit(bury, _new_post(bury, 0, "R-0")).edit.post.id == 502  # type: ignore[union-attr]
    assert bury.posts[PostId(2)].post_ref != "R-2" and free < 500


def test_a_blank_reference_takes_the_first_free_new_number_from_the_post_s_id(
    bury: Proposal,
) -> None:
    next_id = max(bury.posts) + 1
    taken = bury.posts[PostId(3)]
    bury.posts[taken.id] = dataclasses.replace(taken, post_ref=f"NEW-{next_id}")
    applied = apply_edit(bury, _new_post(bury, 0))
    assert applied.edit.post.post_ref == f"NEW-{next_id + 1}"  # type: ignore[union-attr]


def test_deleting_a_unit_s_lead_leaves_the_unit_without_one(bury: Proposal) -> None:
    assert bury.units[UnitId(43)].lead_post_id == 66
    apply_edit(bury, DeletePost((PostId(66),)))
    assert bury.units[UnitId(43)].lead_post_id is None
    assert bury.units[UnitId(43)].name == "Mental Health"


def test_reports_of_a_deleted_head_become_heads_and_are_told_so(bury: Proposal) -> None:
    reports = [p for p in bury.posts.values() if p.reports_to_id == 1]
    plan = delete_posts(bury, DeletePost((PostId(1),)))
    assert plan.messages == tuple(
        f'"{p.title}" now reports to nobody (now a head).' for p in reports
    )
    # Reports of a deleted manager go to the nearest manager above who stays.
    middle = reports[0]
    below = [p for p in bury.posts.values() if p.reports_to_id == middle.id]
    assert below
    plan = delete_posts(bury, DeletePost((middle.id,)))
    assert plan.messages[0] == f'"{below[0].title}" now reports to "{bury.posts[PostId(1)].title}".'


def test_a_temporary_line_is_kept_and_named(bury: Proposal) -> None:
    post, manager = bury.posts[PostId(3)], bury.posts[PostId(1)]
    applied = apply_edit(bury, SetReportsTo((post.id,), manager.id, temporary=True))
    assert bury.posts[post.id].temporary_line is True
    assert applied.name == f'Make "{post.title}" report to "{manager.title}"'


def test_a_grade_removed_is_named_none(bury_assumed_grades: Proposal) -> None:
    post = next(p for p in bury_assumed_grades.posts.values() if p.grade)
    applied = apply_edit(bury_assumed_grades, Regrade(post.id, ""))
    assert applied.name == f'Regrade "{post.title}" to none'


def test_a_deleted_post_leaves_no_outcome_into_it_and_no_pool_place(bury: Proposal) -> None:
    slotted = next(o for o in bury.outcomes.values() if o.to_post_id == 79)
    pool = next(iter(bury.pools.values()))
    assert pool.post_ids == (75, 76, 77, 78)
    apply_edit(bury, DeletePost((PostId(79), PostId(76))))
    assert slotted.id not in bury.outcomes
    assert bury.pools[pool.id].post_ids == (75, 77, 78)


def test_a_manager_moved_without_its_team_moves_alone(bury: Proposal) -> None:
    scenario = bury.scenario_named("As is").id
    manager = next(
        p
        for p in bury.posts_in(scenario)
        if any(q.reports_to_id == p.id and q.unit_id == p.unit_id for q in bury.posts.values())
    )
    team = [q.id for q in bury.team_of(manager.id) if q.unit_id == manager.unit_id]
    elsewhere = next(u.id for u in bury.units_in(scenario) if u.id != manager.unit_id)
    applied = apply_edit(bury, MovePosts((manager.id,), elsewhere, with_team=False))
    assert applied.changes.posts == frozenset({manager.id})
    assert bury.posts[manager.id].unit_id == elsewhere
    assert {bury.posts[q].unit_id for q in team[1:]} == {manager.unit_id}


def test_a_post_on_a_grade_the_file_does_not_know_can_still_be_renamed(bury: Proposal) -> None:
    # An imported file's grade text nothing matches: only changing the grade is checked.
    post = bury.posts[PostId(2)]
    bury.posts[post.id] = dataclasses.replace(post, grade="Band Z")
    applied = apply_edit(bury, Redesignate(post.id, "Renamed"))
    assert bury.posts[post.id].title == "Renamed" and bury.posts[post.id].grade == "Band Z"
    assert applied.name.startswith("Redesignate")
