"""Provenance looked up (analysis/provenance.py): a record's own row and its fields' rows, the
assumed ones, one line for a reader, and the references a reader could not follow."""

from __future__ import annotations

from orgchart_app.analysis.provenance import ProvenanceIndex, describe, provenance_problems
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table


def row(
    n: int,
    table: str,
    record: int,
    field: str = "",
    basis: Basis = Basis.STATED,
    document_id: DocumentId | None = None,
    place: str = "",
    reason: str = "",
) -> Provenance:
    return Provenance(ProvenanceId(n), table, record, field, basis, document_id, place, reason)


def with_rows(*rows: Provenance) -> Proposal:
    proposal = Proposal()
    proposal.documents = {DocumentId(1): Document(DocumentId(1), "Report")}
    proposal.provenance = {r.id: r for r in rows}
    return proposal


def test_a_records_sources_are_its_own_row_and_its_fields_rows() -> None:
    whole = row(1, "posts", 7)
    grade = row(2, "posts", 7, "grade", basis=Basis.ASSUMED, reason="r")
    elsewhere = row(3, "posts", 8, "title")
    unit = row(4, "units", 7)
    index = ProvenanceIndex(with_rows(whole, grade, elsewhere, unit))
    sources = index.sources(Table.POSTS, 7)
    assert (sources.record, sources.fields) == (whole, {"grade": grade})
    assert sources.of("grade") is grade and sources.of("title") is whole
    assert index.sources(Table.POSTS, 9).record is None
    assert index.assumed_fields(Table.POSTS, 7) == {"grade": grade}
    assert index.assumed_fields(Table.POSTS, 8) == {}
    assert index.assumed_fields(Table.POSTS, 9) == {}


def test_each_basis_described_in_one_line() -> None:
    proposal = with_rows()
    assert describe(proposal, None) == "not recorded"
    assumed = row(1, "posts", 1, basis=Basis.ASSUMED)
    assert describe(proposal, assumed) == "assumed: no reason given"
    assert describe(proposal, row(1, "posts", 1, basis=Basis.ASSUMED, reason="why")) == (
        "assumed: why"
    )
    assert describe(proposal, row(1, "posts", 1, basis=Basis.ENTERED)) == "entered in the designer"
    assert describe(proposal, row(1, "posts", 1, basis=Basis.ENTERED, reason="by J")) == (
        "entered in the designer (by J)"
    )
    stated = row(1, "posts", 1, document_id=DocumentId(1), place="s.5.3")
    assert describe(proposal, stated) == "stated: Report, s.5.3"
    assert describe(proposal, row(1, "posts", 1, document_id=DocumentId(1))) == "stated: Report"
    assert describe(proposal, row(1, "posts", 1, place="s.2")) == "stated: s.2"
    assert describe(proposal, row(1, "posts", 1, document_id=DocumentId(9))) == (
        "stated: no document named"
    )


def test_references_a_reader_could_not_follow_are_listed_in_order() -> None:
    proposal = with_rows(
        row(2, "pay_points", 3, "salary"),
        row(1, "posts", 4, document_id=DocumentId(5)),
        row(3, "posts", 4, document_id=DocumentId(1)),
    )
    assert list(provenance_problems(proposal)) == [
        "Provenance 1 (posts 4) cites document 5, which the file does not hold",
        'Provenance 2 (pay_points 3, salary) names "pay_points", which is not a table of the file',
    ]
