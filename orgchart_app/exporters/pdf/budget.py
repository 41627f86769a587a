"""The budget appendix in the Bury layout: the budget by cost centre and subjective, what is
available, then what the proposed structure costs against it and the headroom."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from orgchart_app.analysis.budget import BudgetFit, budget_fit
from orgchart_app.analysis.cost_basis import cost_assumptions
from orgchart_app.analysis.costing import cost_not_given
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text, money_text
from orgchart_app.exporters.pdf.pages import Body, PlannedPage
from orgchart_app.exporters.pdf.prose import Paragraph, prose_pages
from orgchart_app.exporters.pdf.table import Column, Row, table_pages

SUBJECTIVES = ("Basic Pay", "NI", "Superannuation")


def budget_columns(lines: Iterable[BudgetLine]) -> tuple[Column, ...]:
    """The table's columns, headed with the file's subjective codes as the Bury report heads
    them ("Basic Pay (6000)") when the budget lines agree on them, plain names otherwise."""
    found = {line.subjective_codes for line in lines if line.subjective_codes}
    codes = found.pop().split("/") if len(found) == 1 else []
    heads = [
        f"{name} ({code})" if code else name
        for name, code in zip(SUBJECTIVES, [*codes, "", "", ""], strict=False)
    ]
    return (
        Column("Cost centre", 40),
        Column(heads[0], 12, "right"),
        Column(heads[1], 10, "right"),
        Column(heads[2], 13, "right"),
        Column("Total", 12, "right"),
    )


def _amount(value: Decimal) -> str:
    return money_text(value) if value else ""


def budget_rows(fit: BudgetFit) -> list[Row]:
    """The budget lines and what is available, then the cost counted against each cost centre,
    the total and the headroom (or shortfall), in the columns of the budget."""
    rows = [Row(("Budget",), "heading")]
    rows += [
        Row(
            (
                r.line.description or r.line.cost_code,
                _amount(r.line.basic_pay),
                _amount(r.line.national_insurance),
                _amount(r.line.superannuation),
                money_text(r.line.total),
            )
        )
        for r in fit.rows
    ]
    rows.append(Row(("Total budget available", "", "", "", money_text(fit.available)), "total"))
    not_given = cost_not_given(fit.scenario_cost)
    if not_given:
        # The budget is the source's; a cost counting ungraded posts as £0 would be invented.
        return [*rows, Row((not_given, "", "", "", ""))]
    scenario = fit.scenario_cost.scenario
    rows.append(Row((f"Cost of the posts in {scenario} counted against the budget",), "heading"))
    for row in fit.rows:
        if row.line.cost_code:
            cost = row.cost
            rows.append(
                Row(
                    (
                        f"{row.line.cost_code} ({cost.posts} posts, "
                        f"{fte_text(float(cost.fte))} FTE)",
                        money_text(cost.basic),
                        money_text(cost.ni),
                        money_text(cost.pension + cost.levy),
                        money_text(cost.total),
                    )
                )
            )
    total = fit.cost
    rows.append(
        Row(
            (
                f"Total cost of {scenario}",
                money_text(total.basic),
                money_text(total.ni),
                money_text(total.pension + total.levy),
                money_text(total.total),
            ),
            "total",
        )
    )
    word = "Headroom" if fit.headroom >= 0 else "Shortfall"
    rows.append(Row((word, "", "", "", money_text(abs(fit.headroom))), "total"))
    return rows


def budget_pages(proposal: Proposal, scenario_id: ScenarioId, body: Body) -> list[PlannedPage]:
    if not proposal.budget_lines:
        return prose_pages(
            "Budget",
            "Budget",
            [Paragraph("The file records no budget lines, so there is no budget table.")],
            body,
        )
    fit = budget_fit(proposal, scenario_id)
    costed = fit.scenario_cost
    basis = (
        f"Costed at the {costed.costing_point.value} of grade, {costed.pay_year or 'no'} pay "
        f"rates, with employer's national insurance and pension."
    )
    not_given = cost_not_given(costed)
    verdict = (
        f"Available {money_text(fit.available)}; the proposal costs "
        f"{money_text(fit.cost.total)}: {'headroom' if fit.fits else 'a shortfall'} of "
        f"{money_text(abs(fit.headroom))}. {fit.stops_fitting}"
    )
    held = (
        [
            "Held-vacant posts are costed but not counted: "
            + "; ".join(f"{c.post.title} {money_text(c.total)}" for c in fit.held_vacant)
            + "."
        ]
        if fit.held_vacant and not fit.include_held_vacant and not not_given
        else []
    )
    columns = budget_columns(proposal.budget_lines.values())
    return table_pages(
        "Budget",
        f"Budget and the cost of {costed.scenario}",
        columns,
        budget_rows(fit),
        body,
        # Ungraded posts: the table's last row says the cost is not given, and nothing more.
        notes=[] if not_given else [basis, verdict, *held, *_estimate(proposal, scenario_id)],
    )


def _estimate(proposal: Proposal, scenario_id: ScenarioId) -> list[str]:
    """The costs are estimates when they rest on assumed grades or pay: said on the page."""
    if not cost_assumptions(proposal, scenario_id):
        return []
    return [
        "These costs are estimates: they rest on assumed grades or pay, not on figures the "
        "sources give (see “What this rests on”)."
    ]
