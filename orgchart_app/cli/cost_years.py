"""orgchart cost --years A..B: cost and funding by year and source, and the gap in each year."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orgchart_app.analysis.funding import FundingPlan, PlanRow
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.cli.common import table
from orgchart_app.domain.wording import money_text, thousands_text


def _recurrence(row: PlanRow) -> str:
    said = {True: "recurrent", False: "non-recurrent", None: ""}[row.recurrent]
    return f"{said} (assumed)" if said and row.assumed else said


def plan_text(plan: FundingPlan) -> str:
    head = ["£'000", *plan.years, ""]
    rows = [head, ["Cost", *[""] * len(plan.years), ""]]
    rows += [[r.name, *map(thousands_text, r.amounts), ""] for r in plan.costs]
    rows.append(["Total cost", *map(thousands_text, plan.total(plan.costs)), ""])
    rows.append(["Funded by", *[""] * len(plan.years), ""])
    rows += [[r.name, *map(thousands_text, r.amounts), _recurrence(r)] for r in plan.funding]
    rows.append(["Total funding", *map(thousands_text, plan.total(plan.funding)), ""])
    rows.append(["Gap (funding - cost)", *map(thousands_text, plan.gap), ""])
    lines = [
        f'Cost and funding of "{plan.scenario}", {plan.years[0]} to {plan.years[-1]}',
        table(rows),
    ]
    short = [
        f"{year}: short by {money_text(-gap)}"
        for year, gap in zip(plan.years, plan.gap, strict=True)
        if gap < 0
    ]
    lines.append("Funded in every year." if not short else "Not funded: " + "; ".join(short) + ".")
    if plan.problems:
        lines += ["", "Problems", *(f"  {p}" for p in plan.problems)]
    lines += ["", "Assumptions", *(f"  {a}" for a in plan.assumptions)]
    return "\n".join(lines)


def _row_json(row: PlanRow, years: tuple[str, ...]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": row.name,
        "by_year": {y: int(whole_pounds(a)) for y, a in zip(years, row.amounts, strict=True)},
    }
    if row.recurrent is not None:
        result["recurrent"] = row.recurrent
        result["recurrence_assumed"] = row.assumed
    return result


def plan_json(plan: FundingPlan) -> dict[str, Any]:
    def by_year(amounts: tuple[Decimal, ...]) -> dict[str, int]:
        return {y: int(whole_pounds(a)) for y, a in zip(plan.years, amounts, strict=True)}

    return {
        "scenario": plan.scenario,
        "years": list(plan.years),
        "costs": [_row_json(r, plan.years) for r in plan.costs],
        "total_cost": by_year(plan.total(plan.costs)),
        "funding": [_row_json(r, plan.years) for r in plan.funding],
        "total_funding": by_year(plan.total(plan.funding)),
        "gap": by_year(plan.gap),
        "problems": list(plan.problems),
        "assumptions": list(plan.assumptions),
    }
