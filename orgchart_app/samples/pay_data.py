"""Pay spines, grades, on-cost rules and budgets of the samples, each figure with its source.

Every figure here is a fact of a published source or an assumption labelled as such; the labels
travel into the file (pay scale and grade descriptions, on-cost rule sources) and are printed as
assumptions by `orgchart cost`. The sources are those of DOMAIN.md section 3.6 (A1-A9).
"""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import BudgetLineKind, OrganisationId, PayScaleId
from orgchart_app.samples.builder import ProposalBuilder

# NJC pay spine 2021/22 (+1.75% from 1 April 2021), SCP 18-43 (A1b: Wychavon DC "pay grades";
# SCP 32 corrected to 35,745 x 1.0175; SCP 33-37 to be verified).
NJC_2021_22 = {
    18: 25419,
    19: 25927,
    20: 26446,
    21: 26975,
    22: 27514,
    23: 28226,
    24: 29174,
    25: 30095,
    26: 30984,
    27: 31895,
    28: 32798,
    29: 33486,
    30: 34373,
    31: 35336,
    32: 36371,
    33: 37568,
    34: 38553,
    35: 39571,
    36: 40578,
    37: 41591,
    38: 42614,
    39: 43570,
    40: 44624,
    41: 45648,
    42: 46662,
    43: 47665,
}
# 2020/21 (+2.75% from 1 April 2020) = 2021/22 / 1.0175, to the pound (A1): gives exactly the
# published 2020/21 values (SCP 22 27,041; 25 29,577; 32 35,745; 39 42,821; 43 46,845).
NJC_2020_21 = {
    18: 24982,
    19: 25481,
    20: 25991,
    21: 26511,
    22: 27041,
    23: 27741,
    24: 28672,
    25: 29577,
    26: 30451,
    27: 31346,
    28: 32234,
    29: 32910,
    30: 33782,
    31: 34728,
    32: 35745,
    33: 36922,
    34: 37890,
    35: 38890,
    36: 39880,
    37: 40876,
    38: 41881,
    39: 42821,
    40: 43857,
    41: 44863,
    42: 45859,
    43: 46845,
}
# 2019/20 = 2020/21 / 1.0275, to the pound (gives the published SCP 22 of 26,317).
NJC_2019_20 = {
    18: 24313,
    19: 24799,
    20: 25295,
    21: 25801,
    22: 26317,
    23: 26999,
    24: 27905,
    25: 28785,
    26: 29636,
    27: 30507,
    28: 31371,
    29: 32029,
    30: 32878,
    31: 33799,
    32: 34788,
    33: 35934,
    34: 36876,
    35: 37849,
    36: 38813,
    37: 39782,
    38: 40760,
    39: 41675,
    40: 42683,
    41: 43662,
    42: 44632,
    43: 45591,
}
NJC_SOURCE = (
    "NJC pay spine for local government services, SCP 18-43. 2021/22: Wychavon DC "
    "'pay grades' page (SCP 33-37 to be verified). 2020/21 = 2021/22 / 1.0175 and "
    "2019/20 = 2020/21 / 1.0275, to the pound (DOMAIN.md A1, A1b)."
)

# NHS Agenda for Change, bottom and top of each band. A point number is the band and the step:
# 501 = bottom of Band 5, 502 = top; 811/812 = Band 8a, 821/822 = 8b, 841/842 = 8d (A4).
AFC_BANDS = {
    "Band 5": (501, 502),
    "Band 6": (601, 602),
    "Band 7": (701, 702),
    "Band 8a": (811, 812),
    "Band 8b": (821, 822),
    "Band 8d": (841, 842),
}
AFC_2020_21 = {
    501: 24907,
    502: 30615,
    601: 31365,
    602: 37890,
    701: 38890,
    702: 44503,
    811: 45753,
    812: 51668,
    821: 53168,
    822: 62001,
    841: 75914,
    842: 87754,
}
AFC_2021_22 = {
    501: 25655,
    502: 31534,
    601: 32306,
    602: 39027,
    701: 40057,
    702: 45839,
    811: 47126,
    812: 53219,
    821: 54764,
    822: 63862,
    841: 78192,
    842: 90387,
}
AFC_SOURCE = (
    "NHS Agenda for Change bands, bottom and top of each band (point = band and step: "
    "501/502 = Band 5). 2021/22: NHS Employers 'Annual pay scales 2021/22'; 2020/21: "
    "promedical.co.uk and lasunison.com/pay, others = 2021/22 / 1.03 (DOMAIN.md A4)."
)

