"""Typed ids, so a post id is never passed where a unit id is meant."""

from __future__ import annotations

from typing import NewType

OrganisationId = NewType("OrganisationId", int)
ScenarioId = NewType("ScenarioId", int)
UnitId = NewType("UnitId", int)
PostId = NewType("PostId", int)
PostholderId = NewType("PostholderId", int)
DottedLineId = NewType("DottedLineId", int)
PayScaleId = NewType("PayScaleId", int)
GradeId = NewType("GradeId", int)
OnCostRuleId = NewType("OnCostRuleId", int)
BudgetLineId = NewType("BudgetLineId", int)
RecommendationItemId = NewType("RecommendationItemId", int)
OutcomeId = NewType("OutcomeId", int)
PoolId = NewType("PoolId", int)
ConsultationId = NewType("ConsultationId", int)
DocumentId = NewType("DocumentId", int)
ProvenanceId = NewType("ProvenanceId", int)
