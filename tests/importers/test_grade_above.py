"""A duplicated manager reference in one unit: each report goes to the row a grade above it."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.importers import ProblemKind, import_files
from tests.importers.files import write_csv

HEADER = ["Post Number", "Job Title", "Grade", "Reports To", "Team"]


def _manager(proposal: Proposal, title: str) -> str:
    post = next(p for p in proposal.posts.values() if p.title == title)
    return proposal.posts[post.reports_to_id].title if post.reports_to_id else ""


def test_reports_go_to_the_duplicate_a_grade_above_them(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["P1", "Director", "G14", "", "Office"],
        # P5 twice in one unit; the lower-graded row comes first in the file.
        ["P5", "North Team Leader", "G9", "P1", "North"],
        ["P5", "Head of North", "G12", "P1", "North"],
        ["P6", "Senior Officer", "G10", "P5", "North"],
        ["P7", "Officer", "G8", "P5", "North"],
    ]
    result = import_files([write_csv(tmp_path / "dup.csv", rows)])
    assert _manager(result.proposal, "Senior Officer") == "Head of North"
    assert _manager(result.proposal, "Officer") == "North Team Leader"
    chosen = [p for p in result.report.problems if p.kind is ProblemKind.AMBIGUOUS_MANAGER]
    assert [p.line for p in chosen] == [5, 6]
    assert "grade (G12) is the nearest above this post's (G10)" in chosen[0].message
    assert "grade (G9) is the nearest above this post's (G8)" in chosen[1].message


def test_civil_service_grades_rank_grade_6_above_grade_7(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["D1", "Director", "SCS2", "", "Policy"],
        ["T1", "Team Leader", "Grade 6", "D1", "Policy"],
        ["T1", "Senior Adviser", "SEO", "D1", "Policy"],
        ["A1", "Policy Adviser", "Grade 7", "T1", "Policy"],
        ["A2", "Policy Officer", "EO", "T1", "Policy"],
    ]
    proposal = import_files([write_csv(tmp_path / "cs.csv", rows)]).proposal
    assert _manager(proposal, "Policy Adviser") == "Team Leader"
    assert _manager(proposal, "Policy Officer") == "Senior Adviser"
