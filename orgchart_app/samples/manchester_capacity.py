"""Manchester's adult social care capacity plan, 2019/20 to 2021/22 (Health Scrutiny Committee,
18 June 2019, "Adult Social Care Improvement Programme", s.5.8 "ASC Capacity - 3 year plan").

The report's table, in £'000, is held as budget lines in pounds: four cost lines and four funding
sources per year. Assumptions where the report is silent:
- Recurrent or not: s.5.1 calls the additional resources non-recurrent over three years; s.5.6
  says MHCC's funding of the hospital social workers is permanent (recurrent). The MLCO INT
  funding of years 2 and 3 (s.5.7) is taken as non-recurrent, like the MCC reserve of year 1.
- The structure is the Executive Director's post only: the report gives no posts by name.
The report's 2019/20 rows add to 4,226 against its printed total of 4,225 (rows rounded to the
£k): the file holds the rows, so the plan's total is 4,226, and the notes say so.
"""

from __future__ import annotations

from orgchart_app.domain import BudgetLineKind, OrganisationKind, Proposal, ScenarioKind, UnitKind
from orgchart_app.samples.builder import ProposalBuilder
from orgchart_app.samples.manchester_sources import CAPACITY_CITATION
from orgchart_app.samples.sources import cite

TITLE = "Adult Social Care capacity: 3 year plan 2019/20 to 2021/22"
SCENARIO = "Capacity plan"
YEARS = ("2019/20", "2020/21", "2021/22")
# s.5.8: each row's £'000 by year, as printed.
COSTS = {
    "Improvement plan": (1567, 2150, 2150),
    "Seasonal resilience plan": (1456, 1456, 1456),
    "Health legacy seasonal resilience": (713, 713, 713),
    "New INT managers": (490, 490, 490),
}
FUNDING = {  # source: (amounts, recurrent, where the report says so)
    "ASC reserve/social care grants": ((1567, 2150, 2150), False, "s.5.3, s.5.1"),
    "ASC Seasonal Resilience grant": ((1456, 1456, 1456), False, "s.5.4-5.5"),
    "MHCC": ((713, 713, 713), True, "s.5.6: permanent funding"),
    "MCC reserve (yr1) MLCO INTs (yr2/3)": ((490, 490, 490), False, "s.5.7, assumed"),
}
# The sources whose recurrence the report does not state (s.5.7 says where the INT money comes
# from in each year, not whether it recurs after the plan).
RECURRENCE_ASSUMED = frozenset({"MCC reserve (yr1) MLCO INTs (yr2/3)"})
PRINTED_TOTALS = (4225, 4809, 4809)


def build_manchester_capacity() -> Proposal:
    b = ProposalBuilder(
        TITLE,
        notes=(
            "Manchester City Council Health Scrutiny Committee, 18 June 2019: Adult Social Care "
            "Improvement Programme, s.5.8. Amounts are the report's £'000 figures in pounds. The "
            "report prints a 2019/20 total of £4,225k but its rows add to £4,226k (each row is "
            "rounded to the £k): the plan here adds the rows, so it shows 4,226. Recurrence of the "
            "MLCO INT funding in years 2 and 3 is assumed."
        ),
    )
    mcc = b.organisation(
        "Manchester City Council", "MCC", OrganisationKind.LOCAL_AUTHORITY, "#a6192e"
    )
    b.organisation(
        "Manchester Health and Care Commissioning", "MHCC", OrganisationKind.PARTNERSHIP, "#6a3d9a"
    )
    b.organisation(
        "Manchester Local Care Organisation", "MLCO", OrganisationKind.PARTNERSHIP, "#33a02c"
    )
    s = b.scenario(
        SCENARIO,
        ScenarioKind.TO_BE,
        description=(
            "The additional capacity of the improvement programme, funded for three years."
        ),
    )
    asc = b.unit(s, "Adult Social Care", UnitKind.DIRECTORATE, mcc, unit_ref="ASC")
    b.post(
        s,
        "Executive Director of Adult Social Services",
        asc,
        mcc,
        post_ref="MCC-ASC-001",
        grade="",
        statutory_role="Director of Adult Social Services",
    )
    for index, year in enumerate(YEARS):
        for name, amounts in COSTS.items():
            b.budget_line(
                "", name, other=amounts[index] * 1000, kind=BudgetLineKind.COST, year=year
            )
        for source, (amounts, recurrent, where) in FUNDING.items():
            b.budget_line(
                "",
                f"{source} ({where})",
                other=amounts[index] * 1000,
                year=year,
                funding_source=source,
                recurrent=recurrent,
                recurrence_assumed=source in RECURRENCE_ASSUMED,
            )
    cite(b.proposal, CAPACITY_CITATION)
    return b.proposal
