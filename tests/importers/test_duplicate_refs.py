"""A post reference used twice: reports go to the row that fits, and nobody becomes the head by accident."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.importers import ProblemKind, import_files
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior


def _heads(proposal: Proposal) -> list[str]:
    return sorted(p.title for p in proposal.posts.values() if p.reports_to_id is None)


def _manager_title(proposal: Proposal, title: str) -> str:
    post = next(p for p in proposal.posts.values() if p.title == title)
    return proposal.posts[post.reports_to_id].title if post.reports_to_id else ""


def duplicated_top(tmp_path: Path) -> list[Path]:
    """The top post's reference reused, earlier in the file, by a regional director."""
    seniors = [
        senior("CEO1", "Rae North", "SCS2", "Regional Director North", "North", "DIR1"),
        senior("CEO1", "Pat Chief", "SCS4", "Chief Executive", "Office", "XX"),
        senior("DIR1", "Dan Regions", "SCS3", "Director of Regions", "Regions", "CEO1"),
        senior("DIR2", "Pol Lead", "SCS3", "Director of Policy", "Policy", "CEO1"),
        senior("NOR1", "Nat Deputy", "SCS1", "Deputy Director North", "North", "CEO1"),
    ]
    juniors = [
        junior("North", "CEO1", "EO", "Case Worker", "5"),
        junior("Office", "CEO1", "HEO", "Private Secretary", "2"),
    ]
    return [
        write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *seniors]),
        write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, *juniors]),
    ]


def test_reports_of_a_duplicated_top_reference_go_to_the_row_that_fits(tmp_path: Path) -> None:
    proposal = import_files(duplicated_top(tmp_path)).proposal
    assert _heads(proposal) == ["Chief Executive"]
    assert _manager_title(proposal, "Director of Regions") == "Chief Executive"
    assert _manager_title(proposal, "Director of Policy") == "Chief Executive"
    assert _manager_title(proposal, "Regional Director North") == "Director of Regions"
    # Same unit as the regional director: its own deputy and its junior staff.
    assert _manager_title(proposal, "Deputy Director North") == "Regional Director North"
    assert _manager_title(proposal, "Case Worker") == "Regional Director North"
    assert _manager_title(proposal, "Private Secretary") == "Chief Executive"


def test_each_choice_between_duplicates_is_listed(tmp_path: Path) -> None:
    report = import_files(duplicated_top(tmp_path)).report
    assert not [p for p in report.problems if p.kind is ProblemKind.CYCLE]
    chosen = {
        (p.source, p.line): p.message
        for p in report.problems
        if p.kind is ProblemKind.AMBIGUOUS_MANAGER
    }
    assert set(chosen) == {
        ("senior.csv", 4),
        ("senior.csv", 5),
        ("senior.csv", 6),
        ("junior.csv", 2),
        ("junior.csv", 3),
    }
    assert "line 3" in chosen[("senior.csv", 4)] and "Chief Executive" in chosen[("senior.csv", 4)]
    assert "line 2" in chosen[("senior.csv", 6)] and "same unit" in chosen[("senior.csv", 6)]


def test_a_cut_cycle_leaves_the_post_unplaced_not_the_head(tmp_path: Path) -> None:
    seniors = [
        senior("CEO1", "Pat Chief", "SCS4", "Chief Executive", "Office", "XX"),
        senior("A1", "Al Loop", "SCS2", "Loop Director", "Loop", "B1"),
        senior("B1", "Bo Loop", "SCS1", "Loop Deputy", "Loop", "A1"),
    ]
    result = import_files([write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *seniors])])
    assert _heads(result.proposal) == ["Chief Executive", "Loop Deputy"]
    cut = next(p for p in result.proposal.posts.values() if p.title == "Loop Deputy")
    assert result.proposal.units[cut.unit_id].name == "Unplaced"
    (cycle,) = [p for p in result.report.problems if p.kind is ProblemKind.CYCLE]
    assert '"Unplaced"' in cycle.message
