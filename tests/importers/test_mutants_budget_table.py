"""importers/budget_table.py directly: a budget's columns, codes and lines, each wrong cell refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain.enums import BudgetLineKind
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.importers.budget_table import budget_from_table, read_budget
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


FULL = ["Cost centre", "Description", "Basic pay", "Other", "Total", "Kind", "Year"]
FULL += ["Recurrent", "Posts", "Funding source"]


def _line(*cells: str) -> BudgetLine:
    (imported,) = budget_from_table(_table(FULL, cells))
    return imported.record


def test_every_column_of_a_line_is_kept() -> None:
    line = _line("C1", "Pay", "100", "-150", "-50", "", "2019/20", "No", " P1 , ,P2", "Grant")
    assert line == BudgetLine(
        BudgetLineId(0),
        "C1",
        "Pay",
        Decimal(100),
        Decimal(0),
        Decimal(0),
        Decimal(-150),
        kind=BudgetLineKind.BUDGET,
        year="2019/20",
        funding_source="Grant",
        recurrent=False,
        recurrence_assumed=False,
        post_refs="P1, P2",
        subjective_codes="",
    )


def test_a_total_equal_to_the_sum_is_accepted_and_any_other_refused() -> None:
    assert _line("C1", "Pay", "100", "", "100").total == 100
    assert _line("", "Cut", "", "-40", "-40").total == -40
    assert _refusal(_table(FULL, ("C1", "Pay", "100", "0.5", "101"))) == (
        "budget.csv, line 2: total 101 is not the sum of its amounts (100.50)."
    )


@pytest.mark.parametrize(
    ("cost_code", "other", "kind", "expected"),
    [
        ("C1", "10", "Cost", BudgetLineKind.COST),
        ("", "10", "ADJUSTMENT", BudgetLineKind.ADJUSTMENT),
        ("", "-10", "", BudgetLineKind.ADJUSTMENT),
        ("C1", "-10", "", BudgetLineKind.BUDGET),
        ("", "0", "", BudgetLineKind.BUDGET),
        ("", "0.5", "", BudgetLineKind.BUDGET),
    ],
)
def test_a_lines_kind_is_as_written_or_a_cut_without_a_cost_centre_is_an_adjustment(
    cost_code: str, other: str, kind: str, expected: BudgetLineKind
) -> None:
    assert _line(cost_code, "Line", "", other, "", kind).kind is expected


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (("C1", "Pay", "1", "", "", "odd"), 'kind "odd" is not budget, adjustment or cost.'),
        (
            ("C1", "Pay", "1", "", "", "", "2019"),
            'year "2019" is not a financial year such as 2019/20.',
        ),
        (
            ("C1", "Pay", "1", "", "", "", "", "(assumed)"),
            'recurrent "(assumed)" is not yes or no (or "yes (assumed)", "no (assumed)").',
        ),
        (
            ("C1", "Pay", "1", "", "", "", "", "Maybe"),
            'recurrent "maybe" is not yes or no (or "yes (assumed)", "no (assumed)").',
        ),
        (("", "", "1"), "the line has neither a cost centre nor a description."),
    ],
)
def test_a_wrong_kind_year_or_recurrence_is_refused_on_its_line(
    cells: tuple[str, ...], message: str
) -> None:
    assert _refusal(_table(FULL, cells)) == f"budget.csv, line 2: {message}"


@pytest.mark.parametrize(
    ("stated", "recurrent", "assumed"),
    [
        ("", True, False),
        ("Yes", True, False),
        ("n", False, False),
        ("yes (assumed)", True, True),
        ("No  (Assumed)", False, True),
    ],
)
def test_recurrence_is_read_and_an_assumption_kept(
    stated: str, recurrent: bool, assumed: bool
) -> None:
    line = _line("C1", "Pay", "1", "", "", "", "", stated)
    assert (line.recurrent, line.recurrence_assumed) == (recurrent, assumed)


def test_our_exports_totals_row_is_passed_over_but_not_a_line_called_total() -> None:
    imported = budget_from_table(
        _table(
            FULL,
            ("C1", "", "100"),
            ("TOTAL", "", "100"),
            ("Total", "All pay", "5"),
            ("", "Total", "7"),
        )
    )
    assert [(i.line, i.record.cost_code, i.record.description) for i in imported] == [
        (2, "C1", ""),
        (4, "Total", "All pay"),
        (5, "", "Total"),
    ]


def test_a_budget_of_only_a_totals_row_is_refused() -> None:
    assert _refusal(_table(FULL, ("Total", "", "100"))) == (
        "budget.csv has no budget lines under its header."
    )


def test_a_budget_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text("Cost centre,Description,Other\nC1,Agency,250\n", encoding="utf-8")
    [imported] = read_budget(path)
    assert (imported.line, imported.record.cost_code, imported.record.other) == (
        2,
        "C1",
        Decimal(250),
    )


def test_a_total_is_checked_against_every_amount() -> None:
    headers = ["Cost centre", "Description", "Basic pay", "NI", "Superannuation", "Other", "Total"]
    table = _table(headers, ("C1", "Pay", "100", "10", "20", "5", "135"))
    [imported] = budget_from_table(table)
    assert imported.record.total == 135
    for total in ("125", "115", "130", "100"):
        wrong = _table(headers, ("C1", "Pay", "100", "10", "20", "5", total))
        assert _refusal(wrong).endswith(f"total {total} is not the sum of its amounts (135).")
