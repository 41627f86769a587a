"""Edits of provenance: state or assume a value, name a document, and what any other edit does
to the provenance of the fields it changes."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable
from typing import Any

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import ProvenanceId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.provenance import Basis, Provenance, entered_id
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text
from orgchart_app.edits import types as t
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def put_provenance(proposal: Proposal, edit: t.PutProvenance) -> Plan:
    row = edit.row
    # A row with an id the file lacks is made with it: redo after undo brings back the same row.
    if row.id == 0:
        row = dataclasses.replace(row, id=proposal.next_id(Table.PROVENANCE))
    if row.basis is Basis.ASSUMED and not row.reason.strip():
        raise EditRefused("Say why the value is assumed: an assumption needs its reason.")
    if row.basis is Basis.STATED and row.document_id not in proposal.documents:
        raise EditRefused("Name the document that states it (add it to the file first).")
    what = f"{row.field} " if row.field else ""
    return Plan(
        [Write(Table.PROVENANCE, row.id, row)],
        f"Mark {what}as {row.basis.value}",
        resolved=t.PutProvenance(row),
    )


def remove_provenance(proposal: Proposal, edit: t.RemoveProvenance) -> Plan:
    if edit.row_id not in proposal.provenance:
        raise EditRefused(f"There is no provenance {edit.row_id}.")
    return Plan([Write(Table.PROVENANCE, edit.row_id, None)], "Forget where a value comes from")


def put_document(proposal: Proposal, edit: t.PutDocument) -> Plan:
    document = edit.document
    if not document.title.strip():
        raise EditRefused("A document needs a title.")
    if document.id == 0:
        document = dataclasses.replace(document, id=proposal.next_id(Table.DOCUMENTS))
    return Plan(
        [Write(Table.DOCUMENTS, document.id, document)],
        f'Cite "{document.title}"',
        resolved=t.PutDocument(document),
    )


def remove_document(proposal: Proposal, edit: t.RemoveDocument) -> Plan:
    document = proposal.documents.get(edit.document_id)
    if document is None:
        raise EditRefused(f"There is no document {edit.document_id}.")
    cited = sum(r.document_id == document.id for r in proposal.provenance.values())
    if cited:
        # A source left naming a missing document would vouch for its values with nothing.
        raise EditRefused(
            f'"{document.title}" is cited by {count_text(cited)} source{"" if cited == 1 else "s"}: '
            "mark them as stated by another document, or clear them, first."
        )
    return Plan([Write(Table.DOCUMENTS, document.id, None)], f'Remove document "{document.title}"')


def provenance_follow_ups(proposal: Proposal, writes: list[Write]) -> list[Write]:
    """A field an edit changes is no longer what was stated or assumed for it: its own row
    becomes the user's ("entered"), so no output prints the user's value as the report's or as
    an assumption. A field that had no row of its own but whose record is stated whole gets an
    "entered" row, so the record's document no longer vouches for it. A removed record keeps
    its rows (undo brings it back; save leaves them out), and a record added under its id (ids
    are handed out from the largest) does not take them over: they are removed with the add."""
    if not proposal.provenance:
        return []
    rows: dict[tuple[str, Hashable], dict[str, Provenance]] = defaultdict(dict)
    for row in proposal.provenance.values():
        if row.basis is not Basis.ENTERED or row.field:
            rows[(row.table, row.record_id)][row.field] = row
    follow: list[Write] = []
    for write in writes:
        known = rows.get((write.table.value, write.key), {})
        if not known or write.after is None:
            continue
        before = proposal.records(write.table).get(write.key)
        if before is None:
            follow += [Write(Table.PROVENANCE, row.id, None) for row in known.values()]
            continue
        for name in _changed(before, write.after):
            own = known.get(name)
            if own is not None and own.basis is not Basis.ENTERED:
                follow.append(_write(_entered(own)))
            elif own is None and _vouched(known.get("")) and isinstance(write.key, int):
                new_id = entered_id(write.table.value, write.key, name)
                follow.append(_write(_entered(known[""], new_id, name)))
    return follow


def _write(row: Provenance) -> Write:
    return Write(Table.PROVENANCE, row.id, row)


def _vouched(record: Provenance | None) -> bool:
    return record is not None and record.basis is Basis.STATED


def _entered(row: Provenance, new_id: ProvenanceId | None = None, name: str = "") -> Provenance:
    return dataclasses.replace(
        row,
        id=new_id if new_id is not None else row.id,
        field=name or row.field,
        basis=Basis.ENTERED,
        document_id=None,
        place="",
        reason="",
    )


def _changed(before: Any, after: Any) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(before)
        if getattr(before, f.name) != getattr(after, f.name)
    ]
