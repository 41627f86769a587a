"""Provenance kept honest by edits: a changed field is the user's own, never the report's or an
assumption; copies keep their sources; imports state what they read; bad references listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import EditRefused, Proposal
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import CopyScenario, PutDocument, PutProvenance, Regrade, apply_edit
from orgchart_app.importers import import_files
from orgchart_app.samples import build_bury
from orgchart_app.storage import open_proposal, save_proposal

REPORT = "Report to HR & Appeals Panel, 25 March 2021"


def cited(proposal: Proposal) -> tuple[DocumentId, int]:
    """A fresh Bury with its provenance cleared and one post stated by the report at s.5.3."""
    proposal.provenance.clear()
    document = apply_edit(proposal, PutDocument(Document(DocumentId(0), REPORT))).edit
    assert isinstance(document, PutDocument)
    post = next(p for p in proposal.posts.values() if p.post_ref == "BC-1003")
    row = Provenance(
        ProvenanceId(0), "posts", post.id, "", Basis.STATED, document.document.id, "s.5.3"
    )
    apply_edit(proposal, PutProvenance(row))
    return document.document.id, post.id


def test_a_changed_field_becomes_the_users_own_and_undo_restores_it() -> None:
    proposal = build_bury()
    document_id, post_id = cited(proposal)
    grade = Provenance(ProvenanceId(0), "posts", post_id, "grade", Basis.STATED, document_id, "s.6")
    apply_edit(proposal, PutProvenance(grade))
    before = ProvenanceIndex(proposal).sources(Table.POSTS, post_id)
    applied = apply_edit(proposal, Regrade(post_id, "Grade 12"))
    sources = ProvenanceIndex(proposal).sources(Table.POSTS, post_id)
    assert describe(proposal, sources.of("title")) == f"stated: {REPORT}, s.5.3"
    assert describe(proposal, sources.of("grade")) == "entered in the designer"
    apply_edit(proposal, applied.inverse)
    assert ProvenanceIndex(proposal).sources(Table.POSTS, post_id) == before


def test_a_field_of_a_record_stated_whole_no_longer_claims_the_document_once_edited(
    tmp_path: Path,
) -> None:
    proposal = build_bury()
    _, post_id = cited(proposal)
    applied = apply_edit(proposal, Regrade(post_id, "Grade 12"))
    sources = ProvenanceIndex(proposal).sources(Table.POSTS, post_id)
    assert describe(proposal, sources.of("grade")) == "entered in the designer"
    assert describe(proposal, sources.of("title")) == f"stated: {REPORT}, s.5.3"
    path = tmp_path / "edited.sqlite"
    save_proposal(proposal, path)
    reopened = open_proposal(path).proposal
    again = ProvenanceIndex(reopened).sources(Table.POSTS, post_id)
    assert describe(reopened, again.of("grade")) == "entered in the designer"
    apply_edit(proposal, applied.inverse)
    undone = ProvenanceIndex(proposal).sources(Table.POSTS, post_id)
    assert describe(proposal, undone.of("grade")) == f"stated: {REPORT}, s.5.3"


def test_an_assumed_field_changed_is_no_longer_an_assumption() -> None:
    proposal = build_bury()
    _, post_id = cited(proposal)
    assumed = Provenance(
        ProvenanceId(0), "posts", post_id, "grade", Basis.ASSUMED, reason="no grade given"
    )
    apply_edit(proposal, PutProvenance(assumed))
    assert set(ProvenanceIndex(proposal).assumed_fields(Table.POSTS, post_id)) == {"grade"}
    apply_edit(proposal, Regrade(post_id, "Grade 12"))
    assert ProvenanceIndex(proposal).assumed_fields(Table.POSTS, post_id) == {}


def test_a_copied_scenario_keeps_where_its_posts_come_from() -> None:
    proposal = build_bury()
    _, post_id = cited(proposal)
    copied = apply_edit(proposal, CopyScenario(proposal.posts[post_id].scenario_id, "Option B"))
    copy = next(
        p
        for p in proposal.posts.values()
        if p.id in copied.changes.posts and p.post_ref == proposal.posts[post_id].post_ref
    )
    sources = ProvenanceIndex(proposal).sources(Table.POSTS, copy.id)
    assert describe(proposal, sources.record) == f"stated: {REPORT}, s.5.3"


def test_an_assumption_needs_its_reason_and_a_statement_its_document() -> None:
    proposal = build_bury()
    _, post_id = cited(proposal)
    with pytest.raises(EditRefused, match="Say why the value is assumed"):
        apply_edit(
            proposal,
            PutProvenance(Provenance(ProvenanceId(0), "posts", post_id, "grade", Basis.ASSUMED)),
        )
    with pytest.raises(EditRefused, match="Name the document"):
        apply_edit(
            proposal,
            PutProvenance(
                Provenance(ProvenanceId(0), "posts", post_id, "", Basis.STATED, DocumentId(99))
            ),
        )


def test_validate_lists_a_reference_to_a_missing_document(tmp_path: Path) -> None:
    proposal = build_bury()
    document_id, post_id = cited(proposal)
    del proposal.documents[document_id]
    path = tmp_path / "missing.sqlite"
    save_proposal(proposal, path)
    problems = validate_proposal(open_proposal(path).proposal)
    row_id = min(proposal.provenance)
    assert (
        f"Provenance {row_id} (posts {post_id}) cites document {document_id}, which the file does not hold"
        in problems
    )


def test_an_import_states_each_post_by_the_file_and_its_line(tmp_path: Path) -> None:
    source = tmp_path / "establishment.csv"
    source.write_text(
        "Post ref,Title,Reports to\nA1,Head of Service,\nA2,Team Manager,A1\n", encoding="utf-8"
    )
    proposal = import_files([source]).proposal
    index = ProvenanceIndex(proposal)
    manager = next(p for p in proposal.posts.values() if p.post_ref == "A2")
    assert describe(proposal, index.sources(Table.POSTS, manager.id).of("title")) == (
        "stated: establishment.csv, line 3"
    )
