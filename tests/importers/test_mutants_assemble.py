"""assemble.py on small files: the people of rows that repeat a post's number held on one post,
and a manager's number three rows share, each rejected row named in the choice listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.importers import ProblemKind, import_files
from orgchart_app.importers.assemble import AS_IS, assemble_scenarios
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.releases import ReleaseMode
from orgchart_app.importers.report import ImportReport
from orgchart_app.importers.run import import_tables
from orgchart_app.importers.tables import Row, Table
from tests.importers.files import (
    ESTABLISHMENT_HEADER,
    JUNIOR_HEADER,
    SENIOR_HEADER,
    establishment_rows,
    write_csv,
)
from tests.importers.test_organogram import junior, senior


def test_a_repeated_row_of_a_post_adds_its_person_to_the_one_post(tmp_path: Path) -> None:
    rows = establishment_rows()
    second = list(rows[1])
    second[10], second[11], second[3] = "Bob Second", "E099", "0.5"
    rows.insert(2, second)
    proposal = import_files([write_csv(tmp_path / "staff.csv", rows)]).proposal
    (post,) = [p for p in proposal.posts.values() if p.post_ref == "P100"]
    assert sorted(
        (h.name, h.employee_number, h.fte)
        for h in proposal.postholders.values()
        if h.post_id == post.id
    ) == [("Ann Director", "E001", 1.0), ("Bob Second", "E099", 0.5)]


def test_a_manager_number_three_rows_share_names_both_rows_not_chosen(tmp_path: Path) -> None:
    rows = establishment_rows()
    for title in ("Head of Quality", "Head of Audit"):
        twin = list(rows[2])
        twin[1], twin[10], twin[11] = title, "", ""
        rows.append(twin)
    report_to = list(rows[3])
    report_to[0], report_to[1], report_to[4] = "P999", "Analyst", rows[2][0]
    rows.append(report_to)
    report = import_files([write_csv(tmp_path / "staff.csv", rows)]).report
    (choice,) = [
        p
        for p in report.problems
        if p.kind is ProblemKind.AMBIGUOUS_MANAGER and p.line == len(rows)
    ]
    assert choice.message == (
        '"Analyst" reports to "P110", a post number 3 rows use; it is placed under "Head of '
        'Commissioning" (staff.csv line 3) because its grade (G12) is the nearest above this '
        "post's (G8) in the same unit, not under staff.csv line 7, staff.csv line 8"
    )


def test_each_post_imported_is_stated_by_the_file_at_its_line(tmp_path: Path) -> None:
    proposal = import_files([write_csv(tmp_path / "staff.csv", establishment_rows())]).proposal
    assert proposal.documents == {DocumentId(1): Document(DocumentId(1), "staff.csv", "staff.csv")}
    lines = {p.id: f"line {n}" for n, p in enumerate(proposal.posts.values(), start=2)}
    assert sorted(proposal.provenance.values(), key=lambda r: r.id) == [
        Provenance(ProvenanceId(n), "posts", post_id, "", Basis.STATED, DocumentId(1), place)
        for n, (post_id, place) in enumerate(lines.items(), start=1)
    ]


def test_a_row_becomes_a_post_and_a_person_with_every_fact_it_gives(tmp_path: Path) -> None:
    header = [
        *ESTABLISHMENT_HEADER,
        *("End Date", "SCP", "Contract", "Contract End", "Continuous Service Date"),
        "Date of Birth",
    ]
    row = [
        *establishment_rows()[1],
        *("31/03/2027", "43", "Fixed term", "30/09/2026", "01/04/2010", "02/07/1980"),
    ]
    proposal = import_files([write_csv(tmp_path / "staff.csv", [header, row])]).proposal
    (post,) = proposal.posts.values()
    assert (post.funded, post.statutory_role, post.is_assistant, post.temporary_line) == (
        True,
        "",
        False,
        False,
    )
    assert (post.end_date, post.spinal_point) == (dt.date(2027, 3, 31), 43)
    (person,) = proposal.postholders.values()
    assert (person.name, person.employee_number, person.fte, person.notes) == (
        "Ann Director",
        "E001",
        1.0,
        "",
    )
    assert (
        person.contract,
        person.contract_end,
        person.service_start,
        person.date_of_birth,
        person.spinal_point,
    ) == (
        ContractKind.FIXED_TERM,
        dt.date(2026, 9, 30),
        dt.date(2010, 4, 1),
        dt.date(1980, 7, 2),
        43,
    )


def test_a_grade_paid_two_ranges_keeps_the_first_and_lists_the_other(tmp_path: Path) -> None:
    seniors = [senior("CEO1", "Pat Chief", "SCS4", "Chief Executive", "Office", "XX")]
    juniors = [junior("Office", "CEO1", "EO", "Case Worker", "2")]
    juniors.append(junior("Office", "CEO1", "EO", "Clerk", "1"))
    juniors[1][5:7] = ["26000", "31000"]
    files = [
        write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *seniors]),
        write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, *juniors]),
    ]
    report = import_files(files).report
    (other,) = [p for p in report.problems if p.kind is ProblemKind.DOUBTFUL_NUMBER]
    assert (other.source, other.line) == ("junior.csv", 3)
    assert other.message.startswith('grade "EO" is paid £26,000 - £31,000 here but £25,000 - ')


def test_each_release_as_a_scenario_has_its_own_posts_and_people_stated_by_one_file() -> None:
    headers = ["Snapshot Date", "Post Number", "Job Title", "Postholder Name"]
    rows = [
        ("2023-03-31", "P1", "Director", "Ann Lee"),
        ("2023-03-31", "P2", "Head", "Bo Day"),
        ("2024-03-31", "P1", "Director", "Cy Fox"),
    ]
    table = Table("adults.csv", headers, [Row(n, r) for n, r in enumerate(rows, start=2)])
    proposal = import_tables([table], releases=ReleaseMode.SCENARIOS).proposal
    # The second release's records number on from the first's, none overwriting another.
    assert [(p.id, p.scenario_id, p.post_ref) for p in proposal.posts.values()] == [
        (1, 1, "P1"),
        (2, 1, "P2"),
        (3, 2, "P1"),
    ]
    assert [(h.id, h.post_id, h.name) for h in proposal.postholders.values()] == [
        (1, 1, "Ann Lee"),
        (2, 2, "Bo Day"),
        (3, 3, "Cy Fox"),
    ]
    assert proposal.documents == {
        DocumentId(1): Document(DocumentId(1), "adults.csv", "adults.csv")
    }
    assert [(r.id, r.record_id, r.document_id, r.place) for r in proposal.provenance.values()] == [
        (1, 1, 1, "line 2"),
        (2, 2, 1, "line 3"),
        (3, 3, 1, "line 4"),
    ]


def test_only_a_post_that_came_from_a_file_is_stated_by_it() -> None:
    # Rows made in memory (no file) make posts that nothing states; the rest keep their lines.
    rows = [
        PostRow("", 2, "P1", "Director"),
        PostRow("staff.csv", 3, "P2", "Head", reports_to="P1"),
        PostRow("", 4, "P3", "Officer", reports_to="P2"),
        PostRow("staff.csv", 5, "P4", "Clerk", reports_to="P2"),
    ]
    proposal = assemble_scenarios([(AS_IS, rows)], ImportReport(), "Imported", "Bury Council")
    assert [p.post_ref for p in proposal.posts.values()] == ["P1", "P2", "P3", "P4"]
    assert proposal.documents == {DocumentId(1): Document(DocumentId(1), "staff.csv", "staff.csv")}
    assert [(r.id, r.record_id, r.document_id, r.place) for r in proposal.provenance.values()] == [
        (1, 2, 1, "line 3"),
        (2, 4, 1, "line 5"),
    ]
