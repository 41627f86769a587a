"""Sources and documents: what each edit writes, what an edit of a cited field leaves behind,
and each refusal word for word with the proposal untouched (provenance_edits.py, written against
its surviving mutants)."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DocumentId, PostId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.edits import (
    PutDocument,
    PutProvenance,
    Redesignate,
    Regrade,
    RemoveDocument,
    RemoveProvenance,
    apply_edit,
)
from tests.edits.helpers import refusal

REPORT = "Report to HR & Appeals Panel, 25 March 2021"


def _post(p: Proposal) -> PostId:
    return next(q.id for q in p.posts.values() if q.post_ref == "BC-1003")


def _put(p: Proposal, row: Provenance) -> Provenance:
    applied = apply_edit(p, PutProvenance(row))
    assert isinstance(applied.edit, PutProvenance)
    assert p.provenance[applied.edit.row.id] == applied.edit.row
    return applied.edit.row


def _document(p: Proposal, title: str = REPORT) -> DocumentId:
    applied = apply_edit(p, PutDocument(Document(DocumentId(0), title)))
    assert isinstance(applied.edit, PutDocument)
    return applied.edit.document.id


def test_refusals_are_one_sentence_each(bury: Proposal) -> None:
    post = _post(bury)
    assumed = Provenance(ProvenanceId(0), "posts", post, "fte", Basis.ASSUMED, reason="  ")
    stated = Provenance(ProvenanceId(0), "posts", post, "fte", Basis.STATED, DocumentId(99))
    assert refusal(bury, PutProvenance(assumed)) == (
        "Say why the value is assumed: an assumption needs its reason."
    )
    assert refusal(bury, PutProvenance(stated)) == (
        "Name the document that states it (add it to the file first)."
    )
    assert refusal(bury, RemoveProvenance(ProvenanceId(99999))) == ("There is no provenance 99999.")
    assert refusal(bury, PutDocument(Document(DocumentId(0), " "))) == "A document needs a title."
    assert refusal(bury, RemoveDocument(DocumentId(99))) == "There is no document 99."


def test_a_document_gets_the_next_id_or_the_one_its_redo_carries(bury: Proposal) -> None:
    following = max(bury.documents) + 1
    assert _document(bury) == following
    assert bury.documents[DocumentId(following)] == Document(DocumentId(following), REPORT)
    again = Document(DocumentId(following + 5), "Cabinet minutes")
    apply_edit(bury, PutDocument(again))
    assert bury.documents[again.id] == again


def test_a_cited_document_is_kept_and_its_sources_counted(bury: Proposal) -> None:
    bury.provenance.clear()
    document = _document(bury)
    row = Provenance(ProvenanceId(0), "posts", _post(bury), "", Basis.STATED, document, "s.5.3")
    _put(bury, row)
    sentence = ": mark them as stated by another document, or clear them, first."
    assert refusal(bury, RemoveDocument(document)) == (f'"{REPORT}" is cited by 1 source{sentence}')
    _put(bury, Provenance(ProvenanceId(0), "posts", _post(bury), "fte", Basis.STATED, document))
    assert refusal(bury, RemoveDocument(document)) == (
        f'"{REPORT}" is cited by 2 sources{sentence}'
    )


def test_a_stated_or_assumed_field_changed_becomes_entered_with_nothing_left_of_its_source(
    bury: Proposal,
) -> None:
    bury.provenance.clear()
    document, post = _document(bury), _post(bury)
    grade = _put(
        bury, Provenance(ProvenanceId(0), "posts", post, "grade", Basis.STATED, document, "s.6")
    )
    title = _put(
        bury, Provenance(ProvenanceId(0), "posts", post, "title", Basis.ASSUMED, reason="a guess")
    )
    apply_edit(bury, Regrade(post, "Grade 12"))
    apply_edit(bury, Redesignate(post, "Head of Change"))
    assert bury.provenance == {
        grade.id: Provenance(grade.id, "posts", post, "grade", Basis.ENTERED),
        title.id: Provenance(title.id, "posts", post, "title", Basis.ENTERED),
    }


def test_a_record_assumed_whole_gets_no_row_for_a_field_changed(bury: Proposal) -> None:
    bury.provenance.clear()
    post = _post(bury)
    whole = _put(bury, Provenance(ProvenanceId(0), "posts", post, "", Basis.ASSUMED, reason="x"))
    apply_edit(bury, Regrade(post, "Grade 12"))
    assert bury.provenance == {whole.id: whole}
