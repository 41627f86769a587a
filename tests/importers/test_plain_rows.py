"""importers/plain_rows.py: an establishment list read a column at a time gives the same rows,
proposal and report as each row read by the row reader, and leaves to it exactly the rows with
something to report."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.cli.import_cmd import summary
from orgchart_app.domain import PostStatus, UnitKind
from orgchart_app.importers.assemble import AS_IS, assemble_scenarios
from orgchart_app.importers.establishment import read_establishment
from orgchart_app.importers.fields import Field
from orgchart_app.importers.plain_rows import Layout, plain_rows, transpose, whole_pounds
from orgchart_app.importers.report import ImportReport, ProblemKind
from orgchart_app.importers.run import ImportFormat, ImportResult, default_mapping
from orgchart_app.importers.tables import Table, parse_csv

# Each column's values: plain ones, then ones the import must clean, doubt, list or note.
PLAIN = {
    "Post Number": ["P1", "P2", "P3", "P4", "P5", "P6"],
    "Job Title": ["Officer", "Manager", "Head of Care", "Total"],
    "Grade": ["", "G5", "G6", "SO1"],
    "FTE": ["", "1", "0.6", "0.5", "60%"],
    "Reports To": ["", "P1", "P2", "P3", "Ann Smith", "Manager"],
    "Directorate": ["", "Adults", "Children"],
    "Team": ["", "Care", "Finance"],
    "Employer": ["", "Bury Council", "NHS Bury CCG"],
    "Vacant": ["", "No", "Yes", "Held"],
    "Cost Centre": ["", "CC1", "CC2"],
    "Employee Name": ["", "Ann Smith", "Bob Jones", "Vacant"],
    "Employee No": ["", "E1", "E2"],
    "Salary": ["", "£20,000", "35745", "£1,234,567", "0", "£35,745"],
    "Notes": ["", "on loan", "review"],
    "Comments": ["", "acting up"],
    "Quantity": ["", "1", "3"],
    "Department": ["", "Place", "People"],
    "Unit Path": ["", "Place > Roads", "People>Care>Day centres"],
    "End Date": ["", "2027-03-31", "31/03/2027"],
    "Contract": ["", "Permanent"],
    "Spinal Point": ["", "12"],
}
AWKWARD = {
    "Post Number": ["", " P2 ", "'P7", "P1\n"],
    "Job Title": ["", " Officer ", "=SUM(A1)", "'=A1", "Manager\nof things", "total", "="],
    "Grade": [" G5", "G\t6", "=G7"],
    "FTE": ["0,6", "1,234", "2.5", "abc", "n/a", "0", "-1", "1.0 ", "1,5"],
    "Reports To": ["P9", " P2", "p1", "Nobody"],
    "Vacant": ["maybe", "VACANT", " yes", "frozen"],
    "Employee Name": ["'Vacant'", "vacancy", " Bob Jones ", "Vacant post"],
    "Salary": [
        "£35,745.50",
        "£35k",
        "N/D",
        "-",
        "abc",
        "-5",
        "20,00",
        "£",
        "99999999",
        "35.745,50",
    ],
    "Quantity": ["two", "0", " 2"],
    "End Date": ["soon", "31/02/2027", "permanent"],
    "Contract": ["Temp", "fixed term"],
    "Spinal Point": ["x", "99"],
}
BASE = ["Post Number", "Job Title", "Reports To", "Vacant", "Employee Name", "Salary", "FTE"]
OPTIONAL = [c for c in PLAIN if c not in BASE]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def establishment_lists(draw: st.DrawFn) -> str:
    """A small list whose columns are each plain throughout, or mixed with awkward values."""
    header = BASE + draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=6))
    pools = []
    for column in header:
        messy = column in AWKWARD and draw(st.booleans())
        pools.append(PLAIN[column] + (AWKWARD[column] if messy else []))
    rows = draw(
        st.lists(st.tuples(*(st.sampled_from(pool) for pool in pools)), min_size=1, max_size=12)
    )
    return _csv(header, [list(row) for row in rows])


def _import(table: Table, row_by_row: bool) -> tuple[object, ...]:
    report = ImportReport(format_name=ImportFormat.ESTABLISHMENT.value)
    mapping = default_mapping(table, ImportFormat.ESTABLISHMENT, report.warnings)
    rows = read_establishment(table, mapping, report, row_by_row=row_by_row)
    read = [dict((name, getattr(row, name)) for name in row.__slots__) for row in rows]
    proposal = assemble_scenarios([(AS_IS, rows)], report, "Imported", "Bury Council")
    text = summary(ImportResult(proposal, report, ImportFormat.ESTABLISHMENT, mapping))
    return read, proposal, report, text


def _same_either_way(text: str) -> None:
    table = parse_csv(text, "list.csv", "UTF-8")
    by_columns, by_rows = _import(table, row_by_row=False), _import(table, row_by_row=True)
    for read_by_columns, read_by_rows in zip(by_columns, by_rows, strict=True):
        assert read_by_columns == read_by_rows


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(establishment_lists())
def test_a_list_read_by_columns_is_read_as_row_by_row(text: str) -> None:
    _same_either_way(text)


def test_a_crafted_list_with_every_kind_of_cell_is_read_as_row_by_row() -> None:
    header = list(PLAIN)
    rows = []
    for n in range(40):
        rows.append([PLAIN[c][n % len(PLAIN[c])] for c in header])
        rows.append(
            [
                (PLAIN[c] + AWKWARD.get(c, []))[(n * 7) % len(PLAIN[c] + AWKWARD.get(c, []))]
                for c in header
            ]
        )
    _same_either_way(_csv(header, rows))


def test_a_decimal_comma_list_is_read_as_row_by_row() -> None:
    rows = [
        [f"P{n}", "Officer", "0,6" if n % 2 else "1", "P0" if n else "", f"£{20000 + n}"]
        for n in range(30)
    ]
    rows.append(["P99", "Officer", "1,234", "P0", "35.745,50"])
    _same_either_way(_csv(["Post Number", "Job Title", "FTE", "Reports To", "Salary"], rows))
    # Whole pounds grouped with commas: decimals where the file writes them with a comma.
    rows = [[f"P{n}", "Officer", "0,5", f"£{20 + n},000"] for n in range(10)]
    _same_either_way(_csv(["Post Number", "Job Title", "FTE", "Salary"], rows))


def test_a_list_of_plain_columns_only_is_read_as_row_by_row() -> None:
    # No manager column, blank salaries among whole pounds, two untitled rows in a row.
    header = ["Job Title", "Grade", "Salary", "Team"]
    rows = [["Officer", "G5", "£20,000", "Care"], ["Clerk", "G4", "", "Care"]]
    rows += [["", "G4", "19000", ""], ["", "G4", "", ""], ["Officer", "", "£21,000", "Care"]]
    _same_either_way(_csv(header, rows))
    assert _plain(header, *rows) == [True, True, False, False, True]


def _plain(header: list[str], *rows: list[str], decimal_comma: bool = False) -> list[bool]:
    """Which rows the columns read themselves (True), leaving the rest to the row reader."""
    table = parse_csv(_csv(header, list(rows)), "list.csv", "UTF-8")
    mapping = default_mapping(table, ImportFormat.ESTABLISHMENT, [])
    columns = tuple((f, i) for i, f in enumerate(mapping.fields) if f is not Field.IGNORE)
    has_ref = Field.POST_REF in mapping.fields
    layout = Layout(table.source, mapping.headers, columns, has_ref, None, decimal_comma)
    posts, _ = plain_rows(table.rows, transpose(table.rows), layout)
    return [post is not None for post in posts]


def test_only_rows_with_something_to_report_are_left_to_the_row_reader() -> None:
    header = ["Post Number", "Job Title", "FTE", "Vacant", "Employee Name", "Salary", "Notes"]
    assert _plain(
        header,
        ["P1", "Officer", "0.6", "No", "Ann Smith", "£20,000", "on loan"],  # plain
        ["P2", " Officer ", "1", "Yes", "Vacant", "", ""],  # trimmed; a vacancy without a name
        ["P3", "Officer", "", "", "", "N/A", ""],  # no salary given
        ["", "Officer", "1", "No", "", "", ""],  # no post number
        ["P5", "", "1", "No", "", "", ""],  # no title
        ["P6", "=SUM(A1)", "1", "No", "", "", ""],  # a formula
        ["P7", "Officer", "1,234", "No", "", "", ""],  # a doubtful FTE
        ["P8", "Officer", "2.5", "No", "", "", ""],  # more than one FTE
        ["P9", "Officer", "lots", "No", "", "", ""],  # an unreadable FTE
        ["P10", "Officer", "1", "maybe", "", "", ""],  # a status the import does not know
        ["P11", "Officer", "1", "Yes", "Bob Jones", "", ""],  # a vacancy naming a person: said
        ["P12", "Officer", "1", "No", "", "£35k each", ""],  # an unreadable salary
        ["P13", "Officer", "1", "No", "", "-", ""],  # a dash: no salary, nothing to say
        ["P14", "Officer", "lots", "Yes", "Bob Jones", "", ""],  # a named vacancy and more
    ) == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        True,
        False,
        True,
        False,
    ]


def test_a_vacancy_naming_a_person_is_read_by_columns_and_listed_in_order() -> None:
    header = ["Post Number", "Job Title", "FTE", "Vacant", "Employee Name"]
    rows = [
        ["P1", "Officer", "lots", "No", ""],
        ["P2", "Officer", "1", "Yes", "Bob Jones"],
        ["P3", "Officer", "1", "held vacant", "Ann Lee"],
        ["P4", "Officer", "1", "Yes", ""],
        ["P5", "Officer", "1,234", "Yes", "Cy Dee"],
    ]
    assert _plain(header, *rows) == [False, True, True, True, False]
    table = parse_csv(_csv(header, rows), "list.csv", "UTF-8")
    report = ImportReport()
    read = read_establishment(table, default_mapping(table, ImportFormat.ESTABLISHMENT, []), report)
    assert [(row.ref, row.status.value, row.holder) for row in read[1:3]] == [
        ("P2", "vacant", "Bob Jones"),
        ("P3", "held_vacant", "Ann Lee"),
    ]
    assert [(p.line, p.kind.value, p.message) for p in report.problems] == [
        (2, "unreadable number", p1 := report.problems[0].message),
        (
            3,
            "postholder left out",
            'the post is marked vacant ("Yes") but names a postholder; the name is left out '
            "(correct the status if the person holds the post)",
        ),
        (
            4,
            "postholder left out",
            'the post is marked vacant - held ("held vacant") but names a postholder; the '
            "name is left out (correct the status if the person holds the post)",
        ),
        (6, "postholder left out", report.problems[3].message),
        (6, "number read one of two ways", report.problems[4].message),
    ]
    assert "lots" in p1
    _same_either_way(_csv(header, rows))


def test_a_total_row_without_a_post_number_column_is_left_to_the_row_reader() -> None:
    header = ["Job Title", "Grade"]
    assert _plain(header, ["Officer", "G5"], ["Grand Total", "G5"], ["", "G5"]) == [
        True,
        False,
        False,
    ]


def test_person_details_end_dates_and_quantities_go_by_their_reading() -> None:
    header = ["Job Title", "Contract", "End Date", "Quantity", "Spinal Point"]
    assert _plain(
        header,
        ["Officer", "", "31/03/2027", "3", ""],
        ["Officer", "Permanent", "", "", ""],  # a person's details: the row reader's
        ["Officer", "", "", "", "12"],  # a spinal point is a person's too
        ["Officer", "", "soon", "", ""],
        ["Officer", "", "", "two", ""],
    ) == [True, False, False, False, False]


def test_plain_rows_are_read_into_their_values() -> None:
    header = ["Post Number", "Job Title", "FTE", "Reports To", "Vacant", "Employee Name"]
    header += ["Salary", "Notes", "Comments", "Team", "Unit Path"]
    table = parse_csv(
        _csv(
            header,
            [
                ["P1", "Head", "60%", "", "No", "Ann", "£1,234,567", "a", "b", "Care", "X > Y"],
                ["P2", "Officer", "", "P1", "Yes", "Vacant", "35745", "", "c", "", ""],
            ],
        ),
        "list.csv",
        "UTF-8",
    )
    rows = read_establishment(
        table, default_mapping(table, ImportFormat.ESTABLISHMENT, []), ImportReport()
    )
    assert [(r.ref, r.title, r.fte, r.reports_to, r.status, r.salary, r.notes) for r in rows] == [
        ("P1", "Head", 0.6, "", PostStatus.FILLED, Decimal(1234567), ["a; b"]),
        ("P2", "Officer", 1.0, "P1", PostStatus.VACANT, Decimal(35745), ["c"]),
    ]
    assert [r.unit_path for r in rows] == [
        (("Care", UnitKind.TEAM), ("X", UnitKind.DEPARTMENT), ("Y", UnitKind.TEAM)),
        (),
    ]


@pytest.mark.parametrize("where", [0, 1, 2])
@pytest.mark.parametrize(
    ("cell", "grade", "formulas"),
    [
        ("G6", "G6", 0),
        (" G6", "G6", 0),
        ("G6 ", "G6", 0),
        ("=G6", "=G6", 1),
        ("'=G6", "=G6", 1),
        ("'G6", "'G6", 0),
        ("=", "=", 0),
        ("G\t6", "G 6", 0),
        ("G6\n", "G6", 0),
    ],
)
def test_a_column_plain_but_for_one_cell_reads_that_cell_as_the_row_reader_does(
    cell: str, grade: str, formulas: int, where: int
) -> None:
    grades = ["G5", "G5", "G5"]
    grades[where] = cell
    table = parse_csv(
        _csv(["Job Title", "Grade"], [["Officer", g] for g in grades]), "list.csv", "UTF-8"
    )
    report = ImportReport()
    rows = read_establishment(table, default_mapping(table, ImportFormat.ESTABLISHMENT, []), report)
    grades[where] = grade
    assert [row.grade for row in rows] == grades
    formula_lines = [p.line for p in report.problems if p.kind is ProblemKind.FORMULA]
    assert formula_lines == [where + 2] * formulas


def test_an_fte_is_read_as_the_file_writes_decimals() -> None:
    # "0.000,5" is half an FTE where decimals are written with a comma, unreadable elsewhere.
    rows = [["Officer", "0.000,5"], ["Officer", "0,5"]]
    assert _plain(["Job Title", "FTE"], *rows, decimal_comma=True) == [True, True]
    assert _plain(["Job Title", "FTE"], *rows, decimal_comma=False) == [False, True]


@pytest.mark.parametrize(
    ("written", "pounds"),
    [
        (["£20,000", "35745", "£1,234,567", "0"], [20000, 35745, 1234567, 0]),
        (["£35,745.50"], []),  # pence: read amount by amount
        (["-5"], []),
        (["£"], []),
        (["£20,000", ","], []),
        (["٣"], []),  # a digit, but not an ASCII one
        (["35k"], []),
        (["20 000"], []),
    ],
)
def test_a_column_of_whole_pounds_is_read_in_one_go(written: list[str], pounds: list[int]) -> None:
    assert whole_pounds(written) == pounds


def test_rows_read_by_columns_and_by_the_row_reader_share_one_path_per_unit() -> None:
    header = ["Post Number", "Job Title", "Team"]
    table = parse_csv(
        _csv(header, [["P1", "Officer", "Care"], ["", "Officer", "Care"], ["", "Clerk", "Care"]]),
        "list.csv",
        "UTF-8",
    )
    rows = read_establishment(
        table, default_mapping(table, ImportFormat.ESTABLISHMENT, []), ImportReport()
    )
    assert rows[0].unit_path is rows[1].unit_path is rows[2].unit_path
