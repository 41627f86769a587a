"""The edits of the people side of a change: outcomes, ring-fenced pools, consultations."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.ids import OutcomeId, PoolId
from orgchart_app.domain.outcomes import Consultation, Outcome, Pool


@dataclass(frozen=True, slots=True)
class PutOutcome:
    """Give a person their outcome in a proposed structure, or change it (id 0: new; a person
    who already has one there has it replaced). `confirmed` marks the user's decision."""

    outcome: Outcome


@dataclass(frozen=True, slots=True)
class RemoveOutcome:
    outcome_id: OutcomeId


@dataclass(frozen=True, slots=True)
class PutPool:
    """Add (id 0: new) or change a ring-fenced pool of proposed posts."""

    pool: Pool


@dataclass(frozen=True, slots=True)
class RemovePool:
    """Remove a pool; its people keep no outcome (they are listed as without one)."""

    pool_id: PoolId


@dataclass(frozen=True, slots=True)
class ClosePool:
    """Selection is over: the people not placed from the pool become at risk."""

    pool_id: PoolId


@dataclass(frozen=True, slots=True)
class PutConsultation:
    """Set a change's consultation dates and local policy (id 0: new, or the change's own)."""

    consultation: Consultation
