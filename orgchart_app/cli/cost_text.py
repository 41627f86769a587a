"""The cost and budget tables as the terminal shows them, money right-aligned as in a report."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from orgchart_app.analysis.budget import BudgetFit
from orgchart_app.analysis.costing import (
    CostComparison,
    CostTotals,
    PostCost,
    ScenarioCost,
    cost_not_given,
    ungraded,
)
from orgchart_app.domain.wording import fte_text, money_text

MONEY_HEADINGS = ["Basic pay", "NI", "Pension, levy", "Total"]


def columns(rows: Sequence[Sequence[str]], left: int = 1, indent: str = "  ") -> str:
    """Aligned columns: the first `left` columns to the left, the rest (figures) to the right."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        indent
        + "  ".join(
            cell.ljust(width) if i < left else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def _money(amount: Decimal) -> str:
    return money_text(amount) if amount else ""


def _totals_row(name: str, totals: CostTotals) -> list[str]:
    return [
        name,
        str(totals.posts),
        fte_text(float(totals.fte)),
        money_text(totals.basic),
        money_text(totals.ni),
        money_text(totals.pension + totals.levy),
        money_text(totals.total),
    ]


def _roll_up(heading: str, totals: dict[str, CostTotals]) -> list[str]:
    rows = [[heading, "Posts", "FTE", *MONEY_HEADINGS]]
    rows += [_totals_row(name, t) for name, t in totals.items()]
    return ["", columns(rows)]


def _post_rows(costs: Sequence[PostCost]) -> list[list[str]]:
    rows = [["Post", "Title", "Grade", "Posts", "FTE", "Salary", *MONEY_HEADINGS]]
    for cost in costs:
        post = cost.post
        flag = {"held_vacant": " (held vacant)", "vacant": " (vacant)"}.get(post.status.value, "")
        rows.append(
            [
                post.post_ref,
                post.title + flag,
                post.grade,
                str(post.quantity),
                fte_text(post.total_fte),
                money_text(cost.salary.amount) if cost.salary else "-",
                *_post_money(cost),
            ]
        )
    return rows


def _post_money(cost: PostCost) -> list[str]:
    """A post with no grade costs nothing known: "-", never £0."""
    if ungraded(cost):
        return ["-"] * len(MONEY_HEADINGS)
    return [
        money_text(cost.basic),
        money_text(cost.ni),
        money_text(cost.pension + cost.levy),
        money_text(cost.total),
    ]


def _basis(costed: ScenarioCost) -> str:
    pension = (
        "full pension cost" if costed.pension_basis.value == "full" else "pension paid directly"
    )
    return f"{costed.costing_point.value} of grade, {costed.pay_year or 'no'} pay, {pension}"


def _listed(heading: str, entries: Sequence[str]) -> list[str]:
    return ["", heading, *(f"  - {entry}" for entry in entries)] if entries else []


def cost_text(costed: ScenarioCost, comparison: CostComparison | None) -> str:
    lines = [
        f'Cost of "{costed.scenario}" ({_basis(costed)})',
        "",
        columns(_post_rows([c for c in costed.posts if c.post.funded]), left=3),
    ]
    not_given = cost_not_given(costed)
    if not_given:
        return "\n".join([*lines, "", not_given, *_listed("Assumptions", costed.assumptions)])
    lines += _roll_up("Cost code", costed.by_cost_code)
    lines += _roll_up("Organisation", costed.by_organisation)
    lines += _roll_up("Unit", costed.by_unit)
    lines += ["", columns([_totals_row("Total (funded posts)", costed.totals)])]
    if comparison is not None:
        lines += _comparison(comparison)
    lines += _listed(
        "Held vacant (costed above, flagged)",
        [f"{c.post.title} ({c.post.post_ref}): {money_text(c.total)}" for c in costed.held_vacant],
    )
    lines += _listed(
        "Unfunded (not in the totals)",
        [f"{c.post.title} ({c.post.post_ref}): {money_text(c.total)}" for c in costed.unfunded],
    )
    lines += _listed("Not fully costed", costed.problems)
    lines += _listed("Assumptions", costed.assumptions)
    return "\n".join(lines)


def _comparison(comparison: CostComparison) -> list[str]:
    before, after = comparison.before, comparison.after
    rows = [["Cost code", before.scenario, after.scenario, "Change"]]
    for code, (was, now) in comparison.by_cost_code.items():
        rows.append(
            [code, money_text(was.total), money_text(now.total), money_text(now.total - was.total)]
        )
    rows.append(
        [
            "Total",
            money_text(before.totals.total),
            money_text(after.totals.total),
            money_text(comparison.delta.total),
        ]
    )
    return ["", f'Compared with "{before.scenario}"', columns(rows)]


def budget_text(fit: BudgetFit, assumptions: Sequence[str]) -> str:
    costed = fit.scenario_cost
    lines = [f'"{costed.scenario}" against the budget ({_basis(costed)})', ""]
    rows = [["Budget", "Basic pay", "NI", "Superannuation", "Total"]]
    rows += [
        [
            r.line.description or r.line.cost_code,
            _money(r.line.basic_pay),
            _money(r.line.national_insurance),
            _money(r.line.superannuation),
            money_text(r.line.total),
        ]
        for r in fit.rows
    ]
    rows.append(["Total budget available", "", "", "", money_text(fit.available)])
    not_given = cost_not_given(costed)
    if not_given:
        return "\n".join([*lines, columns(rows), "", not_given])
    lines += [columns(rows), "", "Cost of the posts counted against it (by cost centre)"]
    cost_rows = [["Cost centre", "Posts", "FTE", *MONEY_HEADINGS]]
    cost_rows += [_totals_row(r.line.cost_code, r.cost) for r in fit.rows if r.line.cost_code]
    cost_rows.append(_totals_row("Total", fit.cost))
    lines.append(columns(cost_rows))
    verdict = "fits the budget" if fit.fits else "does NOT fit the budget"
    word = "Headroom" if fit.headroom >= 0 else "Shortfall"
    lines += [
        "",
        f"Available {money_text(fit.available)}; cost {money_text(fit.cost.total)}; "
        f"{word.lower()} {money_text(abs(fit.headroom))}: the proposal {verdict}.",
    ]
    lines += [
        "",
        "Sensitivity",
        columns(
            [
                [
                    s.label,
                    money_text(s.cost),
                    ("headroom " if s.fits else "short by ") + money_text(abs(s.headroom)),
                ]
                for s in fit.sensitivity
            ]
        ),
        f"  {fit.stops_fitting}",
    ]
    lines += ["", "Posts counted", columns(_post_rows(fit.counted), left=3)]
    if not fit.include_held_vacant:
        lines += _listed(
            "Held vacant: costed but not counted (their budget stays outside the "
            "pool for new posts; --include-held-vacant counts them)",
            [f"{c.post.title} ({c.post.post_ref}): {money_text(c.total)}" for c in fit.held_vacant],
        )
    lines += _listed(
        "Unfunded: not counted",
        [f"{c.post.title} ({c.post.post_ref}): {money_text(c.total)}" for c in fit.unfunded],
    )
    lines += _listed(
        "Not fully costed",
        [p for p in costed.problems if any(c.post.post_ref in p for c in fit.counted)],
    )
    lines += _listed("Assumptions", assumptions)
    return "\n".join(lines)
