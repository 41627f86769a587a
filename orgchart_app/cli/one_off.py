"""One-off costs of a change's outcomes as `orgchart cost --one-off` and `orgchart people` print
them: by person (names only when asked), by financial year and in total."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orgchart_app.analysis.people_costs import OneOffCosts, PersonCost
from orgchart_app.cli.cost_text import columns
from orgchart_app.domain.wording import pence_money_text

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
    """One-off figures keep their pence: they are paid to a person."""
    return pence_money_text(amount)


NOT_KNOWN, NONE = "not known", "-"


def _amounts(cost: PersonCost) -> list[Decimal | str]:
    """Redundancy, notice, protection, strain and total. An amount the outcome needed but that
    could not be worked out is NOT_KNOWN, and one that does not arise (protection for someone
    leaving, a strain nobody entered) is NONE: neither is a nil that reads as a fact."""
    c = cost.cost
    leaving = cost.outcome.kind.leaving
    return [
        c.redundancy if cost.known else NOT_KNOWN,
        c.notice if cost.known else NOT_KNOWN,
        NONE if leaving else sum(c.protection, Decimal(0)),
        NONE if cost.person.pension_strain is None else c.pension_strain,
        c.total if cost.known else NOT_KNOWN,
    ]


def _row(cost: PersonCost) -> list[str | None]:
    return [
        cost.label,
        cost.post_ref,
        cost.outcome.kind.label,
        cost.leaving.isoformat() if cost.leaving else "",
        *(f"{amount:.2f}" if isinstance(amount, Decimal) else None for amount in _amounts(cost)),
    ]


def csv_rows(costs: OneOffCosts, names: bool) -> tuple[list[str], list[list[str]]]:
    header = COLUMNS + (["name"] if names else [])
    rows = [
        [cell or "" for cell in _row(c)] + ([c.person.name] if names else []) for c in costs.people
    ]
    return header, rows


def as_json(costs: OneOffCosts, names: bool) -> dict[str, Any]:
    people = []
    for cost in costs.people:
        entry: dict[str, Any] = dict(zip(COLUMNS, _row(cost), strict=True))
        entry["known"] = cost.known
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
        "not_known": costs.not_known,
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
                *(pounds(a) if isinstance(a, Decimal) else a for a in _amounts(c)),
            ]
            for c in costs.people
        ]
        lines.append(columns([header, *rows], left=2))
        lines += [f"  {year}: {pounds(amount)}" for year, amount in costs.by_year]
        unknown = costs.not_known
        left_out = (
            f", not including the {unknown} {'person' if unknown == 1 else 'people'} whose "
            "costs are not known"
            if unknown
            else ""
        )
        lines.append(f"  Total: {pounds(costs.total)}{left_out}")
    lines += [f"  Not included: {p}" for p in costs.problems]
    lines += [f"  Assumption: {a}" for a in costs.assumptions]
    return lines
