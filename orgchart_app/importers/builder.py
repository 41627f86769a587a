"""A small record builder for imports: fresh ids by counter, so 50,000 posts stay linear."""

from __future__ import annotations

from collections.abc import Hashable

from orgchart_app.domain import (
    Organisation,
    OrganisationId,
    OrganisationKind,
    Post,
    Postholder,
    PostholderId,
    PostId,
    Proposal,
    ProposalInfo,
    Scenario,
    ScenarioId,
    ScenarioKind,
    Unit,
    UnitId,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.importers.records import NO_FACTS, PersonFacts
from orgchart_app.quick import quick_constructor

# Read once: an enum's `.value` is a slow property (and its hash a Python call), and every post
# imported is stated by its line.
_POSTS = Table.POSTS.value
# An import makes a Provenance row and (mostly) a Postholder per line: every field is given.
_make_provenance = quick_constructor(Provenance)
_make_holder = quick_constructor(Postholder)
_STATED = Basis.STATED  # looked up once: an enum member is a descriptor call in 3.11


class ImportBuilder:
    def __init__(self, title: str, notes: str = "") -> None:
        self.proposal = Proposal(info=ProposalInfo(title=title, notes=notes))
        self._next = dict.fromkeys(
            ("organisations", "scenarios", "units", "posts", "postholders", "provenance"), 1
        )
        self._documents: dict[str, DocumentId] = {}
        # The diff matches units across scenarios on their reference: one per unit path.
        self._unit_refs: dict[Hashable, str] = {}

    def _id(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def organisation(self, name: str, kind: OrganisationKind) -> OrganisationId:
        org_id = OrganisationId(self._id("organisations"))
        self.proposal.organisations[org_id] = Organisation(org_id, name, short_name(name), kind)
        return org_id

    def scenario(self, name: str, description: str = "") -> ScenarioId:
        scenario_id = ScenarioId(self._id("scenarios"))
        self.proposal.scenarios[scenario_id] = Scenario(
            scenario_id, name, ScenarioKind.AS_IS, description=description
        )
        return scenario_id

    def unit(
        self,
        scenario_id: ScenarioId,
        name: str,
        kind: UnitKind,
        org_id: OrganisationId,
        parent_id: UnitId | None,
        status: UnitStatus = UnitStatus.IN_PLACE,
        description: str = "",
        ref_key: Hashable = None,
    ) -> UnitId:
        """A new unit; units with the same `ref_key` in other scenarios share its reference."""
        unit_id = UnitId(self._id("units"))
        key = unit_id if ref_key is None else ref_key
        ref = self._unit_refs.setdefault(key, f"U{len(self._unit_refs) + 1:04d}")
        self.proposal.units[unit_id] = Unit(
            unit_id,
            scenario_id,
            ref,
            name,
            kind,
            org_id,
            parent_id,
            status,
            description=description,
        )
        return unit_id

    def post_id(self) -> PostId:
        """Ids are handed out first so managers can be linked before every post exists."""
        return PostId(self._id("posts"))

    def post(self, post: Post, source: str = "", line: int = 0) -> None:
        self.proposal.posts[post.id] = post
        if source:
            self._stated(_POSTS, post.id, source, f"line {line}")

    def _stated(self, table: str, record_id: int, source: str, place: str) -> None:
        document_id = self._documents.get(source)
        if document_id is None:
            document_id = self.proposal.next_id(Table.DOCUMENTS)
            self.proposal.documents[document_id] = Document(document_id, source, source)
            self._documents[source] = document_id
        row_id = ProvenanceId(self._id("provenance"))
        self.proposal.provenance[row_id] = _make_provenance(
            row_id, table, record_id, "", _STATED, document_id, place, ""
        )

    def holder(
        self,
        post_id: PostId,
        name: str,
        employee_number: str,
        facts: PersonFacts | None = None,
        fte: float = 1.0,
    ) -> None:
        holder_id = PostholderId(self._id("postholders"))
        facts = facts or NO_FACTS
        self.proposal.postholders[holder_id] = _make_holder(
            id=holder_id,
            post_id=post_id,
            name=name,
            employee_number=employee_number,
            fte=fte,
            contract=facts.contract,
            contract_end=facts.contract_end,
            service_start=facts.service_start,
            date_of_birth=facts.date_of_birth,
            age=None,
            salary=None,
            spinal_point=facts.spinal_point,
            pension_strain=None,
            notes="",
        )


def short_name(name: str) -> str:
    """'Bury Council' stays; 'Manchester City Council' -> 'MCC'; long names become initials."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if len(name) <= 16 or len(words) < 2:
        return name[:16]
    return "".join(w[0].upper() for w in words if w.casefold() not in {"of", "and", "the", "&"})


def organisation_kind(name: str) -> OrganisationKind:
    folded = name.casefold()
    if any(w in folded for w in ("nhs", "ccg", "trust", "clinical commissioning", "health board")):
        return OrganisationKind.NHS_BODY
    if any(w in folded for w in ("council", "borough", "county", "authority")):
        return OrganisationKind.LOCAL_AUTHORITY
    if any(w in folded for w in ("partnership", "alliance", "care organisation")):
        return OrganisationKind.PARTNERSHIP
    return OrganisationKind.OTHER
