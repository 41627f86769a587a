"""One cell of a budget line typed in the budget editor, read as the budget import reads a row.

The line's other cells go through the same reading, so a typed cell is checked exactly as an
imported one (numbers, years, kinds, recurrence, the posts named); only the typed cell's field
changes, so amounts in pence and the ledger's codes are kept.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import types as t
from orgchart_app.edits.pay_setup import check_post_refs
from orgchart_app.importers.budget_table import budget_from_table
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table

SOURCE = "Budget editor"
TOTAL = "Total"
# The editor's columns, as the budget CSV heads them, and the fields each one sets.
FIELDS: dict[str, tuple[str, ...]] = {
    "Cost centre": ("cost_code",),
    "Description": ("description",),
    "Basic pay": ("basic_pay",),
    "NI": ("national_insurance",),
    "Superannuation": ("superannuation",),
    "Other": ("other",),
    TOTAL: (),
    "Kind": ("kind",),
    "Year": ("year",),
    "Funding source": ("funding_source",),
    "Recurrent": ("recurrent", "recurrence_assumed"),
    "Posts": ("post_refs",),
}
COLUMNS = tuple(FIELDS)


def _amount(value: Decimal) -> str:
    return f"{value.normalize():f}"


def cells(line: BudgetLine) -> dict[str, str]:
    """The line's cells as the editor shows them (amounts exactly, not rounded)."""
    return {
        "Cost centre": line.cost_code,
        "Description": line.description,
        "Basic pay": _amount(line.basic_pay),
        "NI": _amount(line.national_insurance),
        "Superannuation": _amount(line.superannuation),
        "Other": _amount(line.other),
        TOTAL: _amount(line.total),
        "Kind": line.kind.value,
        "Year": line.year,
        "Funding source": line.funding_source,
        "Recurrent": line.recurrence_text,
        "Posts": line.post_refs,
    }


def budget_cell_edit(
    proposal: Proposal, line_id: BudgetLineId, column: str, text: str
) -> t.PutPayRecord:
    """The line with `column` set to `text`; one sentence naming the line and field if not."""
    line = proposal.budget_lines.get(line_id)
    if line is None or column not in FIELDS:
        raise NotFound("That budget line or column does not exist (it may have been removed).")
    number = list(proposal.budget_lines).index(line_id) + 1
    where = f"{SOURCE}, line {number}"
    if column == TOTAL:
        raise ImportRefused(f"{where}: the total is the sum of the amounts: change those.")
    typed = {**cells(line), column: text.strip()}
    del typed[TOTAL]
    table = Table(SOURCE, list(typed), [Row(number, tuple(typed.values()))])
    read = budget_from_table(table)[0].record
    changed = dataclasses.replace(line, **{f: getattr(read, f) for f in FIELDS[column]})
    check_post_refs(proposal, changed, where)
    return t.PutPayRecord(changed)
