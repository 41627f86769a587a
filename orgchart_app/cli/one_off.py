"""One-off costs of a change's outcomes as `orgchart cost --one-off` and `orgchart people` print
them: by person (names only when asked), by financial year and in total."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orgchart_app.analysis.people_costs import OneOffCosts, PersonCost
from orgchart_app.cli.cost_text import columns

COLUMNS = [
    "person",
    "post_ref",
    "outcome",
    "leaving",
    "redundancy",
    "notice",
    "protection",
    "pension_strain",
    "total",
]


def pounds(amount: Decimal) -> str:
    """£22,345.67: one-off figures keep their pence (they are paid to a person)."""
    return f"£{amount:,.2f}"


def _row(cost: PersonCost) -> list[str]:
    c = cost.cost
    return [
        cost.label,
        cost.post_ref,
        cost.outcome.kind.label,
        cost.leaving.isoformat() if cost.leaving else "",
        f"{c.redundancy:.2f}",
        f"{c.notice:.2f}",
        f"{sum(c.protection, Decimal(0)):.2f}",
        f"{c.pension_strain:.2f}",
        f"{c.total:.2f}",
    ]


def csv_rows(costs: OneOffCosts, names: bool) -> tuple[list[str], list[list[str]]]:
    header = COLUMNS + (["name"] if names else [])
    rows = [_row(c) + ([c.person.name] if names else []) for c in costs.people]
    return header, rows


def as_json(costs: OneOffCosts, names: bool) -> dict[str, Any]:
    people = []
    for cost in costs.people:
        entry: dict[str, Any] = dict(zip(COLUMNS, _row(cost), strict=True))
        entry["protection_by_year"] = (
            {year: f"{amount:.2f}" for year, amount in cost.by_year} if cost.cost.protection else {}
        )
        if names:
            entry["name"] = cost.person.name
            entry["employee_number"] = cost.person.employee_number
        people.append(entry)
    return {
        "people": people,
        "by_year": {year: f"{amount:.2f}" for year, amount in costs.by_year},
        "total": f"{costs.total:.2f}",
        "problems": list(costs.problems),
        "assumptions": list(costs.assumptions),
    }


def text_lines(costs: OneOffCosts) -> list[str]:
    lines = ["One-off costs (estimates)"]
    if not costs.people:
        lines.append("  None: no outcome in this change costs anything once.")
    else:
        header = ["person", "outcome", "redundancy", "notice", "protection", "strain", "total"]
        rows = [
            [
                c.label,
                c.outcome.kind.label,
                pounds(c.cost.redundancy),
                pounds(c.cost.notice),
                pounds(sum(c.cost.protection, Decimal(0))),
                pounds(c.cost.pension_strain),
                pounds(c.cost.total),
            ]
            for c in costs.people
        ]
        lines.append(columns([header, *rows], left=2))
        lines += [f"  {year}: {pounds(amount)}" for year, amount in costs.by_year]
        lines.append(f"  Total: {pounds(costs.total)}")
    lines += [f"  Not included: {p}" for p in costs.problems]
    lines += [f"  Assumption: {a}" for a in costs.assumptions]
    return lines
