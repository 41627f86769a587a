"""A small record builder for imports: fresh ids by counter, so 50,000 posts stay linear."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any

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
from orgchart_app.domain.made_columns import MadeColumns
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.importers.records import PostRow
from orgchart_app.quick import listed, made_by_columns, quick_constructor

# Read once: an enum's `.value` is a slow property (and its hash a Python call), and every post
# imported is stated by its line.
_POSTS = Table.POSTS.value
# A record stated one at a time (state()); posts' rows are made a column at a time (posts()).
_make_provenance = quick_constructor(Provenance)
_STATED = Basis.STATED  # looked up once: an enum member is a descriptor call in 3.11
_HOLDER, _EMPLOYEE_NUMBER = attrgetter("holder"), attrgetter("employee_number")
_CONTRACT, _CONTRACT_END = attrgetter("contract"), attrgetter("contract_end")
_SERVICE_START, _DATE_OF_BIRTH = attrgetter("service_start"), attrgetter("date_of_birth")
_SPINAL_POINT = attrgetter("spinal_point")


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

    def post_ids(self, count: int) -> list[PostId]:
        """Ids are handed out first so managers can be linked before every post exists."""
        return list(map(PostId, self._ids("posts", count)))

    def posts(
        self,
        posts: list[Post],
        columns: dict[str, list[Any]],
        sources: Sequence[str],
        lines: Sequence[int],
    ) -> None:
        """The posts (made from `columns`), each stated by the line of the file it came from
        (if it came from one), their provenance rows made a column at a time: 50,000 of each
        in a big file."""
        ids = [post.id for post in posts]
        self.proposal.posts.update(zip(ids, posts, strict=True))
        self._keep_columns(Table.POSTS, posts, columns)
        if not all(sources):
            stated = [i for i, source in enumerate(sources) if source]
            ids = [ids[i] for i in stated]
            sources = [sources[i] for i in stated]
            lines = [lines[i] for i in stated]
        # Each file's document is made where its first post is stated, as the rows come.
        documents = {source: self._document(source) for source in dict.fromkeys(sources)}
        row_ids = list(map(ProvenanceId, self._ids("provenance", len(ids))))
        columns = listed(
            len(row_ids),
            {
                "id": row_ids,
                "table": repeat(_POSTS),
                "record_id": ids,
                "field": repeat(""),
                "basis": repeat(_STATED),
                "document_id": map(documents.__getitem__, sources),
                "place": map("line {}".format, lines),
                "reason": repeat(""),
            },
        )
        rows = made_by_columns(Provenance, len(row_ids), columns)
        self.proposal.provenance.update(zip(row_ids, rows, strict=True))
        self._keep_columns(Table.PROVENANCE, rows, columns)

    def _keep_columns(
        self, table: Table, records: list[Any], columns: dict[str, list[Any]]
    ) -> None:
        """Keep the columns `records` were made from for the save, after any kept before (each
        scenario's posts come in turn)."""
        made = MadeColumns(records, columns)
        earlier = self.proposal.made_columns.get(table)
        self.proposal.made_columns[table] = made if earlier is None else earlier.followed_by(made)

    def _document(self, source: str) -> DocumentId:
        document_id = self._documents.get(source)
        if document_id is None:
            document_id = self.proposal.next_id(Table.DOCUMENTS)
            self.proposal.documents[document_id] = Document(document_id, source, source)
            self._documents[source] = document_id
        return document_id

    def holders(
        self, post_ids: Sequence[PostId], rows: Sequence[PostRow], ftes: Sequence[float]
    ) -> None:
        """A postholder for each (post, row naming the person, the person's FTE), a column at a
        time (most posts of a big list are held)."""
        facts = [row.person for row in rows]
        holder_ids = list(map(PostholderId, self._ids("postholders", len(rows))))
        given = {
            "id": holder_ids,
            "post_id": post_ids,
            "name": map(_HOLDER, rows),
            "employee_number": map(_EMPLOYEE_NUMBER, rows),
            "fte": ftes,
            "contract": map(_CONTRACT, facts),
            "contract_end": map(_CONTRACT_END, facts),
            "service_start": map(_SERVICE_START, facts),
            "date_of_birth": map(_DATE_OF_BIRTH, facts),
            "age": repeat(None),
            "salary": repeat(None),
            "spinal_point": map(_SPINAL_POINT, facts),
            "pension_strain": repeat(None),
            "notes": repeat(""),
        }
        columns = listed(len(rows), given)
        holders = made_by_columns(Postholder, len(rows), columns)
        self.proposal.postholders.update(zip(holder_ids, holders, strict=True))
        self._keep_columns(Table.POSTHOLDERS, holders, columns)

    def _ids(self, table: str, count: int) -> range:
        first = self._next[table]
        self._next[table] = first + count
        return range(first, first + count)


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
