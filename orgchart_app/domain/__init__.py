"""The proposal as plain data: organisations, scenarios, units, posts and pay."""

from orgchart_app.domain.enums import (
    CostingPoint,
    DottedLineKind,
    OfficerCategory,
    OrganisationKind,
    PostStatus,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.errors import EditRefused, FileRefused, NotFound, OrgChartError
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
from orgchart_app.domain.model import (
    BudgetLine,
    DottedLine,
    Grade,
    OnCostRule,
    Organisation,
    PayPoint,
    PayScale,
    Post,
    Postholder,
    ProposalInfo,
    Scenario,
    Unit,
)
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table

__all__ = [
    "BudgetLine", "BudgetLineId", "CostingPoint", "DottedLine", "DottedLineId", "DottedLineKind", "EditRefused",
    "FileRefused", "Grade", "GradeId", "NotFound", "OfficerCategory", "OnCostRule", "OnCostRuleId",
    "OrgChartError", "Organisation", "OrganisationId", "OrganisationKind", "PayPoint", "PayScale",
    "PayScaleId", "Post", "PostId", "PostStatus", "Postholder", "PostholderId", "Proposal",
    "ProposalInfo", "Scenario", "ScenarioId", "ScenarioKind", "Table", "Unit", "UnitId", "UnitKind",
    "UnitStatus",
]
