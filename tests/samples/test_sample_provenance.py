"""The samples say where everything they set comes from: the report and a section of it, or an
assumption and why; nothing a report does not state is left looking stated."""

from __future__ import annotations

import pytest

from orgchart_app.analysis.provenance import ProvenanceIndex
from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.samples import build_bury, build_manchester, build_manchester_capacity

CITED_TABLES = (
    Table.ORGANISATIONS,
    Table.SCENARIOS,
    Table.UNITS,
    Table.POSTS,
    Table.DOTTED_LINES,
    Table.GRADES,
    Table.PAY_SCALES,
    Table.BUDGET_LINES,
    Table.POSTHOLDERS,
)


@pytest.mark.parametrize("build", [build_bury, build_manchester, build_manchester_capacity])
def test_every_record_is_stated_at_a_place_or_assumed_with_a_reason(build: object) -> None:
    assert callable(build)
    proposal: Proposal = build()
    index = ProvenanceIndex(proposal)
    for table in CITED_TABLES:
        for record_id in proposal.records(table):
            sources = index.sources(table, record_id)
            whole = sources.record or sources.fields.get("")
            assert whole is not None, (table, record_id)
            assert whole.reason if whole.assumed else whole.place, (table, record_id)
    for row in proposal.provenance.values():
        assert row.reason if row.assumed else row.document_id in proposal.documents
    assert validate_proposal(proposal) == []


def test_bury_says_its_grades_placeholders_and_new_reporting_lines_are_assumed() -> None:
    bury = build_bury()
    index = ProvenanceIndex(bury)
    to_be = bury.scenario_named("To be").id
    for post in bury.posts.values():
        if post.grade:
            assert "grade" in index.assumed_fields(Table.POSTS, post.id), post.post_ref
    new = [p for p in bury.posts_in(to_be) if p.post_ref.startswith("NEW-")]
    assert len(new) == 10
    for post in new:
        assert "reports_to_id" in index.assumed_fields(Table.POSTS, post.id)
        assert index.sources(Table.POSTS, post.id).record.place.startswith("s.5.")  # type: ignore[union-attr]
    reviewing = bury.post_by_ref(to_be, "BC-1054")
    assert reviewing is not None and "" in index.assumed_fields(Table.POSTS, reviewing.id)
