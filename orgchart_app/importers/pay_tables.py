"""Grades and budget lines from a CSV or XLSX file, every cell checked before anything is kept.

A grade table is `grade, bottom point, top point` (grades on a pay spine) or
`grade, min salary, max salary` (grades paid as a salary range), with an optional `note` column
that becomes the grade's description (where the figures come from, or that they are assumed).
A wrong cell is refused with one sentence naming its line and field, so nothing is half-imported.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from orgchart_app.domain.ids import GradeId, PayScaleId
from orgchart_app.domain.model import Grade
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table, read_table

POINT_HEADERS = ("grade", "bottom point", "top point")
SALARY_HEADERS = ("grade", "min salary", "max salary")


def normalised(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", header.casefold()).split())


def cell_number(
    table: Table, row: Row, index: int, whole: bool = False, negative: bool = False
) -> Decimal:
    """The cell as a number (£ and thousands commas allowed), or a one-sentence refusal."""
    # Our own exports put an apostrophe before a minus so spreadsheets do not run it.
    text = row.cell(index).strip().removeprefix("'").replace(",", "").replace("£", "").strip()
    field = table.headers[index].strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ImportRefused(
            f'{table.source}, line {row.line}: {field} "{row.cell(index)}" is not a number.'
        ) from None
    if (
        not value.is_finite()
        or (value < 0 and not negative)
        or (whole and value != value.to_integral_value())
    ):
        kind = "a whole number" if whole else "a number"
        raise ImportRefused(
            f'{table.source}, line {row.line}: {field} "{row.cell(index)}" is '
            f"not {kind} of 0 or more."
        )
    return value


def _shape(table: Table) -> tuple[str, ...]:
    # The reader names cells beyond the header "Column N": a row with more cells than the header.
    headers = tuple(
        h
        for h in (normalised(h) for h in table.headers)
        if h and not re.fullmatch(r"column \d+", h)
    )
    for shape in (POINT_HEADERS, SALARY_HEADERS):
        if headers in (shape, (*shape, "note"), (*shape, "description")):
            return headers
    raise ImportRefused(
        f'{table.source}: the columns must be "grade, bottom point, top point" '
        f'or "grade, min salary, max salary" (found: {", ".join(table.headers)}).'
    )


def _grade(table: Table, row: Row, by_points: bool, width: int) -> Grade:
    if any(cell.strip() for cell in row.cells[width:]):
        raise ImportRefused(
            f"{table.source}, line {row.line} has more cells than the header: "
            "write amounts without commas (25000), or put them in quotes."
        )
    code = row.cell(0).strip()
    if not code:
        raise ImportRefused(f"{table.source}, line {row.line}: grade is empty.")
    low, high = cell_number(table, row, 1, by_points), cell_number(table, row, 2, by_points)
    if low > high:
        raise ImportRefused(
            f"{table.source}, line {row.line}: {table.headers[1].strip()} "
            f"{low} is above {table.headers[2].strip()} {high}."
        )
    scale = PayScaleId(0)
    note = row.cell(3).strip() or f"Imported from {table.source}."
    if by_points:
        return Grade(GradeId(0), scale, code, int(low), int(high), description=note)
    return Grade(GradeId(0), scale, code, min_salary=low, max_salary=high, description=note)


def grades_from_table(table: Table) -> list[Grade]:
    shape = _shape(table)
    by_points = shape[:3] == POINT_HEADERS
    grades = [_grade(table, row, by_points, len(shape)) for row in table.rows]
    seen: set[str] = set()
    for grade, row in zip(grades, table.rows, strict=True):
        if grade.code in seen:
            raise ImportRefused(
                f'{table.source}, line {row.line}: grade "{grade.code}" is there twice.'
            )
        seen.add(grade.code)
    if not grades:
        raise ImportRefused(f"{table.source} has no grades under its header.")
    return grades


def read_grades(path: str | Path) -> list[Grade]:
    return grades_from_table(read_table(path))


def read_grade_lines(path: str | Path) -> list[tuple[int, Grade]]:
    """Each grade with the line of the file it is on: its source, once imported."""
    table = read_table(path)
    grades = grades_from_table(table)
    return [(row.line, grade) for row, grade in zip(table.rows, grades, strict=True)]
