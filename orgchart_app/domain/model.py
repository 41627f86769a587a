"""The records of a proposal: plain, immutable values; edits replace them whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.domain.enums import (
    BudgetLineKind,
    ContractKind,
    CostingPoint,
    DottedLineKind,
    OfficerCategory,
    OrganisationKind,
    PostStatus,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.ids import (
    BudgetLineId,
    DottedLineId,
    GradeId,
    OnCostRuleId,
    OrganisationId,
    PayScaleId,
    PostholderId,
    PostId,
    ScenarioId,
    UnitId,
)


@dataclass(frozen=True, slots=True)
class ProposalInfo:
    title: str = "Untitled proposal"
    notes: str = ""
    # Incremented by every save, so a writer can tell the file changed under it.
    revision: int = 0


@dataclass(frozen=True, slots=True)
class Organisation:
    id: OrganisationId
    name: str
    short_name: str
    kind: OrganisationKind = OrganisationKind.LOCAL_AUTHORITY
    colour: str = ""
    pay_scale_id: PayScaleId | None = None


@dataclass(frozen=True, slots=True)
class Scenario:
    id: ScenarioId
    name: str
    kind: ScenarioKind = ScenarioKind.AS_IS
    effective_date: dt.date | None = None
    based_on_id: ScenarioId | None = None
    costing_point: CostingPoint = CostingPoint.TOP
    pay_year: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Unit:
    id: UnitId
    scenario_id: ScenarioId
    # Stable across scenario copies, like post_ref: the diff matches units on it.
    unit_ref: str
    name: str
    kind: UnitKind
    organisation_id: OrganisationId
    parent_id: UnitId | None = None
    status: UnitStatus = UnitStatus.IN_PLACE
    colour: str = ""
    description: str = ""
    lead_post_id: PostId | None = None


@dataclass(frozen=True, slots=True)
class Post:
    id: PostId
    scenario_id: ScenarioId
    # Stable across scenario copies (an HR position number when imported): the diff matches on it.
    post_ref: str
    title: str
    unit_id: UnitId
    employer_id: OrganisationId
    grade: str = ""
    fte: float = 1.0
    # One box may stand for several identical posts ("Integrated Commissioning Officer x 7").
    quantity: int = 1
    reports_to_id: PostId | None = None
    deployed_to_id: OrganisationId | None = None
    status: PostStatus = PostStatus.FILLED
    funded: bool = True
    cost_code: str = ""
    statutory_role: str = ""
    officer_category: OfficerCategory = OfficerCategory.OTHER
    is_assistant: bool = False
    # The line management is an interim arrangement (shown as "temporary" on the chart).
    temporary_line: bool = False
    # A stated salary overrides the grade's costing point.
    salary: Decimal | None = None
    notes: str = ""
    # A fixed-term post ends on this date (None: permanent); costed in the years it runs.
    end_date: dt.date | None = None
    # The funding source that pays for the post (a budget line's funding_source), if named.
    funding_source: str = ""
    # The spinal point the postholder is paid on, costed at the "actual" costing point.
    spinal_point: int | None = None

    @property
    def total_fte(self) -> float:
        return round(self.quantity * self.fte, 4)


@dataclass(frozen=True, slots=True)
class Postholder:
    """Personal data: hidden in exports unless the user asks for names."""

    id: PostholderId
    post_id: PostId
    name: str
    employee_number: str = ""
    # The FTE this person holds of the post (a job share holds part of it).
    fte: float = 1.0
    contract: ContractKind = ContractKind.PERMANENT
    # Set for a fixed-term contract (and a secondment's planned end).
    contract_end: dt.date | None = None
    # Continuous local-government service, which is what redundancy pay counts.
    service_start: dt.date | None = None
    # Only where a redundancy estimate needs it; an age alone may be entered instead.
    date_of_birth: dt.date | None = None
    age: int | None = None
    # The person's own pay where it differs from the post's (protected pay, an old point).
    salary: Decimal | None = None
    spinal_point: int | None = None
    # The pension fund's actuarial strain cost of releasing this person's pension early: entered
    # as the fund gives it, never estimated here.
    pension_strain: Decimal | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DottedLine:
    id: DottedLineId
    scenario_id: ScenarioId
    from_post_id: PostId
    to_post_id: PostId
    kind: DottedLineKind = DottedLineKind.ACCOUNTABILITY
    # Share of the from-post's time spent for the to-post, e.g. 10.0 for "10% MHCC".
    share_percent: float | None = None
    label: str = ""
    temporary: bool = False


@dataclass(frozen=True, slots=True)
class PayScale:
    id: PayScaleId
    name: str
    framework: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class PayPoint:
    pay_scale_id: PayScaleId
    pay_year: str
    point: int
    salary: Decimal


@dataclass(frozen=True, slots=True)
class Grade:
    id: GradeId
    pay_scale_id: PayScaleId
    code: str
    bottom_point: int | None = None
    top_point: int | None = None
    # For grades paid as a salary range rather than spinal points (senior salaries).
    min_salary: Decimal | None = None
    max_salary: Decimal | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class OnCostRule:
    id: OnCostRuleId
    organisation_id: OrganisationId
    pay_year: str
    ni_rate: Decimal
    ni_threshold: Decimal
    pension_rate: Decimal
    pension_scheme: str = ""
    apprenticeship_levy_rate: Decimal = Decimal("0")
    source: str = ""
    # The pension's full economic cost where the employer pays only part of it directly
    # (NHS Pension: 14.38% paid, 20.68% in full); None when the direct rate is the full cost.
    pension_full_rate: Decimal | None = None


@dataclass(frozen=True, slots=True)
class BudgetLine:
    id: BudgetLineId
    cost_code: str
    description: str
    basic_pay: Decimal = Decimal("0")
    national_insurance: Decimal = Decimal("0")
    superannuation: Decimal = Decimal("0")
    # A line given only as a total, or an adjustment ("Less budget to transfer ...": negative).
    other: Decimal = Decimal("0")
    kind: BudgetLineKind = BudgetLineKind.BUDGET
    # The financial year of a budget over several years ("2019/20"); empty for a one-year budget.
    year: str = ""
    # Who pays ("MHCC", "ASC Seasonal Resilience grant"), and whether it recurs after the plan.
    funding_source: str = ""
    recurrent: bool = True
    # The source does not say whether the money recurs: `recurrent` is an assumption.
    recurrence_assumed: bool = False
    # The posts an adjustment moves, by post_ref, comma-separated.
    post_refs: str = ""
    # The ledger's subjective codes of basic pay, NI, superannuation and other, "/"-separated
    # as the budget table heads its columns ("6000/6024/6025/"); empty when not known.
    subjective_codes: str = ""

    @property
    def total(self) -> Decimal:
        return self.basic_pay + self.national_insurance + self.superannuation + self.other

    @property
    def recurrence_text(self) -> str:
        """As the budget import reads it: yes, no, "(assumed)" where the source does not say."""
        said = "yes" if self.recurrent else "no"
        return f"{said} (assumed)" if self.recurrence_assumed else said
