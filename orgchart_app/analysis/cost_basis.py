"""What a cost figure rests on: a committee paper never prints a cost worked out from assumed
grades or pay as a fact. The user chooses to leave it out (the default) or give it with the
assumptions it rests on (`--costs-in-recommendations`)."""

from __future__ import annotations

import enum
from collections import Counter

from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table

# The post fields a cost is worked out from.
PAY_FIELDS = frozenset({"grade", "salary", "spinal_point"})
_PAY_TABLES = frozenset(
    {Table.GRADES.value, Table.PAY_SCALES.value, Table.PAY_POINTS.value, Table.ON_COST_RULES.value}
)


class CostsInRecommendations(enum.Enum):
    OFF = "off"
    WITH_ASSUMPTIONS = "with-assumptions"


COSTS_LEFT_OUT = (
    "The cost of the proposals is not stated here: the file's costing rests on assumed grades "
    "or pay, not on figures the sources give (see \u201cWhat this rests on\u201d)."
)


def cost_assumptions(proposal: Proposal, scenario_id: ScenarioId) -> tuple[str, ...]:
    """One sentence per assumption the scenario's cost rests on, with how many posts it covers."""
    posts = {p.id for p in proposal.posts_in(scenario_id)}
    reasons: Counter[str] = Counter()
    pay: Counter[str] = Counter()
    for row in proposal.provenance.values():
        if not row.assumed:
            continue
        if row.table == Table.POSTS.value and row.record_id in posts and row.field in PAY_FIELDS:
            reasons[f"{row.field.replace('_', ' ')}: {row.reason}"] += 1
        elif row.table in _PAY_TABLES:
            pay[row.reason] += 1
    found = [f"{text} ({count} post{'s' if count > 1 else ''})" for text, count in reasons.items()]
    return tuple(found + [f"pay: {reason}" for reason in pay])


def with_assumptions(sentence: str, assumptions: tuple[str, ...]) -> str:
    return f"{sentence} These figures rest on assumptions: {'; '.join(assumptions)}."
