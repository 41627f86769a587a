"""What a reader would trip on and what changed quietly (analysis/consistency.py), word for word,
on a small change built for each check."""

from __future__ import annotations

from decimal import Decimal

from orgchart_app.analysis.consistency import consistency_checks, financial_notes
from orgchart_app.domain import OrganisationKind, PostStatus, Proposal, UnitKind
from orgchart_app.domain.ids import OrganisationId, ScenarioId
from orgchart_app.samples.builder import ProposalBuilder


def change() -> tuple[ProposalBuilder, ScenarioId, ScenarioId, OrganisationId, OrganisationId]:
    b = ProposalBuilder("Checks")
    council = b.organisation("Bury Council", "BC", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("Bury CCG", "CCG", OrganisationKind.NHS_BODY)
    return b, b.scenario("As is"), b.scenario("Next"), council, ccg


def checks(proposal: Proposal, own: OrganisationId) -> list[str]:
    as_is, to_be = proposal.scenario_named("As is").id, proposal.scenario_named("Next").id
    return consistency_checks(proposal, as_is, to_be, own)


def test_one_title_graded_two_ways_is_named_with_its_grades_in_order() -> None:
    b, _, to_be, council, ccg = change()
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    for grade in ("G2", "G1", "", "G1"):
        b.post(to_be, "Officer", root, ccg, grade=grade)
    b.post(to_be, "Clerk", root, ccg, grade="G1")
    b.post(to_be, "Head", root, council, grade="G3")
    assert checks(b.proposal, council) == [
        'Next: posts titled "Officer" are graded G1 and G2 and no grade: one title, two jobs?'
    ]


def test_each_own_post_without_a_grade_or_salary_is_named_unless_none_has_one() -> None:
    b, _, to_be, council, ccg = change()
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    b.post(to_be, "Head", root, council, grade="G3", post_ref="H")
    b.post(to_be, "Officer", root, council, post_ref="O")
    b.post(to_be, "Adviser", root, council, post_ref="A", salary=Decimal(30000))
    b.post(to_be, "Partner", root, ccg, post_ref="P")  # another employer's: not ours to grade
    assert checks(b.proposal, council) == [
        'Next: "Officer" (O) has no grade, so it cannot be costed or evaluated'
    ]


def test_a_structure_without_any_grade_is_named_once() -> None:
    b, _, to_be, council, ccg = change()
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    b.post(to_be, "Head", root, ccg, post_ref="H")
    b.post(to_be, "Officer", root, ccg, post_ref="O")
    b.post(to_be, "Partner", root, council, grade="G1")
    assert checks(b.proposal, ccg) == [
        "Next: no Bury CCG post has a grade, so the structure cannot be costed or evaluated"
    ]
    assert checks(b.proposal, OrganisationId(99)) == []


def test_a_post_whose_manager_is_deleted_and_that_has_none_now_is_named() -> None:
    b, as_is, to_be, council, _ = change()
    old_root = b.unit(as_is, "Root", UnitKind.ORGANISATION, council)
    boss = b.post(as_is, "Boss", old_root, council, grade="G3", post_ref="B")
    manager = b.post(as_is, "Manager", old_root, council, boss, grade="G2", post_ref="M")
    for ref in ("W", "C", "X"):
        b.post(as_is, "Worker", old_root, council, manager, grade="G1", post_ref=ref)
    b.post(as_is, "Aide", old_root, council, boss, grade="G1", post_ref="A")
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    new_boss = b.post(to_be, "Boss", root, council, grade="G3", post_ref="B")
    b.post(to_be, "Worker", root, council, grade="G1", post_ref="W")  # left without a manager
    b.post(to_be, "Worker", root, council, new_boss, grade="G1", post_ref="C")  # given one
    b.post(to_be, "Aide", root, council, grade="G1", post_ref="A")  # its manager is not deleted
    # X is deleted with its manager.
    assert checks(b.proposal, council) == [
        'Next: "Worker" (W) reported to the deleted "Manager" and now has no line manager'
    ]


def test_one_title_written_two_ways_is_named_once_with_both() -> None:
    b, _, to_be, council, _ = change()
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    for title in (
        "Support & Business Team",
        "support and business team",
        "Support & Business Team",
    ):
        b.post(to_be, title, root, council, grade="G1")
    b.post(to_be, "Support Team", root, council, grade="G1")
    assert checks(b.proposal, council) == [
        "Next: one title written two ways: Support & Business Team / support and business team"
    ]


def test_status_funding_and_cost_code_changes_are_noted_per_post() -> None:
    b, as_is, to_be, council, _ = change()
    old_root = b.unit(as_is, "Root", UnitKind.ORGANISATION, council)
    root = b.unit(to_be, "Root", UnitKind.ORGANISATION, council)
    before = (
        ("A", PostStatus.FILLED, True, "C1"),
        ("B", PostStatus.VACANT, False, ""),
        ("C", PostStatus.VACANT, True, "C3"),
        ("D", PostStatus.FILLED, True, "C4"),
    )
    after = (
        ("E", PostStatus.VACANT, False, "C5"),  # new: nothing to compare, the rest still are
        ("A", PostStatus.HELD_VACANT, False, ""),
        ("B", PostStatus.VACANT, True, "C2"),
        ("C", PostStatus.VACANT, True, "C3"),
    )
    for scenario, unit, posts in ((as_is, old_root, before), (to_be, root, after)):
        for ref, status, funded, code in posts:
            b.post(
                scenario,
                f"Post {ref}",
                unit,
                council,
                post_ref=ref,
                status=status,
                funded=funded,
                cost_code=code,
            )
    assert financial_notes(b.proposal, as_is, to_be) == [
        '"Post A" (A): Filled -> Vacant - held',
        '"Post A" (A): no longer funded',
        '"Post A" (A): cost code C1 -> none',
        '"Post B" (B): funded',
        '"Post B" (B): cost code none -> C2',
    ]


def test_a_structure_of_one_ungraded_post_is_named_once() -> None:
    b, _, to_be, council, _ = change()
    b.post(to_be, "Head", b.unit(to_be, "Root", UnitKind.ORGANISATION, council), council)
    assert checks(b.proposal, council) == [
        "Next: no Bury Council post has a grade, so the structure cannot be costed or evaluated"
    ]
