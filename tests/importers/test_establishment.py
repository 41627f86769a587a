"""An establishment list becomes the "As is" of a new proposal, every row placed or listed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import PostStatus, Proposal, UnitKind, UnitStatus
from orgchart_app.importers import (
    Field,
    ImportFormat,
    ImportRefused,
    ProblemKind,
    import_files,
    read_table,
    recognise,
)
from tests.importers.files import ESTABLISHMENT_HEADER, establishment_rows, write_csv


def post(proposal: Proposal, ref: str):  # noqa: ANN201 - a Post
    found = [p for p in proposal.posts.values() if p.post_ref == ref]
    assert len(found) == 1, ref
    return found[0]


def unit_names(proposal: Proposal, ref: str) -> list[str]:
    return [u.name for u in proposal.unit_path(post(proposal, ref).unit_id)]


def manager_ref(proposal: Proposal, ref: str) -> str | None:
    manager_id = post(proposal, ref).reports_to_id
    return proposal.posts[manager_id].post_ref if manager_id is not None else None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Position Number", Field.POST_REF),
        ("Post No.", Field.POST_REF),
        ("Post Ref", Field.POST_REF),
        ("Job Title", Field.TITLE),
        ("Role", Field.TITLE),
        ("Band", Field.GRADE),
        ("WTE", Field.FTE),
        ("Full Time Equivalent", Field.FTE),
        ("Reports To", Field.REPORTS_TO),
        ("Line Manager Post Number", Field.REPORTS_TO_REF),
        ("Manager Name", Field.REPORTS_TO_NAME),
        ("Directorate", Field.DIRECTORATE),
        ("Dept", Field.DEPARTMENT),
        ("Team Name", Field.TEAM),
        ("Employer", Field.ORGANISATION),
        ("Vacant?", Field.VACANT),
        ("Cost Centre", Field.COST_CODE),
        ("Employee Name", Field.HOLDER_NAME),
        ("Payroll Number", Field.EMPLOYEE_NUMBER),
        ("Annual Salary (£)", Field.SALARY),
    ],
)
def test_common_headers_are_recognised(header: str, field: Field) -> None:
    mapping = recognise(["Something else", header])
    assert mapping.fields == (Field.IGNORE, field)


def test_a_list_becomes_organisations_units_posts_and_lines(tmp_path: Path) -> None:
    result = import_files([write_csv(tmp_path / "adults.csv", establishment_rows())])
    proposal = result.proposal
    assert [s.name for s in proposal.scenarios.values()] == ["As is"]
    assert sorted(o.name for o in proposal.organisations.values()) == [
        "Bury Council",
        "NHS Bury CCG",
    ]
    assert unit_names(proposal, "P111") == ["Bury Council", "Adult Services", "Commissioning"]
    assert unit_names(proposal, "P120") == ["NHS Bury CCG", "Adult Services", "Primary Care"]
    kinds = [u.kind for u in proposal.unit_path(post(proposal, "P111").unit_id)]
    assert kinds == [UnitKind.ORGANISATION, UnitKind.DIRECTORATE, UnitKind.TEAM]
    assert manager_ref(proposal, "P111") == "P110"
    assert manager_ref(proposal, "P120") == "P100"  # across employers
    assert post(proposal, "P111").status is PostStatus.VACANT
    assert post(proposal, "P111").fte == pytest.approx(0.6)
    assert post(proposal, "P112").fte == pytest.approx(0.6)  # written "60%"
    assert post(proposal, "P112").salary == Decimal(35745)  # written "£35,745"
    assert post(proposal, "P111").salary is None  # "N/D"
    assert post(proposal, "P100").cost_code == "SEG5970"
    assert {h.name: h.employee_number for h in proposal.postholders.values()} == {
        "Ann Director": "E001",
        "Bea Head": "E002",
        "Cal Officer": "E003",
        "Dee Head": "E004",
    }
    assert result.report.problems == []
    assert validate_proposal(proposal) == []


def test_the_counts_reconcile(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows.insert(3, [""] * len(ESTABLISHMENT_HEADER))  # a blank line is not a row
    rows.append(["", "", "", "", "", "", "", "", "", "", "", "", ""])
    rows.append(["", "Total", "", "4.2", "", "", "", "", "", "", "", "", ""])
    rows.append(["", "", "G5", "1", "", "Adult Services", "", "", "", "", "", "", ""])
    report = import_files([write_csv(tmp_path / "list.csv", rows)]).report
    (count,) = report.sources
    assert (count.rows_read, count.rows_placed, count.rows_skipped, count.blank_lines) == (
        7,
        5,
        2,
        2,
    )
    assert count.rows_read == count.rows_placed + count.rows_skipped
    assert report.posts_created == count.rows_placed
    skipped = report.skipped_lines()
    assert [p.line for p in skipped] == [9, 10]  # header 1, blank lines 4 and 8
    assert "Total" in skipped[0].message and "no job title" in skipped[1].message


def test_a_duplicate_reference_is_renamed_and_listed(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows.append(
        [
            "P112",
            "Contracts Officer",
            "G8",
            "1",
            "P110",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "No",
            "",
            "",
            "",
            "",
        ]
    )
    result = import_files([write_csv(tmp_path / "dup.csv", rows)])
    (problem,) = result.report.problems
    assert (problem.kind, problem.line) == (ProblemKind.DUPLICATE_REFERENCE, 7)
    assert (
        '"P112"' in problem.message
        and "line 5" in problem.message
        and '"P112-2"' in problem.message
    )
    assert post(result.proposal, "P112").title == "Commissioning Officer"
    assert post(result.proposal, "P112-2").title == "Contracts Officer"
    assert result.report.posts_created == 6


def test_a_missing_manager_puts_the_post_in_unplaced(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows.append(
        [
            "P130",
            "Brokerage Officer",
            "G7",
            "1",
            "P999",
            "Adult Services",
            "Brokerage",
            "Bury Council",
            "No",
            "",
            "",
            "",
            "",
        ]
    )
    result = import_files([write_csv(tmp_path / "missing.csv", rows)])
    (problem,) = result.report.problems
    assert (problem.kind, problem.line) == (ProblemKind.MISSING_MANAGER, 7)
    assert '"P999"' in problem.message and "Unplaced" in problem.message
    placed = post(result.proposal, "P130")
    unit = result.proposal.units[placed.unit_id]
    assert (unit.name, unit.status) == ("Unplaced", UnitStatus.TO_BE_CONFIRMED)
    assert placed.reports_to_id is None
    assert "Adult Services > Brokerage" in placed.notes
    assert validate_proposal(result.proposal) == []


def test_a_cycle_is_broken_at_one_named_edge(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows += [
        ["C1", "Lead A", "G9", "1", "C3", "Adult Services", "Loop", "", "", "", "", "", ""],
        ["C2", "Lead B", "G9", "1", "C1", "Adult Services", "Loop", "", "", "", "", "", ""],
        ["C3", "Lead C", "G9", "1", "C2", "Adult Services", "Loop", "", "", "", "", "", ""],
    ]
    result = import_files([write_csv(tmp_path / "cycle.csv", rows)])
    (problem,) = result.report.problems
    assert (problem.kind, problem.line) == (ProblemKind.CYCLE, 9)
    assert "C3 -> C2 -> C1 -> C3" in problem.message
    proposal = result.proposal
    assert manager_ref(proposal, "C3") is None
    assert (manager_ref(proposal, "C1"), manager_ref(proposal, "C2")) == ("C3", "C1")
    assert validate_proposal(proposal) == []


def test_a_post_reporting_to_itself_is_a_cycle(tmp_path: Path) -> None:
    rows = [ESTABLISHMENT_HEADER[:5], ["S1", "Self Manager", "G9", "1", "S1"]]
    result = import_files([write_csv(tmp_path / "self.csv", rows)])
    (problem,) = result.report.problems
    assert problem.kind is ProblemKind.CYCLE and "S1 -> S1" in problem.message
    assert manager_ref(result.proposal, "S1") is None


def test_unreadable_numbers_are_kept_in_the_notes(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[2][3] = "full time"
    rows[2][12] = "about 50k"
    result = import_files([write_csv(tmp_path / "numbers.csv", rows)])
    problems = result.report.problems
    assert [(p.kind, p.line) for p in problems] == [(ProblemKind.UNREADABLE_NUMBER, 3)] * 2
    head = post(result.proposal, "P110")
    assert head.fte == 1.0 and head.salary is None
    assert '"full time"' in head.notes and '"about 50k"' in head.notes


def test_a_formula_is_listed_and_kept_as_text(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[2][1] = '=HYPERLINK("http://evil","Head")'
    result = import_files([write_csv(tmp_path / "formula.csv", rows)])
    (problem,) = result.report.problems
    assert (problem.kind, problem.line) == (ProblemKind.FORMULA, 3)
    assert post(result.proposal, "P110").title.startswith("=HYPERLINK")


def test_managers_by_name_and_a_visio_list(tmp_path: Path) -> None:
    rows = [
        ["Name", "Reports_To", "Title", "Department"],
        ["Ann Director", "", "Director", "Adults"],
        ["Bea Head", "Ann Director", "Head of Service", "Adults"],
        ["Cal Officer", "Bea Head", "Officer", "Adults"],
        ["Dan Lost", "Nobody Known", "Officer", "Adults"],
    ]
    result = import_files([write_csv(tmp_path / "visio.csv", rows)])
    assert result.format is ImportFormat.VISIO
    proposal = result.proposal
    post_of = {h.name: proposal.posts[h.post_id] for h in proposal.postholders.values()}

    def manager_of(name: str) -> str:
        manager_id = post_of[name].reports_to_id
        return next(h.name for h in proposal.postholders.values() if h.post_id == manager_id)

    assert manager_of("Bea Head") == "Ann Director"
    assert manager_of("Cal Officer") == "Bea Head"
    (problem,) = result.report.problems
    assert (problem.kind, problem.line) == (ProblemKind.MISSING_MANAGER, 5)
    assert sorted(post_of) == ["Ann Director", "Bea Head", "Cal Officer", "Dan Lost"]


def test_the_user_can_change_the_mapping(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Role", "Hours", "Boss"],
        ["A1", "Director", "1", ""],
        ["A2", "Head", "0.5", "A1"],
    ]
    path = write_csv(tmp_path / "odd.csv", rows)
    assert import_files([path]).mapping.field_of("Boss") is Field.IGNORE  # type: ignore[union-attr]
    result = import_files([path], overrides=["Boss=reports_to_ref", "hours=fte"])
    assert result.mapping is not None and result.mapping.field_of("Boss") is Field.REPORTS_TO_REF
    assert manager_ref(result.proposal, "A2") == "A1"
    assert post(result.proposal, "A2").fte == 0.5
    mapping = recognise(read_table(path).headers).with_field(1, Field.NOTES)
    assert mapping.fields[1] is Field.NOTES


def test_a_mapping_naming_an_unknown_column_or_field_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", establishment_rows())
    with pytest.raises(ImportRefused, match='no column "Nope"'):
        import_files([path], overrides=["Nope=title"])
    with pytest.raises(ImportRefused, match='"colour" is not a field'):
        import_files([path], overrides=["Grade=colour"])


def test_a_list_without_titles_or_numbers_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Colour", "Size"], ["red", "big"]])
    with pytest.raises(ImportRefused, match="no column recognised as the job title"):
        import_files([path])


def test_rows_without_an_organisation_go_to_the_named_default(tmp_path: Path) -> None:
    rows = [["Post Number", "Job Title"], ["P1", "Director"]]
    path = write_csv(tmp_path / "wigan_establishment.csv", rows)
    assert [o.name for o in import_files([path]).proposal.organisations.values()] == [
        "wigan establishment"
    ]
    named = import_files([path], organisation="Wigan Council").proposal
    assert [o.name for o in named.organisations.values()] == ["Wigan Council"]
