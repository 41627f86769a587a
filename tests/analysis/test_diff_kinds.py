"""Each kind of change the diff names, with its before and after, and the totals it prints."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.diff import (
    ChangeKind,
    PostChange,
    ScenarioDiff,
    Totals,
    UnitChangeKind,
    diff_scenarios,
)
from orgchart_app.cli.diff import as_json
from orgchart_app.domain import (
    DottedLineKind,
    OrganisationKind,
    PostStatus,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.samples.builder import ProposalBuilder


def two_scenarios() -> tuple[ProposalBuilder, ScenarioId, ScenarioId]:
    """The same four posts before and after, every field that can change changed once."""
    b = ProposalBuilder("Kinds")
    council = b.organisation("Bury Council", "Council", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("Bury CCG", "CCG", OrganisationKind.NHS_BODY)
    before = b.scenario("As is")
    root = b.unit(before, "Council", UnitKind.ORGANISATION, council, unit_ref="R")
    team = b.unit(before, "Team", UnitKind.TEAM, council, root, unit_ref="T")
    head = b.post(before, "Head", root, council, grade="SS1", post_ref="H")
    b.post(before, "Officer", team, council, head, grade="G6", post_ref="O")
    b.post(before, "Assistant", team, council, head, grade="G3", post_ref="A", quantity=2, fte=0.5)
    b.post(before, "Nurse", team, ccg, head, grade="B7", post_ref="N", deployed_to_id=ccg)
    after = b.scenario("To be", ScenarioKind.TO_BE)
    root2 = b.unit(after, "Council", UnitKind.ORGANISATION, council, unit_ref="R")
    team2 = b.unit(after, "Team", UnitKind.TEAM, council, root2, unit_ref="T")
    head2 = b.post(after, "Head", root2, council, grade="", post_ref="H")  # grade removed
    b.post(after, "Officer", team2, ccg, head2, grade="G7", post_ref="O")  # employer, regrade
    b.post(
        after, "Assistant", team2, council, head2, grade="G3", post_ref="A", quantity=3, fte=0.5
    )  # one more
    nurse = b.post(
        after, "Nurse", team2, ccg, head2, grade="B7", post_ref="N", status=PostStatus.VACANT
    )  # no deployment
    b.dotted(after, nurse, head2, DottedLineKind.PROFESSIONAL, 20)
    return b, before, after


def summary(change: PostChange) -> tuple[str, str, str, str, float, int]:
    return (
        change.kind.value,
        change.post_ref,
        change.before,
        change.after,
        change.fte,
        change.quantity,
    )


def diff() -> ScenarioDiff:
    b, before, after = two_scenarios()
    return diff_scenarios(b.proposal, before, after)


def test_every_changed_field_is_named_with_what_it_was_and_is() -> None:
    # Post by post in the as-is order; per post: title, grade, FTE, unit, manager, employer,
    # deployment, status, dotted lines.
    assert [summary(c) for c in diff().changes] == [
        ("regraded", "H", "SS1", "no grade", 1.0, 1),
        ("regraded", "O", "G6", "G7", 1.0, 1),
        ("employer_changed", "O", "Council", "CCG", 1.0, 1),
        ("fte_changed", "A", "2 x 0.5 FTE", "3 x 0.5 FTE", 1.5, 3),
        ("deployment_changed", "N", "CCG", "none", 1.0, 1),
        ("status_changed", "N", "Filled", "Vacant", 1.0, 1),
        ("dotted_lines_changed", "N", "none", "professional to Head (20%)", 1.0, 1),
    ]


def test_a_change_points_at_the_post_on_each_side() -> None:
    b, before, after = two_scenarios()
    (employer,) = diff_scenarios(b.proposal, before, after).of_kind(ChangeKind.EMPLOYER_CHANGED)
    assert (employer.from_post_id, employer.to_post_id) == (
        b.post_in(before, "O"),
        b.post_in(after, "O"),
    )
    assert employer.title == "Officer"


def test_a_single_post_changing_fte_shows_no_quantity() -> None:
    b, before, after = two_scenarios()
    officer = b.proposal.post_by_ref(after, "O")
    assert officer is not None
    b.proposal.posts[officer.id] = dataclasses.replace(officer, fte=0.6)
    (fte,) = diff_scenarios(b.proposal, before, after).of_kind(ChangeKind.FTE_CHANGED)[:1]
    assert (fte.post_ref, fte.before, fte.after, fte.fte) == ("O", "1 FTE", "0.6 FTE", 0.6)


def test_the_kinds_are_labelled_as_a_reader_says_them() -> None:
    assert [
        k.label for k in (ChangeKind.FTE_CHANGED, ChangeKind.EMPLOYER_CHANGED, ChangeKind.REGRADED)
    ] == ["FTE changed", "employer changed", "regraded"]


def test_totals_per_unit_and_per_employer_before_and_after() -> None:
    result = diff()
    # As is: Head (Council unit); Officer, 2 Assistants at 0.5, Nurse (Team).
    # To be: Head; Officer, 3 Assistants at 0.5, Nurse; the Officer now employed by the CCG.
    assert result.unit_totals == {
        "Council": (Totals(1, 1.0), Totals(1, 1.0)),
        "Team": (Totals(4, 3.0), Totals(5, 3.5)),
    }
    assert result.organisation_totals == {
        "Council": (Totals(4, 3.0), Totals(4, 2.5)),
        "CCG": (Totals(1, 1.0), Totals(2, 2.0)),
    }
    assert result.totals == (Totals(5, 4.0), Totals(6, 4.5))


def test_an_organisation_only_on_one_side_counts_zero_on_the_other() -> None:
    b, before, after = two_scenarios()
    b.proposal.dotted_lines.clear()
    for post in b.proposal.posts_in(after):
        if post.employer_id != b.proposal.posts[b.post_in(after, "H")].employer_id:
            del b.proposal.posts[post.id]  # the Officer and the Nurse: the CCG's posts
    result = diff_scenarios(b.proposal, before, after)
    assert result.organisation_totals["CCG"] == (Totals(1, 1.0), Totals())
    assert [summary(c) for c in result.of_kind(ChangeKind.DELETED)] == [
        ("deleted", "O", "Council > Team", "", 1.0, 1),
        ("deleted", "N", "Council > Team", "", 1.0, 1),
    ]
    backwards = diff_scenarios(b.proposal, after, before)
    assert backwards.organisation_totals["CCG"] == (Totals(), Totals(1, 1.0))
    assert [summary(c) for c in backwards.of_kind(ChangeKind.ESTABLISHED)] == [
        ("established", "O", "", "Council > Team", 1.0, 1),
        ("established", "N", "", "Council > Team", 1.0, 1),
    ]


def test_diff_json_prints_the_totals_per_unit_and_organisation() -> None:
    printed = as_json(diff())
    assert printed["units"]["Team"] == {
        "before": {"posts": 4, "fte": 3.0},
        "after": {"posts": 5, "fte": 3.5},
    }
    assert printed["organisations"] == {
        "Council": {"before": {"posts": 4, "fte": 3.0}, "after": {"posts": 4, "fte": 2.5}},
        "CCG": {"before": {"posts": 1, "fte": 1.0}, "after": {"posts": 2, "fte": 2.0}},
    }
    assert printed["totals"] == {
        "before": {"posts": 5, "fte": 4.0},
        "after": {"posts": 6, "fte": 4.5},
    }
    assert printed["changes"][2] == {
        "kind": "employer_changed",
        "post_ref": "O",
        "title": "Officer",
        "fte": 1.0,
        "quantity": 1,
        "before": "Council",
        "after": "CCG",
    }


def test_units_renamed_moved_held_established_and_deleted() -> None:
    b, before, after = two_scenarios()
    council = next(iter(b.proposal.organisations))
    root = b.unit_in(after, "R")
    b.unit(after, "Projects", UnitKind.TEAM, council, root, unit_ref="P")
    b.unit(before, "Old team", UnitKind.TEAM, council, b.unit_in(before, "R"), unit_ref="X")
    team = b.proposal.units[b.unit_in(after, "T")]
    b.proposal.units[team.id] = dataclasses.replace(
        team, name="Commissioning", parent_id=None, status=UnitStatus.TO_BE_CONFIRMED
    )
    changes = [
        (u.kind, u.unit_ref, u.name, u.before, u.after)
        for u in diff_scenarios(b.proposal, before, after).unit_changes
    ]
    assert changes == [
        (UnitChangeKind.RENAMED, "T", "Commissioning", "Team", "Commissioning"),
        (UnitChangeKind.MOVED, "T", "Commissioning", "Council", "(top level)"),
        (UnitChangeKind.STATUS_CHANGED, "T", "Commissioning", "in place", "to be confirmed"),
        (UnitChangeKind.DELETED, "X", "Old team", "", ""),
        (UnitChangeKind.ESTABLISHED, "P", "Projects", "", ""),
    ]


def test_the_diff_names_its_scenarios_and_points_at_posts_gone_or_new() -> None:
    b, before, after = two_scenarios()
    new = b.post(
        after,
        "Adviser",
        b.unit_in(after, "T"),
        next(iter(b.proposal.organisations)),
        post_ref="NEW",
    )
    gone = b.post_in(before, "A")
    b.proposal.posts = {
        k: v
        for k, v in b.proposal.posts.items()
        if not (v.scenario_id == after and v.post_ref == "A")
    }
    result = diff_scenarios(b.proposal, before, after)
    assert (result.from_name, result.to_name) == ("As is", "To be")
    (deleted,) = result.of_kind(ChangeKind.DELETED)
    (established,) = result.of_kind(ChangeKind.ESTABLISHED)
    assert (deleted.from_post_id, deleted.to_post_id) == (gone, None)
    assert (established.from_post_id, established.to_post_id) == (None, new)


def test_backwards_a_grade_and_a_manager_are_gained() -> None:
    b, before, after = two_scenarios()
    head = b.proposal.posts[b.post_in(after, "H")]
    b.proposal.posts[head.id] = dataclasses.replace(head, reports_to_id=b.post_in(after, "O"))
    officer = b.proposal.posts[b.post_in(after, "O")]
    b.proposal.posts[officer.id] = dataclasses.replace(officer, reports_to_id=None)
    result = diff_scenarios(b.proposal, after, before)
    assert [summary(c) for c in result.for_post_ref("H")][:2] == [
        ("regraded", "H", "no grade", "SS1", 1.0, 1),
        ("manager_changed", "H", "Officer", "no line manager", 1.0, 1),
    ]
    assert [summary(c) for c in result.of_kind(ChangeKind.MANAGER_CHANGED)][1] == (
        "manager_changed",
        "O",
        "no line manager",
        "Head",
        1.0,
        1,
    )


def test_dotted_lines_with_and_without_a_share_are_listed_together() -> None:
    b, before, after = two_scenarios()
    nurse, head = b.post_in(after, "N"), b.post_in(after, "H")
    b.dotted(after, nurse, head, DottedLineKind.PROFESSIONAL)  # no share stated
    b.dotted(after, nurse, b.post_in(after, "O"), DottedLineKind.MATRIX, 5)
    (change,) = diff_scenarios(b.proposal, before, after).of_kind(ChangeKind.DOTTED_LINES_CHANGED)
    # In a fixed order (by the target's post number), whether or not a share is stated.
    assert change.after == (
        "professional to Head (20%); professional to Head; matrix to Officer (5%)"
    )
