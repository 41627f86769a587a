"""The diff sorted into the operations a committee decides on (analysis/change_classes.py): each
entry whole (its group, whether it is for decision, the post before and after), and the moves
that are not transfers (within a department, of a whole organisation)."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.change_classes import Entry, Operation, classify
from orgchart_app.analysis.diff import diff_scenarios
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import OfficerCategory
from orgchart_app.domain.model import Post, Unit


def entries(proposal: Proposal) -> list[Entry]:
    as_is, to_be = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    council = proposal.organisation_named("Bury Council").id
    found, _ = classify(proposal, as_is, to_be, council, diff_scenarios(proposal, as_is, to_be))
    return found


def post(proposal: Proposal, ref: str, scenario: str = "To be") -> Post:
    found = proposal.post_by_ref(proposal.scenario_named(scenario).id, ref)
    assert found is not None
    return found


def unit(proposal: Proposal, ref: str) -> Unit:
    to_be = proposal.scenario_named("To be").id
    return next(u for u in proposal.units_in(to_be) if u.unit_ref == ref)


def change(proposal: Proposal, ref: str, **fields: object) -> Post:
    changed = dataclasses.replace(post(proposal, ref), **fields)  # type: ignore[arg-type]
    proposal.posts[changed.id] = changed
    return changed


def move(proposal: Proposal, ref: str, under: str | None) -> None:
    moved = unit(proposal, ref)
    parent = unit(proposal, under).id if under else None
    proposal.units[moved.id] = dataclasses.replace(moved, parent_id=parent)


def of(proposal: Proposal, ref: str) -> list[Entry]:
    return [e for e in entries(proposal) if e.post.post_ref == ref]


def teams(proposal: Proposal) -> list[str]:
    return [e.unit.unit_ref for e in entries(proposal) if e.unit is not None]


def test_a_deployment_and_a_redesignation_of_one_post_are_two_whole_entries(
    bury: Proposal,
) -> None:
    ccg = next(o.id for o in bury.organisations.values() if o.short_name == "Bury CCG")
    council = bury.organisation_named("Bury Council").id
    new = change(bury, "BC-3002", deployed_to_id=ccg, title="Intermediate Care Manager")
    old = post(bury, "BC-3002", "As is")
    assert of(bury, "BC-3002") == [
        Entry(Operation.DEPLOYMENT, (None, ccg, council), True, new, old),
        Entry(Operation.REDESIGNATION, (False,), True, new, old),
    ]


def test_a_partners_post_deployed_elsewhere_is_for_noting(bury: Proposal) -> None:
    lco = bury.organisation_named("Bury Local Care Organisation").id
    new = change(bury, "CCG-2020", deployed_to_id=lco)
    old = post(bury, "CCG-2020", "As is")
    ((entry,),) = [of(bury, "CCG-2020")]
    assert entry == Entry(
        Operation.DEPLOYMENT, (old.deployed_to_id, lco, new.employer_id), False, new, old
    )


def test_transfer_line_management_and_regrading_entries_keep_the_post_before(
    bury: Proposal,
) -> None:
    place = "Operations – Adult Social Care Intermediate Tier"
    new_manager = post(bury, "BC-3002")
    moved = change(bury, "BC-1090", unit_id=unit(bury, "ASCIT").id)
    managed = change(bury, "BC-1051", reports_to_id=new_manager.id)
    regraded = change(bury, "BC-1052", grade="G9")
    assert of(bury, "BC-1090") == [
        Entry(Operation.POST_TRANSFER, (place,), True, moved, post(bury, "BC-1090", "As is"))
    ]
    assert of(bury, "BC-1051") == [
        Entry(
            Operation.LINE_MANAGEMENT, ("BC-3002",), True, managed, post(bury, "BC-1051", "As is")
        )
    ]
    assert of(bury, "BC-1052") == [
        Entry(Operation.REGRADING, (), True, regraded, post(bury, "BC-1052", "As is"))
    ]


def test_a_post_moved_within_its_department_is_no_transfer(bury: Proposal) -> None:
    change(bury, "BC-1051", unit_id=unit(bury, "RT").id)
    assert of(bury, "BC-1051") == []


def test_a_team_moved_within_its_department_is_no_transfer_and_the_next_still_is(
    bury: Proposal,
) -> None:
    assert teams(bury) == ["PSB"]
    move(bury, "AS", "RT")
    assert teams(bury) == ["PSB"]


def test_a_team_all_deployed_elsewhere_is_passed_over_and_the_next_still_is(
    bury: Proposal,
) -> None:
    lco = bury.organisation_named("Bury Local Care Organisation").id
    move(bury, "AS", "OPS")
    for ref in ("BC-1050", "BC-1051", "BC-1052"):
        change(bury, ref, deployed_to_id=lco)
    assert teams(bury) == ["PSB"]


def test_a_department_moved_is_one_team_transfer_not_one_per_unit_in_it(bury: Proposal) -> None:
    move(bury, "CC", "BC")
    assert teams(bury) == ["CC", "PSB"]


def test_a_whole_organisation_moved_under_another_is_no_team_transfer(bury: Proposal) -> None:
    move(bury, "LCO", "BC")
    assert teams(bury) == ["PSB"]


def test_a_team_of_one_post_is_transferred_with_it(bury: Proposal) -> None:
    move(bury, "PH", "OPS")
    (entry,) = [e for e in entries(bury) if e.unit is not None and e.unit.unit_ref == "PH"]
    assert entry.post == post(bury, "BC-1090")
    assert entry.group == ("Operations",)


def test_hours_and_officer_category_entries_keep_the_post_before(bury: Proposal) -> None:
    fewer = change(bury, "BC-1051", fte=0.5)
    chief = change(bury, "BC-1052", officer_category=OfficerCategory.CHIEF)
    assert of(bury, "BC-1051") == [
        Entry(Operation.FTE_CHANGE, (), True, fewer, post(bury, "BC-1051", "As is"))
    ]
    assert of(bury, "BC-1052") == [
        Entry(
            Operation.OFFICER_CATEGORY,
            (OfficerCategory.CHIEF,),
            True,
            chief,
            post(bury, "BC-1052", "As is"),
        )
    ]
