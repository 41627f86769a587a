"""importers/organogram.py directly: senior rows read one by one, junior rows gathered into boxes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain import PostStatus, UnitKind
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.organogram import (
    check_pair,
    check_same_body,
    read_junior,
    read_senior,
)
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind
from orgchart_app.importers.tables import Row, Table
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER


def _senior_table(*rows: dict[str, str], headers: list[str] = SENIOR_HEADER) -> Table:
    cells = [tuple(row.get(h, "") for h in headers) for row in rows]
    return Table("senior.csv", list(headers), [Row(n, c) for n, c in enumerate(cells, start=2)])


def _junior_table(*rows: dict[str, str], headers: list[str] = JUNIOR_HEADER) -> Table:
    cells = [tuple(row.get(h, "") for h in headers) for row in rows]
    return Table("junior.csv", list(headers), [Row(n, c) for n, c in enumerate(cells, start=2)])


def _senior(**cells: str) -> dict[str, str]:
    row = {"Post Unique Reference": "S1", "Name": "Ann Lee", "Job Title": "Director"}
    row |= {"Reports to Senior Post": "XX", "FTE": "1", "Unit": "Adults"}
    return row | {key.replace("_", " "): value for key, value in cells.items()}


def _junior(**cells: str) -> dict[str, str]:
    row = {"Reporting Senior Post": "S1", "Grade": "SO1", "Generic Job Title": "Officer"}
    row |= {"Number of Posts in FTE": "1", "Unit": "Adults", "Organisation": "Bury"}
    return row | {key.replace("_", " "): value for key, value in cells.items()}


def _read_senior(*rows: dict[str, str]) -> tuple[list[PostRow], ImportReport]:
    report = ImportReport()
    return read_senior(_senior_table(*rows), report), report


def _read_junior(
    *rows: dict[str, str], table: Table | None = None
) -> tuple[list[PostRow], ImportReport]:
    report = ImportReport()
    return read_junior(table or _junior_table(*rows), report), report


def _messages(report: ImportReport) -> list[tuple[str, int, ProblemKind, str]]:
    return [(p.source, p.line, p.kind, p.message) for p in report.problems]


def test_a_senior_row_becomes_a_post_naming_its_manager_by_reference() -> None:
    posts, report = _read_senior(
        _senior(Organisation="Bury", **{"Grade (or equivalent)": "SCS1"}),
        _senior(
            **{"Post Unique Reference": "S2", "Reports to Senior Post": "S1", "Name": "Vacant"}
        ),
    )
    assert report.problems == []
    head, deputy = posts
    assert (head.source, head.line, head.ref, head.title) == ("senior.csv", 2, "S1", "Director")
    assert (head.grade, head.organisation, head.holder) == ("SCS1", "Bury", "Ann Lee")
    assert (head.reports_to, head.manager_match) == ("", ManagerMatch.REF)
    assert head.unit_path == (("Adults", UnitKind.TEAM),)
    assert (deputy.reports_to, deputy.manager_match) == ("S1", ManagerMatch.REF)
    assert (deputy.status, deputy.holder) == (PostStatus.VACANT, "")


def test_a_senior_file_with_a_plain_grade_column_is_read() -> None:
    headers = [h if h != "Grade (or equivalent)" else "Grade" for h in SENIOR_HEADER]
    table = _senior_table(_senior(Grade="SCS2"), headers=headers)
    [post] = read_senior(table, ImportReport())
    assert post.grade == "SCS2"


def test_the_senior_files_count_keeps_its_blank_lines_and_encoding() -> None:
    table = _senior_table(_senior(), _senior(**{"Post Unique Reference": "0"}))
    table.blank_lines, table.encoding = 3, "Windows-1252"
    report = ImportReport()
    read_senior(table, report)
    [count] = report.sources
    assert (count.source, count.blank_lines, count.encoding) == ("senior.csv", 3, "Windows-1252")
    assert (count.rows_read, count.rows_placed, count.rows_skipped) == (2, 1, 1)


@pytest.mark.parametrize(("ref", "shown"), [("", "blank"), ("0", "0"), (" '0' ", "'0'")])
def test_a_senior_row_without_a_post_reference_is_skipped(ref: str, shown: str) -> None:
    posts, report = _read_senior(_senior(**{"Post Unique Reference": ref}))
    assert posts == []
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.SKIPPED,
            f'"Director" has post reference "{shown}": paid but not in a post, '
            "so there is no post to place",
        )
    ]


def test_an_eliminated_senior_post_is_skipped_and_remembered() -> None:
    posts, report = _read_senior(_senior(Name="ELIMINATED"))
    assert posts == []
    assert report.skipped_refs == {"S1": 'marked "Eliminated" on line 2'}
    assert _messages(report)[0][3] == (
        '"Director" (S1) is marked "Eliminated": the role no longer exists'
    )


def test_the_decimal_comma_of_a_senior_file_is_recorded_and_reads_its_pay() -> None:
    row = _senior(**{"Actual Pay Floor (£)": "40.000,00", "Actual Pay Ceiling (£)": "45.000,00"})
    posts, report = _read_senior(row, _senior(FTE="0,5"))
    assert report.decimal_comma is True
    assert posts[0].salary == Decimal(40000)
    _, plain = _read_senior(_senior(FTE="0.5"))
    assert plain.decimal_comma is False


def test_a_pay_band_is_costed_at_its_floor_and_noted() -> None:
    row = _senior(**{"Actual Pay Floor (£)": "40000", "Actual Pay Ceiling (£)": "44999"})
    [post], _ = _read_senior(row)
    assert post.salary == Decimal(40000)
    assert post.notes == ["Actual pay band £40,000 - £44,999; costed at its floor"]


@pytest.mark.parametrize(("floor", "ceiling"), [("40000", ""), ("", "44999"), ("N/D", "N/D")])
def test_half_a_pay_band_is_no_salary(floor: str, ceiling: str) -> None:
    row = _senior(**{"Actual Pay Floor (£)": floor, "Actual Pay Ceiling (£)": ceiling})
    [post], report = _read_senior(row)
    assert (post.salary, post.notes, report.problems) == (None, [], [])


def test_an_unreadable_pay_band_is_listed_and_kept_in_the_notes() -> None:
    floor = "forty thousand pounds a year, rising to more after a year"
    row = _senior(**{"Actual Pay Floor (£)": floor, "Actual Pay Ceiling (£)": "45000"})
    [post], report = _read_senior(row)
    assert post.salary is None
    assert post.notes == [f"Actual pay in the file: {floor} - 45000"]
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.UNREADABLE_NUMBER,
            f'Actual pay "{floor[:40]}" is not an amount; the text is kept in the post\'s notes',
        )
    ]


def test_a_function_unlike_the_unit_and_the_notes_are_kept_as_notes() -> None:
    posts, _ = _read_senior(
        _senior(**{"Job/Team Function": "Safeguarding", "Notes": "Interim"}),
        _senior(**{"Job/Team Function": "ADULTS"}),
        _senior(**{"Job/Team Function": "N/A"}),
    )
    assert [p.notes for p in posts] == [["Safeguarding", "Interim"], [], []]


def test_a_senior_row_of_more_than_one_fte_is_a_box_and_says_so() -> None:
    posts, report = _read_senior(_senior(FTE="1.5"), _senior(FTE="2"), _senior(FTE="1"))
    assert [(p.quantity, p.fte) for p in posts] == [(2, 0.75), (2, 1.0), (1, 1.0)]
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.DOUBTFUL_NUMBER,
            '"Director" (S1) has 1.5 FTE on one senior row: read as a box of 2 posts',
        ),
        (
            "senior.csv",
            3,
            ProblemKind.DOUBTFUL_NUMBER,
            '"Director" (S1) has 2 FTE on one senior row: read as a box of 2 posts',
        ),
    ]


def test_a_missing_fte_is_one_and_listed() -> None:
    posts, report = _read_senior(_senior(FTE=""), _senior(FTE="N/D"))
    assert [(p.quantity, p.fte) for p in posts] == [(1, 1.0), (1, 1.0)]
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.MISSING_VALUE,
            '"Director" has no FTE ("blank"); 1 FTE is used',
        ),
        (
            "senior.csv",
            3,
            ProblemKind.MISSING_VALUE,
            '"Director" has no FTE ("N/D"); 1 FTE is used',
        ),
    ]


def test_an_unreadable_fte_is_one_listed_and_kept_in_the_notes() -> None:
    text = "full time in term and half of that in the holidays"
    [post], report = _read_senior(_senior(FTE=text))
    assert (post.quantity, post.fte) == (1, 1.0)
    assert post.notes == [f'FTE in the file: "{text}"']
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.UNREADABLE_NUMBER,
            f'FTE "{text[:40]}" cannot be read; 1 FTE is used, and the text is kept in the '
            "post's notes",
        )
    ]


def test_a_doubtful_fte_is_listed_with_its_file() -> None:
    [post], report = _read_senior(_senior(FTE="1.000"))
    assert post.fte == 1.0
    assert _messages(report) == [
        (
            "senior.csv",
            2,
            ProblemKind.DOUBTFUL_NUMBER,
            'FTE "1.000" is read as 1, as the file writes decimals with a point; correct it if not',
        )
    ]


def test_junior_rows_alike_share_a_box_whose_fte_sums_them() -> None:
    boxes, report = _read_junior(
        _junior(**{"Number of Posts in FTE": "0.5"}),
        _junior(**{"Number of Posts in FTE": "2", "Organisation": "BURY", "Unit": "adults"}),
        _junior(**{"Generic Job Title": "OFFICER", "Number of Posts in FTE": "0.25"}),
    )
    assert report.problems == []
    [box] = boxes
    assert (box.source, box.line, box.ref, box.title, box.grade) == (
        "junior.csv",
        2,
        "S1-J1",
        "Officer",
        "SO1",
    )
    assert (box.quantity, box.fte, box.lines) == (3, 2.75 / 3, (2, 3, 4))
    assert (box.reports_to, box.manager_match) == ("S1", ManagerMatch.REF)
    assert (box.organisation, box.unit_path) == ("Bury", (("Adults", UnitKind.TEAM),))
    assert box.notes == ["2.75 FTE from 3 rows of junior.csv (lines 2, 3, 4)"]
    [count] = report.sources
    assert (count.rows_read, count.rows_placed, count.rows_skipped) == (3, 3, 0)


def test_junior_rows_of_another_organisation_unit_grade_or_manager_are_other_boxes() -> None:
    boxes, _ = _read_junior(
        _junior(),
        _junior(Organisation="NHS Bury"),
        _junior(Unit="Children"),
        _junior(Grade="SO2"),
        _junior(**{"Reporting Senior Post": "S2"}),
        _junior(**{"Generic Job Title": "Assistant"}),
    )
    assert [b.ref for b in boxes] == ["S1-J1", "S1-J2", "S1-J3", "S1-J4", "S2-J1", "S1-J5"]
    assert all(b.quantity == 1 for b in boxes)


def test_a_box_of_fte_summing_to_one_in_the_fourth_place_is_one_post() -> None:
    boxes, _ = _read_junior(
        _junior(**{"Number of Posts in FTE": "0.12345"}),
        _junior(**{"Number of Posts in FTE": "0.87656"}),
    )
    assert [(b.quantity, b.fte) for b in boxes] == [(1, 1.0)]


def test_a_junior_file_with_plain_title_and_fte_headers_is_read() -> None:
    headers = ["Reporting Senior Post", "Grade", "Job Title", "FTE", "Unit"]
    table = _junior_table(
        {"Reporting Senior Post": "S1", "Grade": "SO1", "Job Title": "Clerk", "FTE": "0.5"},
        headers=headers,
    )
    [box], _ = _read_junior(table=table)
    assert (box.title, box.fte, box.quantity) == ("Clerk", 0.5, 1)


def test_a_junior_row_without_a_title_is_an_untitled_post() -> None:
    [box], _ = _read_junior(_junior(**{"Generic Job Title": ""}))
    assert box.title == "Untitled post"


def test_total_rows_are_skipped_and_the_rows_after_them_read() -> None:
    table = _junior_table(
        _junior(Grade="Total"),
        _junior(Unit="GRAND TOTAL"),
        _junior(),
    )
    table.blank_lines, table.encoding = 1, "UTF-8 with BOM"
    boxes, report = _read_junior(table=table)
    assert [b.lines for b in boxes] == [(4,)]
    message = "a total row, not a post; its figures are not imported"
    assert _messages(report) == [
        ("junior.csv", 2, ProblemKind.SKIPPED, message),
        ("junior.csv", 3, ProblemKind.SKIPPED, message),
    ]
    [count] = report.sources
    assert (count.rows_read, count.rows_placed, count.rows_skipped) == (3, 1, 2)
    assert (count.blank_lines, count.encoding) == (1, "UTF-8 with BOM")


def test_only_the_first_ten_cells_can_mark_a_total_row() -> None:
    headers = [*JUNIOR_HEADER, "Comment"]
    table = _junior_table(_junior(Comment="Total"), headers=headers)
    boxes, report = _read_junior(table=table)
    assert len(boxes) == 1
    assert report.problems == []


@pytest.mark.parametrize("fte", ["0", "0.00", "000.0"])
def test_a_junior_row_of_no_fte_is_skipped(fte: str) -> None:
    boxes, report = _read_junior(
        _junior(**{"Number of Posts in FTE": fte}),
        _junior(**{"Number of Posts in FTE": fte}),
    )
    assert boxes == []
    assert _messages(report)[1] == (
        "junior.csv",
        3,
        ProblemKind.SKIPPED,
        '"Officer" (SO1) under S1: 0 FTE, so there are no posts',
    )
    [count] = report.sources
    assert (count.rows_read, count.rows_skipped) == (2, 2)


def test_an_unreadable_junior_fte_counts_one_and_its_note_follows_the_boxs() -> None:
    [box], report = _read_junior(_junior(**{"Number of Posts in FTE": "X"}))
    assert (box.quantity, box.fte) == (1, 1.0)
    assert box.notes == ["1 FTE from 1 rows of junior.csv (lines 2)", 'FTE in the file: "X"']
    assert [p.kind for p in report.problems] == [ProblemKind.UNREADABLE_NUMBER]


def test_a_junior_row_under_no_senior_post_is_a_top_box_and_listed() -> None:
    boxes, report = _read_junior(
        _junior(**{"Reporting Senior Post": "xx"}),
        _junior(**{"Reporting Senior Post": ""}, Grade="SO2"),
    )
    assert [(b.ref, b.reports_to) for b in boxes] == [("TOP-J1", ""), ("TOP-J2", "")]
    message = '"Officer" has no "Reporting Senior Post"; the box reports to nobody'
    assert _messages(report) == [
        ("junior.csv", 2, ProblemKind.MISSING_VALUE, message),
        ("junior.csv", 3, ProblemKind.MISSING_VALUE, message),
    ]


@pytest.mark.parametrize("unit", ["", "N/A", "n/d"])
def test_a_unit_not_given_is_no_unit(unit: str) -> None:
    [box], _ = _read_junior(_junior(Unit=unit))
    assert box.unit_path == ()
    [post], _ = _read_senior(_senior(Unit=unit))
    assert post.unit_path == ()


def test_a_junior_payscale_is_kept_and_read_with_the_files_decimal_comma() -> None:
    boxes, report = _read_junior(
        _junior(**{"Payscale Minimum (£)": "25.000,00", "Payscale Maximum (£)": "28.000,00"}),
        _junior(Grade="SO2", **{"Number of Posts in FTE": "0,5"}),
    )
    assert report.decimal_comma is True
    assert boxes[0].pay_range == (Decimal(25000), Decimal(28000))
    assert boxes[1].pay_range is None


def test_an_unreadable_junior_payscale_is_listed_on_its_line() -> None:
    boxes, report = _read_junior(
        _junior(),
        _junior(Grade="SO2", **{"Payscale Minimum (£)": "25000", "Payscale Maximum (£)": "lots"}),
    )
    assert boxes[1].pay_range is None
    assert boxes[1].notes[1:] == ["Payscale in the file: 25000 - lots"]
    assert _messages(report) == [
        (
            "junior.csv",
            3,
            ProblemKind.UNREADABLE_NUMBER,
            'Payscale "lots" is not an amount; the text is kept in the post\'s notes',
        )
    ]


def _body(name: str, *organisations: str) -> Table:
    rows = [Row(n, (o,)) for n, o in enumerate(organisations, start=2)]
    return Table(name, ["Organisation"], rows)


def test_a_junior_file_of_another_body_is_refused_naming_both() -> None:
    with pytest.raises(ImportRefused) as refused:
        check_same_body(_body("s.csv", "Bury", "Bury"), _body("j.csv", "Wigan", "Bolton"))
    assert str(refused.value) == (
        '"j.csv" is of Bolton, Wigan but "s.csv" is of Bury: import the senior and junior '
        "files of one organisation."
    )


def test_more_than_three_bodies_are_named_three_and_others() -> None:
    junior = _body("j.csv", "D", "C", "B", "A")
    with pytest.raises(ImportRefused, match=r'"j.csv" is of A, B, C and others but'):
        check_same_body(_body("s.csv", "Bury"), junior)
    with pytest.raises(ImportRefused, match=r'"j.csv" is of A, B, C but'):
        check_same_body(_body("s.csv", "Bury"), _body("j.csv", "C", "B", "A"))


@pytest.mark.parametrize(
    ("senior", "junior"),
    [(("Bury", "Wigan"), ("WIGAN",)), (("N/A",), ("Wigan",)), (("Bury",), ("-", ""))],
)
def test_a_pair_sharing_a_body_or_naming_none_is_accepted(
    senior: tuple[str, ...], junior: tuple[str, ...]
) -> None:
    check_same_body(_body("s.csv", *senior), _body("j.csv", *junior))


def test_a_pair_is_the_senior_and_junior_tables_in_any_order() -> None:
    senior, junior = _senior_table(), _junior_table()
    assert check_pair([junior, senior]) == (senior, junior)
    assert check_pair([senior]) == (senior, None)


@pytest.mark.parametrize(
    "names",
    [["junior"], ["senior", "senior"], ["senior", "junior", "junior"], ["senior", "other"]],
)
def test_anything_but_one_senior_and_at_most_one_junior_is_refused(names: list[str]) -> None:
    made = {"senior": _senior_table, "junior": _junior_table}
    tables = [made.get(n, lambda: Table("other.csv", ["Name"]))() for n in names]
    for n, table in enumerate(tables):
        table.source = f"{n}.csv"
    shown = ", ".join(f'"{n}.csv"' for n in range(len(names)))
    with pytest.raises(ImportRefused) as refused:
        check_pair(tables)
    assert str(refused.value) == (
        'An organogram import needs one senior-staff CSV (with "Post Unique Reference") and at '
        f"most one junior-staff CSV; got {shown}."
    )


def test_a_problem_of_a_senior_row_names_its_file_and_line() -> None:
    _, report = _read_senior(_senior(), _senior(FTE="1.000"))
    assert report.problems[0] == Problem(
        "senior.csv",
        3,
        ProblemKind.DOUBTFUL_NUMBER,
        'FTE "1.000" is read as 1, as the file writes decimals with a point; correct it if not',
    )


def test_a_senior_row_without_a_title_is_an_untitled_post() -> None:
    [post], _ = _read_senior(_senior(**{"Job Title": ""}))
    assert post.title == "Untitled post"


def test_an_fte_in_a_file_of_decimal_commas_is_read_with_them() -> None:
    row = _senior(FTE="1,000", **{"Actual Pay Floor (£)": "40.000,00"})
    [post], report = _read_senior(row)
    assert post.fte == 1.0
    assert [p.message for p in report.problems] == [
        'FTE "1,000" is read as 1, as the file writes decimals with a comma; correct it if not'
    ]


def test_an_unreadable_junior_fte_is_listed_on_its_own_line() -> None:
    boxes, report = _read_junior(_junior(), _junior(**{"Number of Posts in FTE": "lots"}))
    assert [b.lines for b in boxes] == [(2, 3)]
    assert [(p.source, p.line, p.kind) for p in report.problems] == [
        ("junior.csv", 3, ProblemKind.UNREADABLE_NUMBER)
    ]


def test_the_readers_follow_a_map_of_the_columns() -> None:
    [post] = read_senior(_senior_table(_senior(Notes="Interim")), ImportReport(), ["Notes=title"])
    assert post.title == "Interim"
    junior = _junior_table(_junior(**{"Professional/Occupational Group": "Social work"}))
    [box] = read_junior(junior, ImportReport(), ["Professional/Occupational Group=title"])
    assert box.title == "Social work"
    senior = _senior_table(_senior(Organisation="Bury", Notes="Wigan"))
    with pytest.raises(ImportRefused):
        check_same_body(senior, _body("j.csv", "Wigan"))
    check_same_body(senior, _body("j.csv", "Wigan"), ["Notes=organisation"])
