"""Records read from a spreadsheet the user imports (a budget, grades) are stated by it, line by
line, as an establishment import states its posts: "Where from" names the file and the line, and
no paper prints an imported figure as the report's, the user's own or unsourced."""

from __future__ import annotations

from collections.abc import Sequence

from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t


def stated_by_file(
    proposal: Proposal, source: str, table: Table, placed: Sequence[tuple[int, int]]
) -> list[t.Edit]:
    """The edits stating each (line, record id) of `placed` by the file named `source`: the
    file's document (the one already in the proposal, if it was imported before) and a row a
    record, whole."""
    edits: list[t.Edit] = []
    document_id = _document_of(proposal, source)
    if document_id is None:
        document_id = proposal.next_id(Table.DOCUMENTS)
        edits.append(t.PutDocument(Document(document_id, source, source)))
    edits += [
        t.PutProvenance(
            Provenance(
                ProvenanceId(0),
                table.value,
                record_id,
                "",
                Basis.STATED,
                document_id,
                f"line {line}",
            )
        )
        for line, record_id in placed
    ]
    return edits


def _document_of(proposal: Proposal, source: str) -> DocumentId | None:
    return next(
        (d.id for d in proposal.documents.values() if (d.title, d.reference) == (source, source)),
        None,
    )
