"""The edits of a proposal's own records: its organisations, scenarios made or described, and
the documents it cites."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.enums import ScenarioKind
from orgchart_app.domain.ids import DocumentId, OrganisationId, ScenarioId, UnitId
from orgchart_app.domain.model import Organisation


@dataclass(frozen=True, slots=True)
class PutOrganisation:
    """Add an organisation (id 0: new) or change one's name, short name, kind or colour."""

    organisation: Organisation


@dataclass(frozen=True, slots=True)
class RemoveOrganisation:
    """Remove an organisation nothing uses any more."""

    organisation_id: OrganisationId


@dataclass(frozen=True, slots=True)
class AddScenario:
    """A blank scenario: one box for the first organisation, for posts to be established in."""

    name: str
    kind: ScenarioKind = ScenarioKind.OPTION
    # Allocated on apply; the applied edit keeps them so a redo makes the same records.
    scenario_id: ScenarioId | None = None
    unit_id: UnitId | None = None


@dataclass(frozen=True, slots=True)
class UpdateScenario:
    """Set a scenario's kind, effective date or description by name."""

    scenario_id: ScenarioId
    fields: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class RemoveDocument:
    """Remove a document no source cites any more."""

    document_id: DocumentId


@dataclass(frozen=True, slots=True)
class SetProposalDetails:
    """The proposal's own title (on every page of its papers) and notes."""

    title: str
    notes: str
