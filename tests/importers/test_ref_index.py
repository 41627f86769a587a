"""Managers found by post number, as written or in another case: the first row of a number wins."""

from __future__ import annotations

import sys

from orgchart_app.importers.assemble import assign_refs, resolve_managers
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind


def _rows(*pairs: tuple[str, str]) -> list[PostRow]:
    return [
        PostRow("list.csv", line, ref, f"Post {line}", reports_to=manager)
        for line, (ref, manager) in enumerate(pairs, start=2)
    ]


def test_casefold_folds_a_folded_text_to_itself_for_every_character() -> None:
    # The post-number index finds a number written folded by its folding (assemble._by_ref).
    changed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if (folded := chr(code).casefold()).casefold() != folded
    ]
    assert changed == []


def test_a_manager_is_found_by_its_number_in_any_case() -> None:
    rows = _rows(("P1", ""), ("P2", "p1"), ("P3", "P2"), ("p4", "P4"))
    assert resolve_managers(rows, ImportReport()) == [None, 0, 1, 3]


def test_a_number_written_folded_is_the_first_row_folding_to_it() -> None:
    # "p1" on line 3 is found, but so is "P1" on line 2 by its folding: the earlier row wins.
    rows = _rows(("P1", ""), ("p1", ""), ("X", "p1"), ("Y", "P1"))
    assert resolve_managers(rows, ImportReport()) == [None, None, 0, 0]
    rows = _rows(("p1", ""), ("P1", ""), ("X", "p1"), ("Y", "P1"))
    assert resolve_managers(rows, ImportReport()) == [None, None, 0, 1]


def test_a_number_on_several_rows_is_chosen_between_and_listed() -> None:
    rows = _rows(("P1", ""), ("P2", "P1"), ("P2", "P1"), ("P3", "P2"))
    report = ImportReport()
    managers = resolve_managers(rows, report)
    assert managers[:3] == [None, 0, 0]
    assert managers[3] in (1, 2)
    assert [p.kind for p in report.problems] == [ProblemKind.AMBIGUOUS_MANAGER]


def test_a_number_on_two_rows_is_chosen_between_beside_rows_without_a_number() -> None:
    rows = _rows(("P1", ""), ("", "P1"), ("P2", "P1"), ("P2", "P1"), ("P3", "P2"))
    report = ImportReport()
    managers = resolve_managers(rows, report)
    assert managers[:4] == [None, 0, 0, 0]
    assert managers[4] in (2, 3)
    assert [(p.line, p.kind) for p in report.problems] == [(6, ProblemKind.AMBIGUOUS_MANAGER)]


def test_a_placeholder_number_on_two_rows_is_chosen_between_and_listed() -> None:
    # Lists write "XXXX" for a post awaiting its number: two such rows share it.
    rows = _rows(("P1", ""), ("XXXX", "P1"), ("XXXX", "P1"), ("P3", "XXXX"))
    report = ImportReport()
    managers = resolve_managers(rows, report)
    assert managers[:3] == [None, 0, 0]
    assert managers[3] in (1, 2)
    assert [(p.line, p.kind) for p in report.problems] == [(5, ProblemKind.AMBIGUOUS_MANAGER)]


def test_rows_without_a_number_are_not_found_by_a_blank() -> None:
    rows = _rows(("", ""), ("P2", ""), ("P3", "P9"))
    report = ImportReport()
    assert resolve_managers(rows, report) == [None, None, -1]
    assert [p.kind for p in report.problems] == [ProblemKind.MISSING_MANAGER]


def test_numbers_unique_and_given_are_kept_as_written() -> None:
    report = ImportReport()
    assert assign_refs(_rows(("P1", ""), ("p1", ""), ("P2", "")), report) == ["P1", "p1", "P2"]
    assert report.problems == []


def test_a_blank_or_repeated_number_is_made_unique_and_a_repeat_listed() -> None:
    report = ImportReport()
    refs = assign_refs(_rows(("P1", ""), ("", ""), ("P1", ""), ("R3", "")), report)
    # The made-up number steps aside for a number the file gives a later row.
    assert refs == ["P1", "R3-2", "P1-2", "R3"]
    assert [(p.line, p.kind) for p in report.problems] == [(4, ProblemKind.DUPLICATE_REFERENCE)]


def test_one_row_without_a_number_among_unique_ones_is_given_one() -> None:
    report = ImportReport()
    assert assign_refs(_rows(("P1", ""), ("", ""), ("P3", "")), report) == ["P1", "R3", "P3"]
