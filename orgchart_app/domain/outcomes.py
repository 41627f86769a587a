"""What happens to each person in a restructure: outcomes, ring-fenced pools and the consultation.

An outcome belongs to a person (a postholder of the current structure) and the proposed
structure it is decided for; the person's own post gives the structure they come from. A pool
is a set of proposed posts ring-fenced to a group of people; a person is in it through an
outcome naming it. The consultation holds the change's dates and the local policy its costs
are worked out by; a structure without one is read with the defaults below.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal

from orgchart_app.domain.ids import (
    ConsultationId,
    OrganisationId,
    OutcomeId,
    PoolId,
    PostholderId,
    PostId,
    ScenarioId,
)

# The job match at or above which a person is commonly slotted in (assimilated) to a post.
DEFAULT_SLOT_THRESHOLD = 70.0


class OutcomeKind(enum.Enum):
    NO_CHANGE = "no_change"
    SLOTTED = "slotted"
    POOL = "pool"
    AT_RISK = "at_risk"
    REDEPLOYED = "redeployed"
    TUPE = "tupe"
    VOLUNTARY_REDUNDANCY = "voluntary_redundancy"
    RETIREMENT = "retirement"
    END_OF_FIXED_TERM = "end_of_fixed_term"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def leaving(self) -> bool:
        """The person leaves the employer's service (a redundancy or notice cost may fall)."""
        return self in LEAVING

    @property
    def needs_post(self) -> bool:
        return self in (OutcomeKind.SLOTTED, OutcomeKind.REDEPLOYED)


_LABELS = {
    OutcomeKind.NO_CHANGE: "no change",
    OutcomeKind.SLOTTED: "slotted in",
    OutcomeKind.POOL: "in a ring-fenced pool",
    OutcomeKind.AT_RISK: "at risk",
    OutcomeKind.REDEPLOYED: "redeployed",
    OutcomeKind.TUPE: "TUPE transfer",
    OutcomeKind.VOLUNTARY_REDUNDANCY: "leaving: voluntary redundancy",
    OutcomeKind.RETIREMENT: "leaving: retirement",
    OutcomeKind.END_OF_FIXED_TERM: "leaving: end of fixed term",
}

LEAVING = frozenset(
    {
        OutcomeKind.AT_RISK,
        OutcomeKind.VOLUNTARY_REDUNDANCY,
        OutcomeKind.RETIREMENT,
        OutcomeKind.END_OF_FIXED_TERM,
    }
)


@dataclass(frozen=True, slots=True)
class Outcome:
    id: OutcomeId
    postholder_id: PostholderId
    # The proposed structure the outcome is decided for.
    to_scenario_id: ScenarioId
    kind: OutcomeKind
    # The proposed post a person is slotted into or redeployed to (placed from a pool too).
    to_post_id: PostId | None = None
    # The job match assessed for a slot, in percent (None: not assessed yet).
    job_match: float | None = None
    # The pool the person is in, or was placed from.
    pool_id: PoolId | None = None
    # The employer a TUPE transfer goes to.
    to_employer_id: OrganisationId | None = None
    # False while the outcome is only the product's proposal, until the user confirms it.
    confirmed: bool = False
    # The day the person leaves, where it is not the end of their notice from the
    # consultation's notice date (a retirement agreed for a given day).
    leaving_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Pool:
    """Proposed posts ring-fenced to the people whose outcomes name the pool ("pool A")."""

    id: PoolId
    to_scenario_id: ScenarioId
    name: str
    post_ids: tuple[PostId, ...] = ()
    # How the people are selected ("competitive interview", "assessment centre").
    selection: str = ""
    interview_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Consultation:
    """The dates of one change (the proposed structure's) and the local policy it is costed by.
    A date left empty is computed where it can be (the end from the start and the statutory
    minimum; the implementation from the proposed structure's effective date)."""

    id: ConsultationId
    to_scenario_id: ScenarioId
    slot_threshold: float = DEFAULT_SLOT_THRESHOLD
    start: dt.date | None = None
    end: dt.date | None = None
    hr1_sent: dt.date | None = None
    selection_date: dt.date | None = None
    # The day notices of dismissal are given, after the consultation ends.
    notice_date: dt.date | None = None
    implementation_date: dt.date | None = None
    # Other redundancies proposed at the same establishment within the 90 days, which count
    # towards the 20 and 100 of the collective consultation duty.
    other_redundancies: int = 0
    # Local policy: the actual week's pay instead of the statutory limit, the multiplier of the
    # statutory weeks, the pay protection's percentage in each protected year, and the notice
    # the contracts give where it is longer than the statute's.
    actual_pay: bool = False
    multiplier: Decimal = Decimal(1)
    protection: tuple[Decimal, ...] = (Decimal(100),)
    contractual_notice_weeks: int = 0


def default_consultation(to_scenario_id: ScenarioId) -> Consultation:
    return Consultation(ConsultationId(0), to_scenario_id)
