"""An unreadable spinal point is one problem of its row, not one for the post and one for the
person holding it (the same cell, read twice)."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.importers import import_files
from tests.importers.files import write_csv


def test_an_unreadable_spinal_point_is_listed_once(tmp_path: Path) -> None:
    rows = [
        ["Post Number", "Job Title", "Reports To", "Employee Name", "Spinal Point"],
        ["P1", "Director", "", "Ann Director", ""],
        ["P2", "Officer", "P1", "Bea Officer", "twenty"],
    ]
    report = import_files([write_csv(tmp_path / "points.csv", rows)]).report
    listed = [p for p in report.problems if "twenty" in p.message]
    assert [(p.line, p.kind.value) for p in listed] == [(3, "unreadable number")]
    assert "the post has no spinal point" in listed[0].message
