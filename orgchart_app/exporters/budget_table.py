"""The budget lines as a table for CSV or XLSX, in the columns `orgchart budget import` reads."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from orgchart_app.analysis.money import whole_pounds
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters.cells import ListTable

AMOUNT_HEADERS = ("Basic pay", "NI", "Superannuation", "Other")


def _pounds(amount: Decimal) -> int:
    return int(whole_pounds(amount))


def _codes(lines: list[BudgetLine]) -> list[str]:
    found = {line.subjective_codes for line in lines if line.subjective_codes}
    return (found.pop().split("/") + [""] * 4)[:4] if len(found) == 1 else [""] * 4


def budget_table(proposal: Proposal) -> ListTable:
    lines = list(proposal.budget_lines.values())
    heads = [
        f"{name} ({code})" if code else name
        for name, code in zip(AMOUNT_HEADERS, _codes(lines), strict=True)
    ]
    table = ListTable(
        "Budget",
        [
            "Cost centre",
            "Description",
            *heads,
            "Total",
            "Kind",
            "Year",
            "Funding source",
            "Recurrent",
            "Posts",
        ],
    )
    for line in lines:
        table.rows.append(
            [
                line.cost_code,
                line.description,
                _pounds(line.basic_pay),
                _pounds(line.national_insurance),
                _pounds(line.superannuation),
                _pounds(line.other),
                _pounds(line.total),
                line.kind.value,
                line.year,
                line.funding_source,
                line.recurrence_text,
                line.post_refs,
            ]
        )
    table.totals = [
        "Total",
        "",
        *(sum(cast(int, row[i]) for row in table.rows) for i in range(2, 7)),  # whole pounds
        "",
        "",
        "",
        "",
        "",
    ]
    return table
