"""The data.gov.uk organogram pair: "XX" top posts, Vacant/Eliminated/N/D, junior rows in boxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import PostStatus
from orgchart_app.importers import ImportFormat, ImportRefused, ProblemKind, import_files
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv


def senior(
    ref: str,
    name: str,
    grade: str,
    title: str,
    unit: str,
    reports: str,
    fte: str = "1.00",
    floor: str = "N/D",
    ceiling: str = "N/D",
) -> list[str]:
    return [
        ref,
        name,
        grade,
        title,
        "Leads the team",
        "Department of Health",
        "Example Agency",
        unit,
        "N/A",
        "N/A",
        reports,
        "0",
        fte,
        floor,
        ceiling,
        "Policy",
        "",
        "",
    ]


def junior(unit: str, reports: str, grade: str, title: str, fte: str) -> list[str]:
    return [
        "Department of Health",
        "Example Agency",
        unit,
        reports,
        grade,
        "25000",
        "30000",
        title,
        fte,
        "Policy",
    ]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    senior_rows = [
        SENIOR_HEADER,
        senior(
            "CEO1",
            "Pat Chief",
            "SCS3",
            "Chief Executive",
            "Office",
            "XX",
            floor="150000",
            ceiling="154999",
        ),
        senior("DIR1", "N/D", "SCS2", "Director of Policy", "Policy", "CEO1"),
        senior("DIR2", "Vacant", "SCS2", "Director of Delivery", "Delivery", "CEO1"),
        senior("DIR3", "Eliminated", "SCS2", "Director of Old Things", "Old", "CEO1"),
        senior("0", "Sam Leave", "SCS1", "Not in post", "N/A", "CEO1"),
    ]
    junior_rows = [
        JUNIOR_HEADER,
        junior("Policy", "DIR1", "Grade 7", "Policy Adviser", "3.5"),
        junior("Policy", "DIR1", "Grade 7", "Policy Adviser", "2"),
        junior("Policy", "DIR1", "HEO", "Policy Officer", "4"),
        junior("Delivery", "DIR2", "EO", "Case Worker", "0"),
        junior("Delivery", "DIR2", "EO", "Case Worker", "10.25"),
        junior("Old", "DIR3", "EO", "Archivist", "1"),
    ]
    return (
        write_csv(tmp_path / "senior.csv", senior_rows),
        write_csv(tmp_path / "junior.csv", junior_rows),
    )


def test_senior_posts_and_junior_boxes(pair: tuple[Path, Path]) -> None:
    result = import_files(list(pair))
    assert result.format is ImportFormat.ORGANOGRAM
    proposal = result.proposal
    posts = {p.post_ref: p for p in proposal.posts.values()}
    assert posts["CEO1"].reports_to_id is None  # "XX"
    assert posts["DIR1"].reports_to_id == posts["CEO1"].id
    assert posts["DIR2"].status is PostStatus.VACANT
    assert "DIR3" not in posts  # eliminated
    assert [h.name for h in proposal.postholders.values()] == ["Pat Chief"]  # N/D has no name
    assert "£150,000 - £154,999" in posts["CEO1"].notes
    advisers = [p for p in posts.values() if p.title == "Policy Adviser"]
    assert len(advisers) == 1  # two rows, one box
    (box,) = advisers
    assert (box.quantity, box.total_fte, box.grade) == (6, 5.5, "Grade 7")
    assert box.reports_to_id == posts["DIR1"].id
    assert proposal.units[box.unit_id].name == "Policy"
    workers = next(p for p in posts.values() if p.title == "Case Worker")
    assert (workers.quantity, workers.total_fte) == (11, 10.25)
    assert validate_proposal(proposal) == []


def test_rows_reconcile_in_each_file(pair: tuple[Path, Path]) -> None:
    report = import_files(list(pair)).report
    senior_count, junior_count = report.sources
    assert (senior_count.rows_read, senior_count.rows_placed, senior_count.rows_skipped) == (
        5,
        3,
        2,
    )
    assert (junior_count.rows_read, junior_count.rows_placed, junior_count.rows_skipped) == (
        6,
        5,
        1,
    )
    assert report.reconciles
    # Junior rows placed are gathered into boxes; each box says which lines it holds.
    assert report.posts_created == 3 + 4
    skipped = [(p.source, p.line) for p in report.skipped_lines()]
    assert skipped == [("senior.csv", 5), ("senior.csv", 6), ("junior.csv", 5)]


def test_a_junior_row_under_an_eliminated_post_is_unplaced(pair: tuple[Path, Path]) -> None:
    result = import_files(list(pair))
    (missing,) = [p for p in result.report.problems if p.kind is ProblemKind.MISSING_MANAGER]
    assert (missing.source, missing.line) == ("junior.csv", 7)
    archivist = next(p for p in result.proposal.posts.values() if p.title == "Archivist")
    assert result.proposal.units[archivist.unit_id].name == "Unplaced"


def test_the_files_may_come_in_either_order(pair: tuple[Path, Path]) -> None:
    senior_path, junior_path = pair
    forwards = import_files([senior_path, junior_path]).proposal
    backwards = import_files([junior_path, senior_path]).proposal
    assert sorted(p.post_ref for p in forwards.posts.values()) == sorted(
        p.post_ref for p in backwards.posts.values()
    )


def test_a_senior_file_alone_imports(pair: tuple[Path, Path]) -> None:
    result = import_files([pair[0]])
    assert sorted(p.post_ref for p in result.proposal.posts.values()) == ["CEO1", "DIR1", "DIR2"]


def test_a_junior_file_alone_is_refused(pair: tuple[Path, Path]) -> None:
    with pytest.raises(ImportRefused, match="one senior-staff CSV"):
        import_files([pair[1]])


def test_unreadable_fte_and_pay_are_listed(tmp_path: Path) -> None:
    rows = [
        SENIOR_HEADER,
        senior(
            "CEO1", "Pat", "SCS3", "Chief", "Office", "XX", fte="most", floor="lots", ceiling="N/D"
        ),
    ]
    result = import_files([write_csv(tmp_path / "s.csv", rows)])
    assert [p.kind for p in result.report.problems] == [ProblemKind.UNREADABLE_NUMBER] * 2
    (post,) = result.proposal.posts.values()
    assert post.fte == 1.0 and '"most"' in post.notes


def test_a_box_of_rows_under_a_missing_senior_names_every_line(tmp_path: Path) -> None:
    senior_path = write_csv(
        tmp_path / "s.csv", [SENIOR_HEADER, senior("CEO1", "Pat", "SCS3", "Chief", "Office", "XX")]
    )
    junior_path = write_csv(
        tmp_path / "j.csv",
        [
            JUNIOR_HEADER,
            junior("Ops", "GONE", "EO", "Clerk", "1"),
            junior("Ops", "CEO1", "EO", "Typist", "1"),
            junior("Ops", "GONE", "EO", "Clerk", "0.5"),
        ],
    )
    result = import_files([senior_path, junior_path])
    (problem,) = result.report.problems
    assert problem.kind is ProblemKind.MISSING_MANAGER and "lines 2, 4" in problem.message
    clerks = next(p for p in result.proposal.posts.values() if p.title == "Clerk")
    assert (clerks.quantity, clerks.total_fte) == (2, 1.5)
    assert result.proposal.units[clerks.unit_id].name == "Unplaced"
