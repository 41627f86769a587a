"""What a record is, in a few words, for lists that name it by reference or number.

A grade, a budget line or a dotted line is given to `orgchart source set` by its number, which
alone does not tell the user which one it is. People are named by their post, never by name:
this is printed whatever --names says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.tables import Table


def record_about(proposal: Proposal, table: Table, record: Any) -> str:
    """A few words saying which record this is; "" for a table without a describer."""
    describe = _DESCRIBERS.get(table)
    return describe(proposal, record) if describe else ""


def _in(proposal: Proposal, scenario_id: ScenarioId) -> str:
    scenario = proposal.scenarios.get(scenario_id)
    return f" ({scenario.name})" if scenario else ""


def _post_ref(proposal: Proposal, post_id: Any) -> str:
    post = proposal.posts.get(post_id)
    return post.post_ref if post else f"post {post_id}"


def _grade(proposal: Proposal, grade: Any) -> str:
    scale = proposal.pay_scales.get(grade.pay_scale_id)
    return f"{grade.code}, {scale.name}" if scale else grade.code


def _budget_line(proposal: Proposal, line: Any) -> str:
    if line.description in ("", line.cost_code):
        return str(line.cost_code)
    return f"{line.cost_code} {line.description}"


def _dotted_line(proposal: Proposal, line: Any) -> str:
    ends = f"{_post_ref(proposal, line.from_post_id)} to {_post_ref(proposal, line.to_post_id)}"
    return ends + _in(proposal, line.scenario_id)


def _on_cost_rule(proposal: Proposal, rule: Any) -> str:
    organisation = proposal.organisations.get(rule.organisation_id)
    who = organisation.short_name or organisation.name if organisation else ""
    return f"{who} {rule.pay_year}".strip()


def _outcome(proposal: Proposal, outcome: Any) -> str:
    person = proposal.postholders.get(outcome.postholder_id)
    who = person_label(proposal, person, names=False) if person else ""
    return f"{who}: {outcome.kind.label}".strip(": ")


_DESCRIBERS: dict[Table, Callable[[Proposal, Any], str]] = {
    Table.POSTS: lambda proposal, post: post.title,
    Table.UNITS: lambda proposal, unit: unit.name,
    Table.GRADES: _grade,
    Table.PAY_SCALES: lambda proposal, scale: scale.name,
    Table.BUDGET_LINES: _budget_line,
    Table.DOTTED_LINES: _dotted_line,
    Table.ON_COST_RULES: _on_cost_rule,
    Table.POOLS: lambda proposal, pool: pool.name + _in(proposal, pool.to_scenario_id),
    Table.OUTCOMES: _outcome,
    Table.CONSULTATIONS: lambda proposal, c: f"on{_in(proposal, c.to_scenario_id)}",
    Table.DOCUMENTS: lambda proposal, document: document.title,
    Table.RECOMMENDATION_ITEMS: lambda proposal, item: f"{item.verb} {item.subject}".strip(),
}
