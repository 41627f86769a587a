"""Patches, the record-level writes under every edit: applied in turn, reversed exactly, order kept."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.tables import Table
from orgchart_app.edits.patch import Changes, Patch, RecordChange, Write, apply_patch, apply_writes


def keys(table: dict[object, object]) -> list[object]:
    return list(table)


def test_removing_a_record_and_reversing_puts_it_back_where_it_stood(bury: Proposal) -> None:
    order = keys(bury.posts)
    middle = order[10]
    applied = apply_writes(bury, [Write(Table.POSTS, middle, None)])
    assert middle not in bury.posts
    assert applied.changes == (
        RecordChange(Table.POSTS, middle, applied.changes[0].before, None, 10),
    )
    apply_patch(bury, applied.reversed())
    assert keys(bury.posts) == order


def test_the_first_and_last_records_go_back_first_and_last(bury: Proposal) -> None:
    order = keys(bury.units)
    applied = apply_writes(
        bury, [Write(Table.UNITS, order[0], None), Write(Table.UNITS, order[-1], None)]
    )
    assert [c.index for c in applied.changes] == [0, len(order) - 2]
    apply_patch(bury, applied.reversed())
    assert keys(bury.units) == order


def test_a_replaced_record_keeps_its_place_and_a_new_one_goes_last(bury: Proposal) -> None:
    order = keys(bury.scenarios)
    first = bury.scenarios[order[0]]
    renamed = dataclasses.replace(first, name="Current")
    new = dataclasses.replace(first, id=99, name="Option C")
    applied = apply_writes(
        bury, [Write(Table.SCENARIOS, first.id, renamed), Write(Table.SCENARIOS, 99, new)]
    )
    assert keys(bury.scenarios) == [*order, 99]
    assert bury.scenarios[first.id] == renamed
    assert [(c.before, c.after, c.index) for c in applied.changes] == [
        (first, renamed, 0),
        (None, new, -1),
    ]
    apply_patch(bury, applied.reversed())
    assert keys(bury.scenarios) == order and bury.scenarios[first.id] == first


def test_removing_what_is_not_there_changes_nothing(bury: Proposal) -> None:
    before = bury.snapshot()
    applied = apply_writes(bury, [Write(Table.POSTS, 12345, None)])
    assert bury.snapshot() == before
    assert applied.changes == (RecordChange(Table.POSTS, 12345, None, None, -1),)


def test_the_proposal_info_is_changed_and_restored_by_a_patch(bury: Proposal) -> None:
    before = bury.info
    after = ProposalInfo(title="Renamed proposal", notes="n")
    applied = apply_patch(bury, Patch((RecordChange(Table.INFO, Table.INFO, None, after, 0),)))
    assert bury.info == after
    assert applied.changes == (RecordChange(Table.INFO, Table.INFO, before, after, 0),)
    assert Changes.of(applied) == Changes(other_tables=frozenset({Table.INFO}))
    apply_patch(bury, applied.reversed())
    assert bury.info == before


def test_changes_after_an_info_change_are_applied_too(bury: Proposal) -> None:
    first = next(iter(bury.scenarios.values()))
    renamed = dataclasses.replace(first, name="Current")
    apply_patch(
        bury,
        Patch(
            (
                RecordChange(Table.INFO, Table.INFO, None, ProposalInfo(title="T"), 0),
                RecordChange(Table.SCENARIOS, first.id, None, renamed, -1),
            )
        ),
    )
    assert (bury.info.title, bury.scenarios[first.id].name) == ("T", "Current")


def test_a_patch_reversed_undoes_its_changes_last_first() -> None:
    one = RecordChange(Table.POSTS, 1, "a", "b", 0)
    two = RecordChange(Table.UNITS, 2, None, "c", 3)
    assert Patch((one, two)).reversed() == Patch(
        (RecordChange(Table.UNITS, 2, "c", None, 3), RecordChange(Table.POSTS, 1, "b", "a", 0))
    )


@pytest.mark.parametrize(
    "table", [Table.POSTS, Table.UNITS, Table.DOTTED_LINES, Table.SCENARIOS, Table.ORGANISATIONS]
)
def test_changes_to_what_a_chart_draws_are_structural(table: Table) -> None:
    changes = Changes.of(
        Patch((RecordChange(table, 7, None, "x", -1), RecordChange(table, 8, None, "y", -1)))
    )
    assert getattr(changes, table.value) == frozenset({7, 8})
    assert changes.structure and changes.other_tables == frozenset()


def test_pay_and_budget_changes_are_not_structural() -> None:
    changes = Changes.of(
        Patch(
            (
                RecordChange(Table.GRADES, 1, None, "g", -1),
                RecordChange(Table.BUDGET_LINES, 2, None, "b", -1),
            )
        )
    )
    assert changes.other_tables == frozenset({Table.GRADES, Table.BUDGET_LINES})
    assert not changes.structure
    assert changes == Changes(other_tables=frozenset({Table.GRADES, Table.BUDGET_LINES}))
