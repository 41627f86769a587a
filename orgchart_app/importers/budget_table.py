"""Budget lines from a CSV or XLSX file: one line a row, every cell checked before any is kept.

Columns (in any order; a header's code in brackets, "Basic Pay (6000)", is the ledger's
subjective code and is kept with the lines): cost centre, description, and any of basic pay, NI,
superannuation, other, total (checked against the sum), kind (budget, adjustment or cost), year
(a financial year such as 2019/20), funding source, recurrent (yes or no; "no (assumed)" where
the source does not say), posts (the post numbers an adjustment moves, comma-separated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orgchart_app.analysis.funding import year_start
from orgchart_app.domain.enums import BudgetLineKind
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.wording import amount_text
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.pay_tables import cell_number, normalised
from orgchart_app.importers.tables import Row, Table, read_table

AMOUNTS = ("basic_pay", "national_insurance", "superannuation", "other")
HEADERS = {
    "cost centre": "cost_code",
    "cost center": "cost_code",
    "cost code": "cost_code",
    "description": "description",
    "basic pay": "basic_pay",
    "ni": "national_insurance",
    "national insurance": "national_insurance",
    "superannuation": "superannuation",
    "pension": "superannuation",
    "other": "other",
    "amount": "other",
    "total": "total",
    "kind": "kind",
    "year": "year",
    "funding source": "funding_source",
    "recurrent": "recurrent",
    "posts": "post_refs",
    "post refs": "post_refs",
}
YES, NO = ("yes", "y", "true", "1", ""), ("no", "n", "false", "0")
ASSUMED = re.compile(r"\s*\(assumed\)$")
CODE = re.compile(r"\(([^)]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class ImportedLine:
    line: int
    record: BudgetLine


def _columns(table: Table) -> tuple[dict[str, int], str]:
    """Field -> column index, and the subjective codes the amount headers carry."""
    columns: dict[str, int] = {}
    codes = dict.fromkeys(AMOUNTS, "")
    for index, header in enumerate(table.headers):
        code = CODE.search(header)
        name = normalised(CODE.sub("", header))
        if re.fullmatch(r"column \d+", name):
            continue
        field = HEADERS.get(name)
        if field is None or field in columns:
            what = "is not a budget column" if field is None else "is there twice"
            raise ImportRefused(
                f'{table.source}: the column "{header.strip()}" {what} (columns: '
                "cost centre, description, basic pay, NI, superannuation, other, "
                "total, kind, year, funding source, recurrent, posts)."
            )
        columns[field] = index
        if code and field in codes:
            codes[field] = code.group(1).strip()
    if "description" not in columns or not any(a in columns for a in AMOUNTS):
        raise ImportRefused(
            f"{table.source}: a budget needs a description column and at least "
            "one amount column (basic pay, NI, superannuation or other)."
        )
    return columns, "/".join(codes.values()) if any(codes.values()) else ""


def _text(row: Row, columns: dict[str, int], field: str) -> str:
    return row.cell(columns[field]).strip() if field in columns else ""


def _record(table: Table, row: Row, columns: dict[str, int], codes: str) -> BudgetLine:
    where = f"{table.source}, line {row.line}"
    if any(cell.strip() for cell in row.cells[len(table.headers) :]):
        raise ImportRefused(
            f"{where} has more cells than the header: write amounts without "
            "commas (25000), or put them in quotes."
        )
    amounts = {
        a: cell_number(table, row, columns[a], negative=True)
        if _text(row, columns, a)
        else Decimal(0)
        for a in AMOUNTS
        if a in columns
    }
    for name in AMOUNTS[:3]:
        if amounts.get(name, 0) < 0:
            raise ImportRefused(
                f"{where}: {table.headers[columns[name]].strip()} cannot be "
                "negative (put a reduction in other)."
            )
    basic, ni, superannuation, other = (amounts.get(a, Decimal(0)) for a in AMOUNTS)
    line = BudgetLine(
        BudgetLineId(0),
        _text(row, columns, "cost_code"),
        _text(row, columns, "description"),
        basic,
        ni,
        superannuation,
        other,
    )
    if not line.description and not line.cost_code:
        raise ImportRefused(f"{where}: the line has neither a cost centre nor a description.")
    if _text(row, columns, "total"):
        total = cell_number(table, row, columns["total"], negative=True)
        if total != line.total:
            raise ImportRefused(
                f"{where}: total {amount_text(total)} is not the sum of its amounts ({amount_text(line.total)})."
            )
    kind_text = _text(row, columns, "kind").casefold()
    try:
        kind = (
            BudgetLineKind(kind_text)
            if kind_text
            else (
                BudgetLineKind.ADJUSTMENT
                if not line.cost_code and line.total < 0
                else BudgetLineKind.BUDGET
            )
        )
    except ValueError:
        raise ImportRefused(
            f'{where}: kind "{kind_text}" is not budget, adjustment or cost.'
        ) from None
    year = _text(row, columns, "year")
    if year:
        try:
            year_start(year)
        except NotFound as error:
            raise ImportRefused(f"{where}: year {error}") from None
    stated = _text(row, columns, "recurrent").casefold()
    recurrent = ASSUMED.sub("", stated).strip()
    if recurrent not in YES + NO or not recurrent and stated:
        raise ImportRefused(
            f'{where}: recurrent "{stated}" is not yes or no (or "yes (assumed)", "no (assumed)").'
        )
    refs = ", ".join(r.strip() for r in _text(row, columns, "post_refs").split(",") if r.strip())
    return BudgetLine(
        line.id,
        line.cost_code,
        line.description,
        basic,
        ni,
        superannuation,
        other,
        kind=kind,
        year=year,
        funding_source=_text(row, columns, "funding_source"),
        recurrent=recurrent in YES,
        recurrence_assumed=recurrent != stated,
        post_refs=refs,
        subjective_codes=codes if line.cost_code else "",
    )


def _totals_row(table: Table, row: Row, columns: dict[str, int]) -> bool:
    # The totals row our XLSX export ends with: "Total" and no description.
    return _text(row, columns, "cost_code").casefold() == "total" and not _text(
        row, columns, "description"
    )


def budget_from_table(table: Table) -> list[ImportedLine]:
    columns, codes = _columns(table)
    lines = [
        ImportedLine(row.line, _record(table, row, columns, codes))
        for row in table.rows
        if not _totals_row(table, row, columns)
    ]
    if not lines:
        raise ImportRefused(f"{table.source} has no budget lines under its header.")
    return lines


def read_budget(path: str | Path) -> list[ImportedLine]:
    return budget_from_table(read_table(path))
