"""importers/establishment.py directly: each cell of a row read into its post, each doubt listed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.domain import PostStatus, UnitKind
from orgchart_app.importers.columns import recognise
from orgchart_app.importers.establishment import read_establishment
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.progress import Progress
from orgchart_app.importers.records import NO_FACTS, ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind
from orgchart_app.importers.tables import Row, Table


def _read(
    headers: list[str],
    *rows: tuple[str, ...],
    match: ManagerMatch | None = None,
) -> tuple[list[PostRow], ImportReport]:
    table = Table("list.csv", headers, [Row(n, r) for n, r in enumerate(rows, start=2)])
    report = ImportReport()
    return read_establishment(table, recognise(headers), report, match), report


def _one(headers: list[str], *cells: str) -> tuple[PostRow, list[Problem]]:
    posts, report = _read(headers, cells)
    assert len(posts) == 1
    return posts[0], report.problems


def test_a_file_without_a_title_or_post_number_column_is_refused_by_name() -> None:
    table = Table("staff.csv", ["Grade", "FTE"], [Row(2, ("PO1", "1"))])
    with pytest.raises(ImportRefused) as refused:
        read_establishment(table, recognise(table.headers), ImportReport())
    assert str(refused.value) == (
        '"staff.csv" has no column recognised as the job title or the post number: '
        "say which one it is with --map COLUMN=title."
    )


@pytest.mark.parametrize("headers", [["Job Title"], ["Post Number"]])
def test_either_a_title_or_a_post_number_column_is_enough(headers: list[str]) -> None:
    posts, _ = _read(headers, ("X1",))
    assert len(posts) == 1


def test_the_files_count_reconciles_its_rows_blank_lines_and_encoding() -> None:
    rows = [Row(2, ("P1", "Head")), Row(3, ("", "")), Row(5, ("P3", "Officer"))]
    table = Table("list.csv", ["Post Number", "Job Title"], rows, blank_lines=1, encoding="UTF-16")
    report = ImportReport()
    posts = read_establishment(table, recognise(table.headers), report)
    assert [p.ref for p in posts] == ["P1", "P3"]
    [count] = report.sources
    assert (count.source, count.blank_lines, count.encoding) == ("list.csv", 1, "UTF-16")
    assert (count.rows_read, count.rows_placed, count.rows_skipped) == (3, 2, 1)


def test_each_row_read_advances_the_progress() -> None:
    rows = [Row(n, (f"P{n}",)) for n in range(2, 503)]
    ticks: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: ticks.append((done, total)) is None, 501, passes=1)
    read_establishment(
        Table("list.csv", ["Post Number"], rows),
        recognise(["Post Number"]),
        ImportReport(),
        progress=progress,
    )
    assert ticks == [(500, 501)]


def test_a_row_without_title_or_number_is_skipped_with_its_line() -> None:
    _, report = _read(["Post Number", "Job Title", "Grade"], ("", "", "PO1"))
    assert report.problems == [
        Problem(
            "list.csv",
            2,
            ProblemKind.SKIPPED,
            "no job title and no post number, so there is no post to place",
        )
    ]


@pytest.mark.parametrize("title", ["Total", "GRAND TOTAL", "Sub total", "subtotal", "Totals"])
def test_a_total_row_without_a_number_is_skipped(title: str) -> None:
    posts, report = _read(["Post Number", "Job Title", "FTE"], ("", title, "40"))
    assert posts == []
    assert [(p.kind, p.message) for p in report.problems] == [
        (ProblemKind.SKIPPED, f'a "{title}" row, not a post')
    ]


def test_a_post_numbered_and_called_total_is_a_post() -> None:
    post, _ = _one(["Post Number", "Job Title"], "P9", "Total")
    assert (post.ref, post.title) == ("P9", "Total")


def test_a_missing_post_number_is_made_up_from_the_line_only_where_the_file_has_numbers() -> None:
    posts, report = _read(["Post Number", "Job Title"], ("P1", "Head"), ("", "Officer"))
    assert [p.ref for p in posts] == ["P1", ""]
    assert [(p.line, p.kind, p.message) for p in report.problems] == [
        (
            3,
            ProblemKind.MISSING_VALUE,
            '"Officer" has no post number; one is made up from the line number (R3)',
        )
    ]
    _, without = _read(["Job Title"], ("Officer",))
    assert without.problems == []


def test_a_post_number_without_a_title_is_an_untitled_post() -> None:
    post, problems = _one(["Post Number", "Job Title"], "P7", "")
    assert post.title == "Untitled post"
    assert [(p.kind, p.message) for p in problems] == [
        (ProblemKind.MISSING_VALUE, 'post "P7" has no job title; it is called "Untitled post"')
    ]


def test_every_text_column_reaches_its_field() -> None:
    headers = [
        "Post Number",
        "Job Title",
        "Grade",
        "Cost Centre",
        "Employer",
        "Deployed To",
        "Employee Name",
        "Employee Number",
        "Dotted line to",
        "Dotted line kind",
        "Dotted line share",
        "Dotted line interim",
        "Funding Source",
    ]
    cells = ("P1", "Head", "PO1", "C100", "Bury Council", "NHS Bury", "Ann Lee", "E77")
    cells += ("P2", "matrix", "20%", "yes", "Grant")
    post, problems = _one(headers, *cells)
    assert problems == []
    assert (post.source, post.line, post.ref, post.title) == ("list.csv", 2, "P1", "Head")
    got = (post.grade, post.cost_code, post.organisation, post.deployed_to, post.holder)
    assert got == ("PO1", "C100", "Bury Council", "NHS Bury", "Ann Lee")
    assert post.employee_number == "E77"
    dotted = (post.dotted_line, post.dotted_kind, post.dotted_share, post.dotted_interim)
    assert dotted == ("P2", "matrix", "20%", "yes")
    assert post.funding_source == "Grant"
    assert post.status is PostStatus.FILLED


def test_cells_are_trimmed_and_a_short_row_reads_blank_past_its_end() -> None:
    post, problems = _one(["Job Title", "Grade", "Cost Centre"], "  Head \t", " PO1 ")
    assert (post.title, post.grade, post.cost_code) == ("Head", "PO1", "")
    assert problems == []


def test_a_cell_with_line_breaks_is_folded_and_a_blank_one_ignored() -> None:
    post, _ = _one(["Job Title", "Grade", "Notes"], " Head\n of\tCare ", "   ", "")
    assert post.title == "Head of Care"
    assert post.grade == ""
    assert post.notes == []


def test_our_exports_formula_mark_is_taken_off_and_the_formula_listed() -> None:
    post, problems = _one(["Job Title", "Grade", "Cost Centre"], "'=Head", "'PO1", "'+44\t")
    assert (post.title, post.grade, post.cost_code) == ("=Head", "'PO1", "+44")
    # Unmarked, it is a formula again: listed, never run.
    assert [p.message for p in problems] == [
        'column "Job Title" holds a formula (=Head); it is kept as plain text and never run'
    ]


def test_a_formula_is_kept_as_text_and_listed_with_its_column() -> None:
    formula = "=SUM(A1:A9)+VLOOKUP(B2,Sheet2!A:B,2,FALSE)"
    post, problems = _one(["Job Title", "Grade"], "Head", formula)
    assert post.grade == formula
    assert [(p.line, p.kind, p.message) for p in problems] == [
        (
            2,
            ProblemKind.FORMULA,
            f'column "Grade" holds a formula ({formula[:40]}); '
            "it is kept as plain text and never run",
        )
    ]


def test_several_notes_columns_are_all_kept_in_order() -> None:
    post, _ = _one(["Job Title", "Notes", "Comments"], "Head", "Acting", "Review in May")
    assert post.notes == ["Acting; Review in May"]


def test_unit_columns_give_department_directorate_team_in_that_order() -> None:
    headers = ["Job Title", "Team", "Directorate", "Department"]
    post, _ = _one(headers, "Head", "Care", "Adults", "Health")
    assert post.unit_path == (
        ("Health", UnitKind.DEPARTMENT),
        ("Adults", UnitKind.DIRECTORATE),
        ("Care", UnitKind.TEAM),
    )


@pytest.mark.parametrize(
    ("path", "kinds"),
    [
        ("Adults", [UnitKind.DEPARTMENT]),
        ("Adults > Care", [UnitKind.DEPARTMENT, UnitKind.TEAM]),
        ("A > B > C", [UnitKind.DEPARTMENT, UnitKind.DIRECTORATE, UnitKind.TEAM]),
        (
            "A > B > C > D > E",
            [
                UnitKind.DEPARTMENT,
                UnitKind.DIRECTORATE,
                UnitKind.SERVICE,
                UnitKind.SERVICE,
                UnitKind.TEAM,
            ],
        ),
    ],
)
def test_a_unit_path_names_each_level_by_its_depth(path: str, kinds: list[UnitKind]) -> None:
    post, _ = _one(["Job Title", "Unit Path"], "Head", path)
    assert [kind for _, kind in post.unit_path] == kinds
    assert [name for name, _ in post.unit_path] == [p.strip() for p in path.split(">")]


def test_a_unit_path_follows_the_unit_columns_and_drops_empty_parts() -> None:
    post, _ = _one(["Job Title", "Department", "Unit Path"], "Head", "Health", " > Adults >> Care ")
    assert post.unit_path == (
        ("Health", UnitKind.DEPARTMENT),
        ("Adults", UnitKind.DEPARTMENT),
        ("Care", UnitKind.TEAM),
    )


def test_rows_naming_the_same_units_share_one_path_and_others_get_their_own() -> None:
    headers = ["Job Title", "Team", "Unit Path"]
    posts, _ = _read(headers, ("A", "Care", ""), ("B", "Care", ""), ("C", "", "Care"))
    assert posts[0].unit_path is posts[1].unit_path
    assert posts[2].unit_path == (("Care", UnitKind.DEPARTMENT),)
    assert posts[0].unit_path == (("Care", UnitKind.TEAM),)


def test_the_most_exact_manager_column_wins_and_says_how_it_names_the_manager() -> None:
    headers = ["Job Title", "Reports To", "Manager Name", "Reports To Post Number"]
    posts, _ = _read(
        headers,
        ("A", "Head", "Ann Lee", "P1"),
        ("B", "Head", "Ann Lee", ""),
        ("C", "Head", "", ""),
        ("D", "", "", ""),
    )
    assert [(p.reports_to, p.manager_match) for p in posts] == [
        ("P1", ManagerMatch.REF),
        ("Ann Lee", ManagerMatch.NAME),
        ("Head", ManagerMatch.AUTO),
        ("", ManagerMatch.AUTO),
    ]


def test_a_manager_match_asked_for_overrides_the_columns_own() -> None:
    posts, _ = _read(["Job Title", "Reports To"], ("A", "Ann"), ("B", ""), match=ManagerMatch.NAME)
    assert [(p.reports_to, p.manager_match) for p in posts] == [
        ("Ann", ManagerMatch.NAME),
        ("", ManagerMatch.AUTO),
    ]


@pytest.mark.parametrize(
    ("status", "holder", "expected"),
    [
        ("", "Ann Lee", PostStatus.FILLED),
        ("", "Vacant", PostStatus.VACANT),
        ("Filled", "VACANCY", PostStatus.VACANT),
        ("Vacant", "", PostStatus.VACANT),
        ("Held vacant", "Vacant", PostStatus.HELD_VACANT),
    ],
)
def test_a_posts_status_comes_from_its_status_cell_and_a_vacant_holder(
    status: str, holder: str, expected: PostStatus
) -> None:
    post, problems = _one(["Job Title", "Status", "Employee Name"], "Head", status, holder)
    assert post.status is expected
    assert problems == []


def test_an_unknown_status_is_noted_listed_and_taken_as_filled() -> None:
    text = "Out on secondment to the NHS until further notice"
    post, problems = _one(["Job Title", "Status"], "Head", text)
    assert post.status is PostStatus.FILLED
    assert post.notes == [f'Status in the file: "{text}"']
    assert [(p.kind, p.message) for p in problems] == [
        (
            ProblemKind.MISSING_VALUE,
            f'"{text[:40]}" is not a status the import knows (filled, vacant, held vacant); '
            "the post is taken as filled",
        )
    ]


def test_an_unknown_status_beside_a_vacant_holder_is_still_vacant() -> None:
    post, _ = _one(["Job Title", "Status", "Employee Name"], "Head", "maybe", "Vacant")
    assert post.status is PostStatus.VACANT


def test_the_notes_cell_comes_before_the_imports_own_notes() -> None:
    post, _ = _one(["Job Title", "Status", "Notes"], "Head", "maybe", "Acting up")
    assert post.notes == ["Acting up", 'Status in the file: "maybe"']


def test_fte_and_salary_are_read_as_numbers() -> None:
    post, problems = _one(["Job Title", "FTE", "Salary"], "Head", "0.5", "£30,000")
    assert (post.fte, post.quantity, post.salary) == (0.5, 1, Decimal(30000))
    assert problems == []
    assert post.notes == []


def test_no_fte_is_one_fte_and_no_salary_is_none() -> None:
    post, problems = _one(["Job Title", "FTE", "Salary"], "Head", "", "")
    assert (post.fte, post.quantity, post.salary) == (1.0, 1, None)
    assert problems == []
    assert post.notes == []


def test_an_unreadable_fte_is_one_fte_kept_in_the_notes_and_listed() -> None:
    text = "about half of the week, depending on the rota agreed"
    post, problems = _one(["Job Title", "FTE"], "Head", text)
    assert (post.fte, post.quantity) == (1.0, 1)
    assert post.notes == [f'FTE in the file: "{text}"']
    assert [(p.source, p.line, p.kind, p.message) for p in problems] == [
        (
            "list.csv",
            2,
            ProblemKind.UNREADABLE_NUMBER,
            f'FTE "{text[:40]}" is not a number, or is out of range; the post is taken as 1 FTE, '
            "and the text is kept in the post's notes",
        )
    ]


def test_a_doubtful_fte_is_listed_with_the_reading_taken() -> None:
    post, problems = _one(["Job Title", "FTE"], "Head", "1.000")
    assert post.fte == 1.0
    assert [(p.kind, p.message) for p in problems] == [
        (
            ProblemKind.DOUBTFUL_NUMBER,
            'FTE "1.000" is read as 1, as the file writes decimals with a point; correct it if not',
        )
    ]


def test_decimal_commas_in_the_number_columns_set_how_the_file_is_read() -> None:
    posts, report = _read(
        ["Job Title", "FTE", "Salary"], ("A", "0,5", "30.000,50"), ("B", "1.000", "")
    )
    assert [p.fte for p in posts] == [0.5, 1.0]
    assert posts[0].salary == Decimal("30000.5")
    assert posts[1].quantity == 1000


def test_decimal_commas_elsewhere_do_not_set_how_numbers_are_read() -> None:
    post, _ = _one(["Job Title", "Grade", "FTE"], "A", "0,5", "1.000")
    assert (post.fte, post.quantity) == (1.0, 1)


def test_more_than_one_fte_on_a_row_is_spread_over_whole_posts() -> None:
    post, problems = _one(["Job Title", "FTE"], "Care worker", "2.5")
    assert (post.quantity, post.fte) == (3, 2.5 / 3)
    assert post.notes == ["2.5 FTE in the file, shown as 3 posts"]
    assert problems == []


def test_a_quantity_column_gives_the_number_of_posts() -> None:
    post, problems = _one(["Job Title", "FTE", "Quantity"], "Care worker", "0.5", "4")
    assert (post.quantity, post.fte) == (4, 0.5)
    assert problems == []


def test_more_than_one_fte_beside_a_quantity_is_unreadable_and_one_fte() -> None:
    post, problems = _one(["Job Title", "FTE", "Quantity"], "Care worker", "2.5", "3")
    assert (post.quantity, post.fte) == (3, 1.0)
    assert post.notes == ['FTE in the file: "2.5"']
    assert [(p.kind, p.message) for p in problems] == [
        (
            ProblemKind.UNREADABLE_NUMBER,
            'FTE "2.5" is not a number, or is out of range; the post is taken as 1 FTE, '
            "and the text is kept in the post's notes",
        )
    ]


def test_an_unreadable_quantity_is_one_post() -> None:
    post, problems = _one(["Job Title", "FTE", "Quantity"], "Care worker", "0.5", "some")
    assert (post.quantity, post.fte) == (1, 0.5)
    assert post.notes == ['Quantity in the file: "some"']
    assert [(p.kind, p.message) for p in problems] == [
        (
            ProblemKind.UNREADABLE_NUMBER,
            'Quantity "some" is not a number, or is out of range; the box is taken as 1 post, '
            "and the text is kept in the post's notes",
        )
    ]


def test_an_unreadable_salary_is_none_and_listed() -> None:
    post, problems = _one(["Job Title", "Salary"], "Head", "abc123")
    assert post.salary is None
    assert post.notes == ['Salary in the file: "abc123"']
    assert [(p.kind, p.message) for p in problems] == [
        (
            ProblemKind.UNREADABLE_NUMBER,
            'Salary "abc123" is not a number, or is out of range; the post has no salary, '
            "and the text is kept in the post's notes",
        )
    ]


@pytest.mark.parametrize(("text", "notes"), [("TBC", ["Salary: TBC"]), ("-", [])])
def test_a_salary_in_words_is_kept_in_the_notes_but_not_a_dash(text: str, notes: list[str]) -> None:
    post, problems = _one(["Job Title", "Salary"], "Head", text)
    assert post.salary is None
    assert post.notes == notes
    assert problems == []


def test_a_spinal_point_and_an_end_date_are_read() -> None:
    headers = ["Job Title", "Spinal Point", "End Date"]
    post, problems = _one(headers, "Head", "23", "31/03/2027")
    assert (post.spinal_point, post.end_date) == (23, dt.date(2027, 3, 31))
    assert problems == []


def test_an_unreadable_spinal_point_and_end_date_are_listed_and_left_out() -> None:
    headers = ["Job Title", "Spinal Point", "End Date"]
    post, problems = _one(headers, "Head", "top", "when funding ends")
    assert (post.spinal_point, post.end_date) == (None, None)
    assert post.notes == [
        'Spinal point in the file: "top"',
        'End date in the file: "when funding ends"',
    ]
    # The person's spinal point is read from the same cell, and listed by people.py too.
    ours = [(p.kind, p.message) for p in problems if "could not be read" not in p.message]
    assert ours == [
        (
            ProblemKind.UNREADABLE_NUMBER,
            'Spinal point "top" is not a number, or is out of range; the post has no spinal '
            "point, and the text is kept in the post's notes",
        ),
        (
            ProblemKind.UNREADABLE_NUMBER,
            'End date "when funding ends" is not a date (31/03/2021 or 2021-03-31); the post is '
            "taken as permanent, and the text is kept in the post's notes",
        ),
    ]


def test_a_persons_unreadable_date_is_named_in_the_report_but_not_kept() -> None:
    text = "the first Monday after the council elections of May"
    post, problems = _one(["Job Title", "Date of Birth"], "Head", text)
    assert post.person.date_of_birth is None
    assert post.notes == []
    assert [(p.source, p.line, p.kind, p.message) for p in problems] == [
        (
            "list.csv",
            2,
            ProblemKind.UNREADABLE_NUMBER,
            f'Date of birth "{text[:40]}" could not be read; it is left blank',
        )
    ]


def test_a_row_giving_only_a_title_leaves_every_other_field_blank() -> None:
    headers = ["Job Title", "Grade", "Cost Centre", "Employer", "Deployed To", "Employee Name"]
    headers += ["Employee Number", "Dotted line to", "Funding Source", "Salary", "Notes"]
    headers += ["Dotted line kind", "Dotted line share", "Dotted line interim"]
    post, problems = _one(headers, "Head")
    blank = (post.grade, post.cost_code, post.organisation, post.deployed_to, post.holder)
    assert blank == ("", "", "", "", "")
    assert (post.employee_number, post.dotted_line, post.funding_source) == ("", "", "")
    assert (post.dotted_kind, post.dotted_share, post.dotted_interim) == ("", "", "")
    assert (post.ref, post.salary, post.notes, post.status) == ("", None, [], PostStatus.FILLED)
    assert (post.person, post.reports_to, post.unit_path) == (NO_FACTS, "", ())
    assert problems == []


def test_a_blank_cell_does_not_stop_the_cells_after_it() -> None:
    post, _ = _one(["Job Title", "Grade", "Cost Centre", "Notes"], "Head", "", "C1", "Acting")
    assert (post.grade, post.cost_code, post.notes) == ("", "C1", ["Acting"])


def test_rows_differing_only_in_directorate_are_in_different_units() -> None:
    headers = ["Job Title", "Department", "Directorate", "Team"]
    posts, _ = _read(headers, ("A", "Care", "Adults", "East"), ("B", "Care", "Children", "East"))
    assert [[name for name, _ in p.unit_path] for p in posts] == [
        ["Care", "Adults", "East"],
        ["Care", "Children", "East"],
    ]


@pytest.mark.parametrize(
    ("fte", "quantity", "read"),
    [("1", "", (1, 1.0)), ("1.5", "", (2, 0.75)), ("1", "2", (2, 1.0))],
)
def test_one_fte_is_one_post_and_more_is_spread_without_a_quantity(
    fte: str, quantity: str, read: tuple[int, float]
) -> None:
    post, problems = _one(["Job Title", "FTE", "Quantity"], "Care worker", fte, quantity)
    assert (post.quantity, post.fte) == read
    assert problems == []
    assert post.notes == ([f"{fte} FTE in the file, shown as 2 posts"] if fte == "1.5" else [])


def test_one_and_a_half_fte_beside_a_quantity_is_unreadable() -> None:
    post, problems = _one(["Job Title", "FTE", "Quantity"], "Care worker", "1.5", "2")
    assert (post.quantity, post.fte) == (2, 1.0)
    assert [p.kind for p in problems] == [ProblemKind.UNREADABLE_NUMBER]


def test_a_cell_of_spaces_does_not_stop_the_cells_after_it() -> None:
    post, _ = _one(["Job Title", "Grade", "Cost Centre"], "Head", "   ", "C1")
    assert (post.grade, post.cost_code) == ("", "C1")


def test_rows_differing_only_in_department_or_unit_path_are_in_different_units() -> None:
    headers = ["Job Title", "Department", "Team", "Unit Path"]
    posts, _ = _read(
        headers,
        ("A", "Care", "East", ""),
        ("B", "Health", "East", ""),
        ("C", "", "East", "North"),
        ("D", "", "East", "South"),
    )
    assert [[name for name, _ in p.unit_path] for p in posts] == [
        ["Care", "East"],
        ["Health", "East"],
        ["East", "North"],
        ["East", "South"],
    ]