# Employer NI: 13.8% above the secondary threshold (A5).
NI_RATE = "0.138"
NI_THRESHOLDS = {"2019/20": "8632", "2020/21": "8788", "2021/22": "8840"}
NI_SOURCE = {
    "2019/20": "Employer NI 13.8% above the secondary threshold of £166 a week (£8,632 a year), "
    "HMRC rates and thresholds 2019/20.",
    "2020/21": "Employer NI 13.8% above the secondary threshold of £169 a week (£8,788 a year): "
    "bowkerorford.com budget 2020, charlesaccountancy.com (DOMAIN.md A5).",
    "2021/22": "Employer NI 13.8% above the secondary threshold of £170 a week (£8,840 a year): "
    "from memory, to verify on HMRC 'rates and thresholds for employers 2021 to 2022' "
    "(DOMAIN.md A5).",
}
LGPS_SOURCE = (
    "LGPS (Greater Manchester Pension Fund) employer rate assumed 20.5% of basic pay: "
    "derived from the Bury report's budget (superannuation 76,900 / basic 375,000), "
    "not the certified GMPF rate (DOMAIN.md A6). Apprenticeship levy not costed (0)."
)
NHS_PENSION_SOURCE = (
    "NHS Pension Scheme: employers pay 14.38% directly; the full cost is 20.68% "
    "(6.3% paid centrally, 0.08% admin levy), 2019/20-2023/24: NHS Employers "
    "'NHS Pension Scheme - employer contributions' (DOMAIN.md A7). "
    "Apprenticeship levy not costed (0)."
)


def _njc(b: ProposalBuilder, years: dict[str, dict[int, int]]) -> PayScaleId:
    return b.pay_scale("NJC pay spine", "NJC", NJC_SOURCE, years)


def _afc(b: ProposalBuilder) -> PayScaleId:
    scale = b.pay_scale(
        "NHS Agenda for Change", "AfC", AFC_SOURCE, {"2020/21": AFC_2020_21, "2021/22": AFC_2021_22}
    )
    for code, points in AFC_BANDS.items():
        b.grade(scale, code, "NHS Agenda for Change band (DOMAIN.md A4).", points=points)
    return scale


def _set_pay_scale(b: ProposalBuilder, organisation_id: OrganisationId, scale: PayScaleId) -> None:
    organisations = b.proposal.organisations
    organisations[organisation_id] = dataclasses.replace(
        organisations[organisation_id], pay_scale_id=scale
    )


def _council_rule(b: ProposalBuilder, organisation_id: OrganisationId, year: str) -> None:
    b.on_cost_rule(
        organisation_id,
        year,
        ni_rate=NI_RATE,
        ni_threshold=NI_THRESHOLDS[year],
        pension_rate="0.205",
        pension_scheme="LGPS (GMPF)",
        source=f"{NI_SOURCE[year]} {LGPS_SOURCE}",
    )


def _nhs_rule(b: ProposalBuilder, organisation_id: OrganisationId, year: str) -> None:
    b.on_cost_rule(
        organisation_id,
        year,
        ni_rate=NI_RATE,
        ni_threshold=NI_THRESHOLDS[year],
        pension_rate="0.1438",
        pension_full_rate="0.2068",
        pension_scheme="NHS Pension Scheme",
        source=f"{NI_SOURCE[year]} {NHS_PENSION_SOURCE}",
    )


