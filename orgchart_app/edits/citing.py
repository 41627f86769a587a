"""Where a value comes from, as the designer's "Where does this come from?" asks it: stated by a
document (one of the file's, or a new one named there) at a place, or assumed for a reason;
built into one edit, so it is one undo step."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t


@dataclass(frozen=True, slots=True)
class Source:
    """What the user chose: stated (a document of the file, or the title of a new one, and the
    place in it) or assumed (the reason)."""

    basis: Basis
    document_id: DocumentId | None = None
    new_document: str = ""
    place: str = ""
    reason: str = ""


def cite_edit(
    proposal: Proposal, table: Table, record_id: int, field: str, source: Source
) -> t.Edit:
    """The edit that records `source` for the record ("" field) or one field of it; it replaces
    the field's own row if it has one. Refused with one sentence if the choice is incomplete."""
    if source.basis is Basis.ENTERED:
        raise EditRefused("Choose stated or assumed.")
    own = _own_row(proposal, table, record_id, field)
    edits: list[t.Edit] = []
    document_id = source.document_id
    if source.basis is Basis.STATED and source.new_document.strip():
        document_id = proposal.next_id(Table.DOCUMENTS)
        edits.append(t.PutDocument(Document(document_id, source.new_document.strip())))
    stated = source.basis is Basis.STATED
    row = Provenance(
        own if own is not None else ProvenanceId(0),
        table.value,
        record_id,
        field,
        source.basis,
        document_id if stated else None,
        source.place.strip() if stated else "",
        "" if stated else source.reason.strip(),
    )
    edits.append(t.PutProvenance(row))
    if len(edits) == 1:
        return edits[0]
    return t.Batch(tuple(edits), f"Mark {field + ' ' if field else ''}as stated")


def _own_row(proposal: Proposal, table: Table, record_id: int, field: str) -> ProvenanceId | None:
    return next(
        (
            row.id
            for row in proposal.provenance.values()
            if (row.table, row.record_id, row.field) == (table.value, record_id, field)
        ),
        None,
    )
