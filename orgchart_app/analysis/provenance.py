"""Provenance looked up: where a record's fields come from, what rests on assumptions, and the
references a reader could not follow (validate lists them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.provenance import Provenance
from orgchart_app.domain.tables import RECORD_TABLES, Table

# Tables whose records have a plain id a provenance row can name.
NAMED_TABLES = frozenset(t.value for t in RECORD_TABLES if t is not Table.PAY_POINTS)


@dataclass(frozen=True, slots=True)
class Sources:
    """A record's provenance: its own row, and one row per field that has one."""

    record: Provenance | None
    fields: dict[str, Provenance]

    def of(self, field: str) -> Provenance | None:
        """The field's own row, else the record's."""
        return self.fields.get(field, self.record)


class ProvenanceIndex:
    """Every provenance row by record, built once per view refresh or export."""

    def __init__(self, proposal: Proposal) -> None:
        self._proposal = proposal
        rows: dict[tuple[str, int], list[Provenance]] = defaultdict(list)
        for row in proposal.provenance.values():
            rows[(row.table, row.record_id)].append(row)
        self._rows = rows

    def sources(self, table: Table, record_id: int) -> Sources:
        record, fields = None, {}
        for row in self._rows.get((table.value, record_id), ()):
            if row.field:
                fields[row.field] = row
            else:
                record = row
        return Sources(record, fields)

    def assumed_fields(self, table: Table, record_id: int) -> dict[str, Provenance]:
        """The fields resting on an assumption ("" for the whole record)."""
        return {
            row.field: row for row in self._rows.get((table.value, record_id), ()) if row.assumed
        }


def describe(proposal: Proposal, row: Provenance | None) -> str:
    """One line a reader understands: "stated: Report ..., s.5.3" or "assumed: why"."""
    if row is None:
        return "not recorded"
    if row.assumed:
        return f"assumed: {row.reason or 'no reason given'}"
    if row.basis.value == "entered":
        return "entered in the designer" + (f" ({row.reason})" if row.reason else "")
    document = proposal.documents.get(row.document_id) if row.document_id is not None else None
    where = ", ".join(part for part in (document.title if document else "", row.place) if part)
    return f"stated: {where or 'no document named'}"


def provenance_problems(proposal: Proposal) -> Iterator[str]:
    """A reference to a document the file lacks, or to a table no record lives in."""
    for row in sorted(proposal.provenance.values(), key=lambda r: r.id):
        what = f"Provenance {row.id} ({row.table} {row.record_id}{', ' + row.field if row.field else ''})"
        if row.table not in NAMED_TABLES:
            yield f'{what} names "{row.table}", which is not a table of the file'
        if row.document_id is not None and row.document_id not in proposal.documents:
            yield f"{what} cites document {row.document_id}, which the file does not hold"
