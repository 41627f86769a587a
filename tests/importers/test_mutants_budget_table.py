"""importers/budget_table.py directly: a budget's columns, codes and lines, each wrong cell refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain.enums import BudgetLineKind
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.importers.budget_table import budget_from_table
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table

COLUMNS = (
    "cost centre, description, basic pay, NI, superannuation, other, total, kind, year, "
    "funding source, recurrent, posts"
)


def _table(headers: list[str], *rows: tuple[str, ...]) -> Table:
    return Table("budget.csv", headers, [Row(n, r) for n, r in enumerate(rows, start=2)])


def _refusal(table: Table) -> str:
    with pytest.raises(ImportRefused) as refused:
        budget_from_table(table)
    return str(refused.value)


def test_amount_headers_carry_the_ledgers_codes_kept_with_costed_lines() -> None:
    headers = ["Cost Centre", "Description", "Basic Pay (6000)", "NI ( 6010 )", "Pension"]
    headers += ["Column 6"]
    table = _table(
        headers,
        ("C100", "Social work", "1000", "", "150", ""),
        ("", "Vacancy factor", "0", "0", "0", ""),
    )
    lines = [imported.record for imported in budget_from_table(table)]
    assert lines[0] == BudgetLine(
        BudgetLineId(0),
        "C100",
        "Social work",
        Decimal(1000),
        Decimal(0),
        Decimal(150),
        Decimal(0),
        kind=BudgetLineKind.BUDGET,
        recurrent=True,
        subjective_codes="6000/6010//",
    )
    assert lines[1].subjective_codes == "" and lines[1].description == "Vacancy factor"


def test_a_budget_without_codes_keeps_none() -> None:
    # An unnamed column (a blank header) in the middle is passed over.
    table = _table(["Cost centre", "Column 2", "Description", "Other"], ("C1", "", "Agency", "-50"))
    (line,) = [imported.record for imported in budget_from_table(table)]
    assert (line.subjective_codes, line.other, line.basic_pay) == ("", Decimal(-50), Decimal(0))


def test_unknown_twice_given_or_missing_columns_are_refused() -> None:
    assert _refusal(_table(["Description", "Salary"], ("x", "1"))) == (
        f'budget.csv: the column "Salary" is not a budget column (columns: {COLUMNS}).'
    )
    assert _refusal(_table(["Description", "Pension", " Superannuation "], ("x", "1", "1"))) == (
        f'budget.csv: the column "Superannuation" is there twice (columns: {COLUMNS}).'
    )
    needs = (
        "budget.csv: a budget needs a description column and at least one amount column "
        "(basic pay, NI, superannuation or other)."
    )
    assert _refusal(_table(["Description", "Total"], ("x", "1"))) == needs
    assert _refusal(_table(["Cost centre", "Other"], ("x", "1"))) == needs


def test_each_wrong_line_is_one_sentence() -> None:
    headers = ["Cost centre", "Description", "Basic pay", "Other"]
    assert _refusal(_table(headers, ("C1", "Pay", "1", "2", "3"))) == (
        "budget.csv, line 2 has more cells than the header: write amounts without commas "
        "(25000), or put them in quotes."
    )
    assert _refusal(_table(headers, ("C1", "Pay", "-1", ""))) == (
        "budget.csv, line 2: Basic pay cannot be negative (put a reduction in other)."
    )
    # Zero is no reduction.
    assert budget_from_table(_table(headers, ("C1", "Pay", "0", "")))[0].record.total == 0
