"""Where a value comes from, as the designer's source dialog builds it: one edit, one undo step."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Batch, PutDocument, PutProvenance, apply_edit
from orgchart_app.edits.citing import Source, cite_edit


def _post_row(bury: Proposal, field: str) -> tuple[int, ProvenanceId | None]:
    """A post of the sample, and its own row for `field` (None: it has none)."""
    post_id = min(bury.posts)
    rows = [
        r.id
        for r in bury.provenance.values()
        if (r.table, r.record_id, r.field) == ("posts", post_id, field)
    ]
    return post_id, rows[0] if rows else None


def test_a_field_with_no_row_of_its_own_gains_one_stated_by_a_document_of_the_file(
    bury: Proposal,
) -> None:
    post_id, own = _post_row(bury, "quantity")
    assert own is None
    # The record's own row (field "") and other fields' rows are not the field's row.
    bury.provenance[ProvenanceId(9001)] = Provenance(
        ProvenanceId(9001), "posts", post_id, "", Basis.ASSUMED, reason="whole post"
    )
    bury.provenance[ProvenanceId(9002)] = Provenance(
        ProvenanceId(9002), "units", post_id, "quantity", Basis.ASSUMED, reason="a unit"
    )
    edit = cite_edit(
        bury,
        Table.POSTS,
        post_id,
        "quantity",
        Source(Basis.STATED, DocumentId(1), new_document="  ", place=" s.5 ", reason="ignored"),
    )
    assert edit == PutProvenance(
        Provenance(
            ProvenanceId(0), "posts", post_id, "quantity", Basis.STATED, DocumentId(1), "s.5", ""
        )
    )


def test_a_field_s_own_row_is_replaced_by_an_assumption(bury: Proposal) -> None:
    post_id, _ = _post_row(bury, "grade")
    bury.provenance[ProvenanceId(9003)] = Provenance(
        ProvenanceId(9003), "posts", post_id, "grade", Basis.STATED, DocumentId(1), "s.2"
    )
    edit = cite_edit(
        bury,
        Table.POSTS,
        post_id,
        "grade",
        Source(Basis.ASSUMED, DocumentId(1), new_document="Memo", place="s.2", reason=" a guess "),
    )
    assert edit == PutProvenance(
        Provenance(
            ProvenanceId(9003), "posts", post_id, "grade", Basis.ASSUMED, None, "", "a guess"
        )
    )


@pytest.mark.parametrize(
    ("field", "name"), [("title", "Mark title as stated"), ("", "Mark as stated")]
)
def test_a_new_document_is_added_in_the_same_step_as_the_row_citing_it(
    bury: Proposal, field: str, name: str
) -> None:
    post_id, own = _post_row(bury, field)
    new_id = DocumentId(max(bury.documents) + 1)
    edit = cite_edit(
        bury, Table.POSTS, post_id, field, Source(Basis.STATED, DocumentId(1), " Memo 7 ", "p.3")
    )
    assert edit == Batch(
        (
            PutDocument(Document(new_id, "Memo 7")),
            PutProvenance(
                Provenance(
                    own if own is not None else ProvenanceId(0),
                    "posts",
                    post_id,
                    field,
                    Basis.STATED,
                    new_id,
                    "p.3",
                    "",
                )
            ),
        ),
        name,
    )
    before = bury.snapshot()
    applied = apply_edit(bury, edit)
    assert bury.documents[new_id].title == "Memo 7"
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_a_value_entered_by_the_user_is_no_citation(bury: Proposal) -> None:
    with pytest.raises(EditRefused) as refused:
        cite_edit(bury, Table.POSTS, min(bury.posts), "", Source(Basis.ENTERED, DocumentId(1)))
    assert str(refused.value) == "Choose stated or assumed."
