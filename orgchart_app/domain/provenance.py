"""Where a value comes from: stated by a document (and where in it) or assumed (and why).

A committee clerk sends back a paper that prints an assumption as a fact. Any record, or one
field of it, can carry a Provenance; the designer, the charts and the PDFs tell the stated from
the assumed by it. A record without any says nothing about its source (a user's own entry).
"""

from __future__ import annotations

import enum
import zlib
from dataclasses import dataclass

from orgchart_app.domain.ids import DocumentId, ProvenanceId


class Basis(enum.Enum):
    STATED = "stated"
    ASSUMED = "assumed"
    # Changed by the user after it was stated or assumed: the proposal's own value now.
    ENTERED = "entered"


@dataclass(frozen=True, slots=True)
class Document:
    """A source the proposal cites: a committee report, an establishment list, a pay table."""

    id: DocumentId
    # "Report to HR & Appeals Panel, 25 March 2021"
    title: str
    # A file name or an address where it can be read.
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Provenance:
    id: ProvenanceId
    # The proposal table ("posts", "units", ...) and the record's id in it.
    table: str
    record_id: int
    # The field it is about ("grade"); "" for the whole record.
    field: str = ""
    basis: Basis = Basis.STATED
    document_id: DocumentId | None = None
    # Where in the document: "s.5.3", "Appendix 3", "line 12".
    place: str = ""
    # Why it was assumed ("the report gives no reporting line for the new posts").
    reason: str = ""

    @property
    def assumed(self) -> bool:
        return self.basis is Basis.ASSUMED


# Rows made by an edit (a field the user changed on a record stated whole) get an id worked out
# from what they are about, above every id handed out one by one: two people editing different
# records of a shared library (whose server keeps 32-bit ids) do not make the same id, and the
# same field always makes the same one, so such edits conflict only when they should.
ENTERED_IDS_FROM = 2**30


def entered_id(table: str, record_id: int, field: str) -> ProvenanceId:
    about = f"{table}/{record_id}/{field}".encode()
    return ProvenanceId(ENTERED_IDS_FROM + zlib.crc32(about) % ENTERED_IDS_FROM)
