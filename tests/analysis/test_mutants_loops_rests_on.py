"""Loops in parent links found once each from where the walk meets them (loops.py), and what an
export rests on (rests_on.py): the documents cited, each assumption's reason with what it applies
to, in the scenarios shown only (pay always)."""

from __future__ import annotations

from orgchart_app.analysis.loops import loop_text, loops
from orgchart_app.analysis.rests_on import Assumption, rests_on
from orgchart_app.domain.ids import DocumentId, DottedLineId, PostholderId, ProvenanceId
from orgchart_app.domain.model import DottedLine, Postholder
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import CopyScenario, apply_edit
from tests.analysis.test_costing import post, tiny


def test_each_loop_once_from_where_the_walk_meets_it() -> None:
    # 4 leads into the loop 1 -> 2 -> 3 -> 1; 6's manager is not in the file; 8 manages itself.
    links = {4: 1, 1: 2, 2: 3, 3: 1, 5: None, 6: 7, 8: 8, 9: 4}
    assert list(loops(links)) == [[1, 2, 3], [8]]
    assert list(loops({5: None, 6: 5})) == []


def test_a_long_loop_is_kept_to_one_line() -> None:
    eight = [f"P{n}" for n in range(1, 9)]
    assert loop_text(eight, " -> ", "posts") == " -> ".join(eight)
    nine = [*eight, "P9"]
    assert (
        loop_text(nine, " > ", "posts") == "P1 > P2 > P3 > P4 > ... (8 posts in the loop) > P8 > P9"
    )


def test_an_assumption_names_up_to_four_then_how_many_more() -> None:
    assert Assumption("r", ("a", "b", "c", "d")).summary == "a, b, c, d"
    assert Assumption("r", ("a", "b", "c", "d", "e", "f")).summary == "a, b, c, d and 2 more"


def test_the_assumptions_of_the_scenarios_shown_by_reason_and_the_documents_cited() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "Other"))
    other = next(p for p in proposal.posts.values() if p.scenario_id != s)
    head, officer = post(proposal, "H"), post(proposal, "O")
    holder = PostholderId(1)
    proposal.postholders[holder] = Postholder(holder, officer.id, "A")
    cited, uncited = DocumentId(1), DocumentId(2)
    proposal.documents = {
        cited: Document(cited, "Report"),
        uncited: Document(uncited, "Other report"),
    }
    line = DottedLineId(1)
    proposal.dotted_lines[line] = DottedLine(line, s, officer.id, head.id)
    rows = [
        (Table.POSTS, head.id, "grade", "not in the report", Basis.ASSUMED),
        (Table.POSTS, officer.id, "reports_to_id", "not in the report", Basis.ASSUMED),
        (Table.POSTS, officer.id, "reports_to_id", "not in the report", Basis.ASSUMED),
        (Table.POSTS, other.id, "grade", "not in the report", Basis.ASSUMED),
        (Table.POSTS, officer.id, "title", "stated", Basis.STATED),
        (Table.UNITS, officer.unit_id, "", "a guess", Basis.ASSUMED),
        (Table.POSTHOLDERS, holder, "", "a guess", Basis.ASSUMED),
        (Table.POSTHOLDERS, holder + 1, "", "a guess", Basis.ASSUMED),
        (Table.DOTTED_LINES, line, "", "a guess", Basis.ASSUMED),
        (Table.GRADES, 1, "", "pay", Basis.ASSUMED),
        (Table.PAY_SCALES, 1, "", "pay", Basis.ASSUMED),
        (Table.ON_COST_RULES, 1, "", "pay", Basis.ASSUMED),
    ]
    for n, (table, record, field, reason, basis) in enumerate(rows, start=1):
        document = cited if n == 1 else None
        proposal.provenance[ProvenanceId(n)] = Provenance(
            ProvenanceId(n), table.value, record, field, basis, document, reason=reason
        )
    found = rests_on(proposal, [s])
    assert [d.title for d in found.documents] == ["Report"]
    assert found.assumptions == (
        Assumption("not in the report", ("Head (grade)", "Officer (reports to)")),
        Assumption("a guess", ("Team", "holder of Officer", "dotted line from Officer")),
        Assumption("pay", ("G1", "Spine", "pay")),
    )
    assert rests_on(proposal, []).assumptions == (Assumption("pay", ("G1", "Spine", "pay")),)
