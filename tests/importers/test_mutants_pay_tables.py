"""importers/pay_tables.py directly: a grade table read, every wrong cell one sentence."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain.ids import GradeId, PayScaleId
from orgchart_app.domain.model import Grade
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.pay_tables import (
    cell_number,
    grades_from_table,
    normalised,
    read_grade_lines,
)
from orgchart_app.importers.tables import Row, Table


def _table(headers: list[str], *rows: tuple[str, ...]) -> Table:
    return Table("grades.csv", headers, [Row(n, r) for n, r in enumerate(rows, start=2)])


def _refusal(table: Table) -> str:
    with pytest.raises(ImportRefused) as refused:
        grades_from_table(table)
    return str(refused.value)


def test_grades_on_a_spine_with_notes() -> None:
    table = _table(
        [" Grade ", "Bottom_Point", "TOP POINT", "Note"],
        ("G5", "'12", "15", "From the 2024 pay policy"),
        ("G6", "16", "20"),
    )
    assert grades_from_table(table) == [
        Grade(GradeId(0), PayScaleId(0), "G5", 12, 15, description="From the 2024 pay policy"),
        Grade(GradeId(0), PayScaleId(0), "G6", 16, 20, description="Imported from grades.csv."),
    ]


def test_grades_paid_as_salary_ranges() -> None:
    table = _table(
        ["grade", "min salary", "max salary", "description", "Column 5"],
        ("SMT1", "£85,000.50", "£95,000", "", ""),
    )
    assert grades_from_table(table) == [
        Grade(
            GradeId(0),
            PayScaleId(0),
            "SMT1",
            min_salary=Decimal("85000.50"),
            max_salary=Decimal("95000"),
            description="Imported from grades.csv.",
        )
    ]
    equal = _table(["grade", "min salary", "max salary"], ("SMT2", "90000", "90000"))
    assert grades_from_table(equal)[0].max_salary == 90000


def test_other_columns_are_refused_naming_the_ones_found() -> None:
    for headers in (["grade", "min salary"], ["grade", "bottom point", "max salary"], ["x"]):
        assert _refusal(_table(headers)) == (
            'grades.csv: the columns must be "grade, bottom point, top point" or '
            f'"grade, min salary, max salary" (found: {", ".join(headers)}).'
        )
    assert _refusal(_table(["grade", "min salary", "max salary", "notes"])).startswith(
        "grades.csv: the columns must be"
    )


def test_each_wrong_row_is_one_sentence_naming_its_line() -> None:
    spine = ["Grade", "Bottom point", "Top point"]
    assert _refusal(_table(spine, ("G5", "1", "2"), (" ", "1", "2"))) == (
        "grades.csv, line 3: grade is empty."
    )
    assert _refusal(_table(spine, ("G5", "9", "8"))) == (
        "grades.csv, line 2: Bottom point 9 is above Top point 8."
    )
    assert _refusal(_table(spine, ("G5", "1.5", "8"))) == (
        'grades.csv, line 2: Bottom point "1.5" is not a whole number of 0 or more.'
    )
    assert _refusal(_table(spine, ("G5", "1", "8.5"))) == (
        'grades.csv, line 2: Top point "8.5" is not a whole number of 0 or more.'
    )
    assert _refusal(_table(spine, ("G5", "1", "8", " x"))) == (
        "grades.csv, line 2 has more cells than the header: write amounts without commas "
        "(25000), or put them in quotes."
    )
    assert _refusal(_table(spine, ("G5", "1", "2"), ("G5", "3", "4"))) == (
        'grades.csv, line 3: grade "G5" is there twice.'
    )
    assert _refusal(_table(spine)) == "grades.csv has no grades under its header."
    # A blank cell beyond the header is no amount split by a comma.
    assert grades_from_table(_table(spine, ("G5", "1", "8", " ")))[0].top_point == 8


def test_cells_are_numbers_of_zero_or_more_unless_negatives_are_asked_for() -> None:
    table = _table(["Amount"], ("-5",), ("NaN",), ("lots",), ("0",), ("£1,234.5",))
    assert cell_number(table, table.rows[0], 0, negative=True) == -5
    assert cell_number(table, table.rows[3], 0, whole=True) == 0
    assert cell_number(table, table.rows[4], 0) == Decimal("1234.5")
    for row, message in (
        (0, 'grades.csv, line 2: Amount "-5" is not a number of 0 or more.'),
        (1, 'grades.csv, line 3: Amount "NaN" is not a number of 0 or more.'),
        (2, 'grades.csv, line 4: Amount "lots" is not a number.'),
    ):
        with pytest.raises(ImportRefused) as refused:
            cell_number(table, table.rows[row], 0)
        assert str(refused.value) == message
    assert normalised("  Min--Salary (£) ") == "min salary"


def test_each_grade_of_a_file_comes_with_its_line(tmp_path: Path) -> None:
    # The blank line is passed over, so the second grade is on line 4: its source once imported.
    path = tmp_path / "grades.csv"
    path.write_text("Grade,Bottom Point,Top Point\nG5,12,15\n\nG6,16,20\n", encoding="utf-8")
    assert read_grade_lines(path) == [
        (
            2,
            Grade(GradeId(0), PayScaleId(0), "G5", 12, 15, description="Imported from grades.csv."),
        ),
        (
            4,
            Grade(GradeId(0), PayScaleId(0), "G6", 16, 20, description="Imported from grades.csv."),
        ),
    ]
