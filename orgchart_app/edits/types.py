"""Every change a user can make, as a value: the canvas, the panels, the menus and the CLI build these."""

from __future__ import annotations

import enum
from collections.abc import Hashable
from dataclasses import dataclass

from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.enums import CostingPoint, DottedLineKind, PostStatus, ScenarioKind
from orgchart_app.domain.ids import (
    DottedLineId,
    OrganisationId,
    PostholderId,
    PostId,
    ProvenanceId,
    ScenarioId,
    UnitId,
)
from orgchart_app.domain.model import (
    BudgetLine,
    DottedLine,
    Grade,
    OnCostRule,
    PayPoint,
    PayScale,
    Post,
    Postholder,
    Unit,
)
from orgchart_app.domain.provenance import Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits.outcome_types import (
    ClosePool,
    PutConsultation,
    PutOutcome,
    PutPool,
    RemoveOutcome,
    RemovePool,
)
from orgchart_app.edits.patch import Patch
from orgchart_app.edits.record_types import (
    AddScenario,
    PutOrganisation,
    RemoveDocument,
    RemoveOrganisation,
    SetProposalDetails,
    UpdateScenario,
)


class ReportsPolicy(enum.Enum):
    """What happens to the reports of a deleted post."""

    REASSIGN_TO_MANAGER = "reassign_to_manager"
    DELETE_TEAM = "delete_team"


@dataclass(frozen=True, slots=True)
class MovePosts:
    """Move posts into a unit; each manager's team in the same unit comes along."""

    post_ids: tuple[PostId, ...]
    unit_id: UnitId
    with_team: bool = True


@dataclass(frozen=True, slots=True)
class SetReportsTo:
    """New line manager (None: the post becomes a head); the post's team stays beneath it."""

    post_ids: tuple[PostId, ...]
    manager_id: PostId | None
    temporary: bool = False


@dataclass(frozen=True, slots=True)
class EstablishPost:
    """Create a post; id 0 and an empty post_ref are allocated on apply."""

    post: Post


@dataclass(frozen=True, slots=True)
class DeletePost:
    post_ids: tuple[PostId, ...]
    reports: ReportsPolicy = ReportsPolicy.REASSIGN_TO_MANAGER


@dataclass(frozen=True, slots=True)
class Redesignate:
    post_id: PostId
    title: str


@dataclass(frozen=True, slots=True)
class Regrade:
    post_id: PostId
    grade: str


@dataclass(frozen=True, slots=True)
class ChangeFte:
    post_id: PostId
    fte: float


@dataclass(frozen=True, slots=True)
class ChangeQuantity:
    post_id: PostId
    quantity: int


@dataclass(frozen=True, slots=True)
class ChangeEmployer:
    post_ids: tuple[PostId, ...]
    organisation_id: OrganisationId


@dataclass(frozen=True, slots=True)
class ChangeDeployment:
    """Where the posts work; None means inside their employer. The employer does not change."""

    post_ids: tuple[PostId, ...]
    organisation_id: OrganisationId | None


@dataclass(frozen=True, slots=True)
class SetStatus:
    post_ids: tuple[PostId, ...]
    status: PostStatus


@dataclass(frozen=True, slots=True)
class UpdatePost:
    """Set any post fields by name (the properties panel); each value is validated."""

    post_id: PostId
    fields: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class AddDottedLine:
    line: DottedLine


@dataclass(frozen=True, slots=True)
class RemoveDottedLine:
    line_id: DottedLineId


@dataclass(frozen=True, slots=True)
class EditDottedLine:
    line_id: DottedLineId
    kind: DottedLineKind
    share_percent: float | None
    label: str = ""
    temporary: bool | None = None  # interim ("temporary") line; None keeps it as it is


@dataclass(frozen=True, slots=True)
class AddUnit:
    """Create a unit; id 0 and an empty unit_ref are allocated on apply."""

    unit: Unit


@dataclass(frozen=True, slots=True)
class RenameUnit:
    unit_id: UnitId
    name: str


@dataclass(frozen=True, slots=True)
class UpdateUnit:
    """Set unit fields by name (status, colour, description, kind, lead post)."""

    unit_id: UnitId
    fields: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class MoveUnit:
    """Re-parent a unit with everything in it (a team transfer).

    Into another organisation, `deploy_posts` deploys its posts there (or, for posts that
    organisation employs, ends their deployment); otherwise they keep their deployment.
    """

    unit_id: UnitId
    parent_id: UnitId
    deploy_posts: bool = False


@dataclass(frozen=True, slots=True)
class DeleteUnit:
    """Delete a unit; its sub-units go to its parent and its posts to `posts_to`."""

    unit_id: UnitId
    posts_to: UnitId | None = None