def add_bury_pay(b: ProposalBuilder, council: OrganisationId, ccg: OrganisationId) -> None:
    """NJC and AfC for 2020/21 and 2021/22, Bury's local grades, on-costs and the §6 budget."""
    njc = _njc(b, {"2020/21": NJC_2020_21, "2021/22": NJC_2021_22})
    a2 = "Bury local grade on NJC spinal points, assumed (DOMAIN.md A2: no Bury grade map is published)"
    for code, points, basis in (
        ("Grade 5", (18, 21), "below Grade 6, by analogy"),
        ("Grade 6", (22, 25), "co-ordinators and Integrated Commissioning Support Officers"),
        ("Grade 8", (29, 32), "officers and Quality Assurance Officers"),
        ("Grade 9", (33, 36), "leads and Integrated Commissioning Officers"),
        ("Grade 10", (36, 39), "between Grade 9 and Grade 11, by analogy"),
        ("Grade 11", (39, 43), "managers and Senior Integrated Commissioning Managers"),
    ):
        b.grade(njc, code, f"{a2}: {basis}.", points=points)
    senior = "Bury senior grade above the NJC spine: salary range assumed, not from a Bury source"
    for code, salaries, basis in (
        ("Grade 12", (48000, 52500), "heads of service"),
        ("Grade 13", (53500, 58500), "strategic leads"),
        ("Grade 14", (60000, 66000), "assistant directors"),
        ("CO2", (85000, 95000), "chief officer: directors"),
        ("CO1", (110000, 125000), "chief officer: executive directors"),
    ):
        b.grade(njc, code, f"{senior} ({basis}); the same in every pay year.", salaries=salaries)
    afc = _afc(b)
    b.grade(
        afc,
        "VSM",
        "NHS very senior manager: salary range assumed (no published scale).",
        salaries=(95000, 115000),
    )
    _set_pay_scale(b, council, njc)
    _set_pay_scale(b, ccg, afc)
    for year in ("2020/21", "2021/22"):
        _council_rule(b, council, year)
        _nhs_rule(b, ccg, year)
    # The report's budget table (section 6): cost centres by subjective, then two adjustments.
    # Subjective codes as the report heads its columns: 6000 basic pay, 6024 NI, 6025 super.
    # The report does not say whether a line recurs: each is taken as recurring, and says so.
    codes = "6000/6024/6025/"
    b.budget_line(
        "SEG5970",
        "SEG5970",
        basic_pay=375000,
        national_insurance=37500,
        superannuation=76900,
        subjective_codes=codes,
        recurrence_assumed=True,
    )
    b.budget_line(
        "SSG9143",
        "SSG9143",
        basic_pay=339100,
        national_insurance=34400,
        superannuation=72200,
        subjective_codes=codes,
        recurrence_assumed=True,
    )
    b.budget_line(
        "SF16000", "SF16000 (part)", other=40000, subjective_codes=codes, recurrence_assumed=True
    )
    b.budget_line(
        "",
        "Less budget for post to go back to Public Health (per L Jones request)",
        other=-47100,
        kind=BudgetLineKind.ADJUSTMENT,
        recurrence_assumed=True,
    )
    b.budget_line(
        "",
        "Less budget to transfer to Intermediate Tier for Brokerage roles",
        other=-54000,
        kind=BudgetLineKind.ADJUSTMENT,
        recurrence_assumed=True,
        post_refs="BC-1070, BC-1071",
    )


def add_manchester_pay(
    b: ProposalBuilder, mcc: OrganisationId, nhs_employers: tuple[OrganisationId, ...]
) -> None:
    """NJC 2019/20 and 2020/21, MCC's G and SS grades, and on-costs for MCC and the NHS bodies."""
    njc = _njc(b, {"2019/20": NJC_2019_20, "2020/21": NJC_2020_21})
    a3 = "MCC local grade mapped to an NJC band of 3-4 spinal points, assumed (DOMAIN.md A3)"
    for code, points in (
        ("G5", (18, 20)),
        ("G6", (21, 23)),
        ("G7", (24, 26)),
        ("G8", (27, 29)),
        ("G9", (30, 32)),
        ("G10", (33, 36)),
        ("G11", (37, 40)),
        ("G12", (41, 43)),
    ):
        b.grade(njc, code, f"{a3}.", points=points)
    ss = (
        "MCC senior salary grade: SS1 starts at £56,772 (thebusinessdesk.com, 'City council "
        "chiefs to ponder senior officers' pay'); the rest of the range is assumed (DOMAIN.md A3)"
    )
    for code, salaries in (
        ("SS1", (56772, 62000)),
        ("SS2", (62000, 70000)),
        ("SS3", (70000, 80000)),
        ("SS4", (80000, 92000)),
        ("SS5", (95000, 110000)),
        ("CE", (180000, 200000)),
    ):
        b.grade(njc, code, f"{ss}; the same in every pay year.", salaries=salaries)
    _set_pay_scale(b, mcc, njc)
    for year in ("2019/20", "2020/21"):
        _council_rule(b, mcc, year)
        for employer in nhs_employers:
            _nhs_rule(b, employer, year)
