"""Sources and documents: what each edit writes, what an edit of a cited field leaves behind,
and each refusal word for word with the proposal untouched (provenance_edits.py, written against
its surviving mutants)."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DocumentId, PostId, ProvenanceId, ScenarioId, UnitId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.edits import (
    CopyScenario,
    DeletePost,
    EstablishPost,
    MovePosts,
    PutDocument,
    PutProvenance,
    Redesignate,
    Regrade,
    RemoveDocument,
    RemoveProvenance,
    RenameScenario,
    RenameUnit,
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


def _ref(p: Proposal, post_ref: str) -> PostId:
    return next(q.id for q in p.posts.values() if q.post_ref == post_ref)


def _rows(p: Proposal) -> set[tuple[str, int, str, Basis]]:
    return {(r.table, r.record_id, r.field, r.basis) for r in p.provenance.values()}


def test_each_field_changed_on_a_record_stated_whole_keeps_a_row_of_its_own(
    bury: Proposal,
) -> None:
    # The new rows' ids come from the table, the record and the field: two tables (unit 1 and
    # scenario 1), two records or two fields never share one, or the later edit's row would
    # replace the earlier's and hand that field back to the document.
    bury.provenance.clear()
    document = _document(bury)
    a, b = _ref(bury, "BC-1003"), _ref(bury, "BC-1010")
    whole = {("units", 1), ("scenarios", 1), ("posts", a), ("posts", b)}
    for table, record in whole:
        _put(bury, Provenance(ProvenanceId(0), table, record, "", Basis.STATED, document, "s.5"))
    apply_edit(bury, RenameUnit(UnitId(1), "Bury Office"))
    apply_edit(bury, RenameScenario(ScenarioId(1), "Today"))
    apply_edit(bury, Regrade(a, "Grade 12"))
    apply_edit(bury, Regrade(b, "Grade 12"))
    apply_edit(bury, Redesignate(a, "Head of Change"))
    entered = {
        ("units", 1, "name"),
        ("scenarios", 1, "name"),
        ("posts", a, "grade"),
        ("posts", b, "grade"),
        ("posts", a, "title"),
    }
    assert _rows(bury) == {(t, r, "", Basis.STATED) for t, r in whole} | {
        (t, r, f, Basis.ENTERED) for t, r, f in entered
    }
    assert len(bury.provenance) == 9


def test_a_move_of_several_posts_follows_up_each_after_one_without_sources(
    bury: Proposal,
) -> None:
    bury.provenance.clear()
    plain, assumed = _ref(bury, "BC-1013"), _ref(bury, "BC-1014")
    row = _put(
        bury, Provenance(ProvenanceId(0), "posts", assumed, "unit_id", Basis.ASSUMED, reason="x")
    )
    apply_edit(bury, MovePosts((plain, assumed), UnitId(4), with_team=False))
    assert bury.provenance == {
        row.id: Provenance(row.id, "posts", assumed, "unit_id", Basis.ENTERED)
    }


def test_a_post_added_under_a_deleted_posts_id_claims_none_of_its_sources(
    bury: Proposal,
) -> None:
    # Ids are handed out from the largest, so a post added after the last one was deleted gets
    # its id; the deleted post's rows stay (for its undo) but are not the new post's.
    last = max(bury.posts)
    old = bury.posts[last]
    before = {i: r for i, r in bury.provenance.items() if (r.table, r.record_id) == ("posts", last)}
    assert {r.field for r in before.values()} == {"", "reports_to_id", "unit_id", "cost_code"}
    deleted = apply_edit(bury, DeletePost((last,)))
    new = dataclasses.replace(old, id=PostId(0), post_ref="", title="Brand new", reports_to_id=None)
    added = apply_edit(bury, EstablishPost(new))
    assert isinstance(added.edit, EstablishPost) and added.edit.post.id == last
    assert not any((r.table, r.record_id) == ("posts", last) for r in bury.provenance.values())
    apply_edit(bury, added.inverse)
    apply_edit(bury, deleted.inverse)
    assert bury.posts[last] == old
    assert {
        i: r for i, r in bury.provenance.items() if (r.table, r.record_id) == ("posts", last)
    } == before


def test_a_documents_field_changed_is_no_longer_what_its_source_said(bury: Proposal) -> None:
    # `orgchart source set FILE document N --field reference` gives a document's field a source
    # like any record's: a new reference typed in is the user's, not the source's.
    bury.provenance.clear()
    document = _document(bury)
    row = _put(
        bury,
        Provenance(
            ProvenanceId(0), "documents", document, "reference", Basis.ASSUMED, reason="a guess"
        ),
    )
    apply_edit(bury, PutDocument(Document(document, REPORT, "minutes/2021-03-25.pdf")))
    assert bury.provenance == {
        row.id: Provenance(row.id, "documents", document, "reference", Basis.ENTERED)
    }


def test_a_copy_made_under_deleted_posts_ids_takes_none_of_their_sources(bury: Proposal) -> None:
    # The copy's first posts get the two ids just freed; each comes with its original's sources
    # only, and every row the deleted posts left is removed with the copy, not just the last.
    last_two = sorted(bury.posts)[-2:]
    left = {i for i, r in bury.provenance.items() if r.table == "posts" and r.record_id in last_two}
    assert len(left) == 8
    apply_edit(bury, DeletePost(tuple(last_two)))
    apply_edit(bury, CopyScenario(bury.scenario_named("To be").id, "Option B"))
    assert {bury.posts[i].scenario_id for i in last_two} == {bury.scenario_named("Option B").id}
    assert not left & set(bury.provenance)
