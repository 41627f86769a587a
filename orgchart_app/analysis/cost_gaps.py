"""What a scenario's cost still lacks, each with the fix the designer and the CLI offer for it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from orgchart_app.analysis.pay import pay_years, unmatched_grades
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal


class Fix(enum.Enum):
    """Where the fix is: the Costs menu's editors (and the `orgchart` command that does it)."""

    PAY_SCALES = "pay_scales"  # orgchart paytable add | import | map
    BASIS = "basis"  # orgchart paytable use
    ON_COSTS = "on_costs"  # orgchart oncosts set
    BUDGET = "budget"  # orgchart budget import


@dataclass(frozen=True, slots=True)
class Gap:
    fix: Fix
    text: str


def cost_gaps(proposal: Proposal, scenario_id: ScenarioId) -> list[Gap]:
    """Each missing piece in one sentence, in the order to fix them."""
    scenario = proposal.scenarios[scenario_id]
    gaps: list[Gap] = []
    if not proposal.pay_scales:
        gaps.append(
            Gap(
                Fix.PAY_SCALES,
                "No pay scale: add the NJC pay spine, Agenda for Change or your own grades.",
            )
        )
    unmatched = unmatched_grades(proposal, scenario_id)
    if unmatched and proposal.grades:
        posts = sum(use.posts for use in unmatched.values())
        gaps.append(
            Gap(
                Fix.PAY_SCALES,
                f"{len(unmatched)} grades of {posts} posts match no "
                f"grade of a pay scale ({', '.join(list(unmatched)[:4])}"
                f"{', ...' if len(unmatched) > 4 else ''}): map them.",
            )
        )
    if not scenario.pay_year:
        years = pay_years(proposal)
        gaps.append(
            Gap(
                Fix.BASIS,
                "No pay year chosen" + (f" (the file has {', '.join(years)})." if years else "."),
            )
        )
    elif not any(k[1] == scenario.pay_year for k in proposal.pay_points) and any(
        g.bottom_point is not None for g in proposal.grades.values()
    ):
        gaps.append(Gap(Fix.BASIS, f"No pay scale has points for {scenario.pay_year}."))
    employers = dict.fromkeys(p.employer_id for p in proposal.posts_in(scenario_id))
    missing = [
        proposal.organisations[e].short_name
        for e in employers
        if not any(
            r.organisation_id == e and r.pay_year == scenario.pay_year
            for r in proposal.on_cost_rules.values()
        )
    ]
    if missing and scenario.pay_year:
        gaps.append(
            Gap(
                Fix.ON_COSTS,
                f"No on-costs for {scenario.pay_year} for "
                f"{', '.join(missing)}: their posts cost basic pay only.",
            )
        )
    if not proposal.budget_lines:
        gaps.append(Gap(Fix.BUDGET, "No budget lines to set the cost against."))
    return gaps