@dataclass(frozen=True, slots=True)
class CopyScenario:
    source_id: ScenarioId
    name: str
    kind: ScenarioKind = ScenarioKind.TO_BE


@dataclass(frozen=True, slots=True)
class RenameScenario:
    scenario_id: ScenarioId
    name: str


@dataclass(frozen=True, slots=True)
class DeleteScenario:
    scenario_id: ScenarioId


@dataclass(frozen=True, slots=True)
class PutPayRecord:
    """Add or replace a pay scale, pay point, grade, on-cost rule or budget line (id 0: new)."""

    record: PayScale | PayPoint | Grade | OnCostRule | BudgetLine


@dataclass(frozen=True, slots=True)
class RemovePayRecord:
    """Remove a pay record by table (Table.GRADES, Table.PAY_POINTS, ...) and key."""

    table: Table
    key: Hashable


@dataclass(frozen=True, slots=True)
class SetCostingBasis:
    """Where a scenario's posts are costed in their grades, and with which year's pay."""

    scenario_id: ScenarioId
    costing_point: CostingPoint
    pay_year: str


@dataclass(frozen=True, slots=True)
class PutPerson:
    """Add a person to a post (id 0: new) or replace one: the people panel's edits."""

    person: Postholder


@dataclass(frozen=True, slots=True)
class RemovePerson:
    person_id: PostholderId


@dataclass(frozen=True, slots=True)
class PutProvenance:
    """State where a record or field comes from, or that it is assumed (id 0: a new row)."""

    row: Provenance


@dataclass(frozen=True, slots=True)
class RemoveProvenance:
    row_id: ProvenanceId


@dataclass(frozen=True, slots=True)
class PutDocument:
    """Add (id 0) or change a document the proposal cites."""

    document: Document


@dataclass(frozen=True, slots=True)
class WordRecommendations:
    """The recommendations worded for one pair of scenarios, in order (id 0: a new item)."""

    from_scenario_id: ScenarioId
    to_scenario_id: ScenarioId
    items: tuple[RecommendationItem, ...]
    name: str = "Word the recommendations"


@dataclass(frozen=True, slots=True)
class Batch:
    """Several edits as one undo step (a drop onto another organisation, a paste)."""

    edits: tuple[Edit, ...]
    name: str


@dataclass(frozen=True, slots=True)
class RevertPatch:
    """The inverse of an applied edit: puts every record back exactly as it was."""

    patch: Patch
    name: str


Edit = (
    MovePosts
    | SetReportsTo
    | EstablishPost
    | DeletePost
    | Redesignate
    | Regrade
    | ChangeFte
    | ChangeQuantity
    | ChangeEmployer
    | ChangeDeployment
    | SetStatus
    | UpdatePost
    | AddDottedLine
    | RemoveDottedLine
    | EditDottedLine
    | AddUnit
    | RenameUnit
    | UpdateUnit
    | MoveUnit
    | DeleteUnit
    | PutOrganisation
    | RemoveOrganisation
    | AddScenario
    | UpdateScenario
    | CopyScenario
    | RenameScenario
    | DeleteScenario
    | PutPayRecord
    | RemovePayRecord
    | SetCostingBasis
    | PutPerson
    | RemovePerson
    | PutOutcome
    | RemoveOutcome
    | PutPool
    | RemovePool
    | ClosePool
    | PutConsultation
    | WordRecommendations
    | PutProvenance
    | RemoveProvenance
    | PutDocument
    | RemoveDocument
    | SetProposalDetails
    | Batch
    | RevertPatch
)

__all__ = [
    "AddDottedLine",
    "AddScenario",
    "AddUnit",
    "Batch",
    "ChangeDeployment",
    "ChangeEmployer",
    "ChangeFte",
    "ChangeQuantity",
    "ClosePool",
    "CopyScenario",
    "DeletePost",
    "DeleteScenario",
    "DeleteUnit",
    "Edit",
    "EditDottedLine",
    "EstablishPost",
    "MovePosts",
    "MoveUnit",
    "PutConsultation",
    "PutOrganisation",
    "PutOutcome",
    "PutDocument",
    "PutPayRecord",
    "PutProvenance",
    "PutPerson",
    "PutPool",
    "Redesignate",
    "Regrade",
    "RemoveDocument",
    "RemoveDottedLine",
    "RemoveOrganisation",
    "RemoveOutcome",
    "RemovePayRecord",
    "RemovePerson",
    "RemovePool",
    "RemoveProvenance",
    "RenameScenario",
    "RenameUnit",
    "ReportsPolicy",
    "RevertPatch",
    "SetCostingBasis",
    "SetProposalDetails",
    "SetReportsTo",
    "SetStatus",
    "UpdatePost",
    "UpdateScenario",
    "UpdateUnit",
    "WordRecommendations",
]
