"""The row reader takes each cell as clean() reads it, whichever way round it gets there."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.importers import ProblemKind, import_files
from orgchart_app.importers.values import clean
from tests.importers.files import write_csv

# Titles as people (and our own export) write them: padded, with line breaks and tabs inside,
# with the apostrophe our export puts before a formula, and with apostrophes of their own.
TITLES = [
    "  Head of Service  ",
    "Team\nLeader",
    "Team\tManager\r\n (North)",
    "'=SUM(A1:A3)",
    "'+44 161 234 5000",
    "  '-1 Officer",
    "'Officer' (acting)",
    "'",
    "Café\u00a0Manager\u00a0",
    "\u2003Officer",
]


@pytest.mark.parametrize("title", TITLES)
def test_each_title_is_the_cleaned_cell(tmp_path: Path, title: str) -> None:
    rows = [["Post Number", "Job Title"], ["P1", title]]
    result = import_files([write_csv(tmp_path / "cells.csv", rows)])
    (post,) = result.proposal.posts.values()
    assert post.title == clean(title)
    kinds = [p.kind for p in result.report.problems]
    assert kinds == ([ProblemKind.FORMULA] if clean(title).startswith("=") else [])


def test_our_exports_apostrophe_comes_off_only_before_a_formula() -> None:
    assert [clean(t) for t in ("'=SUM(A1:A3)", "'Officer' (acting)", "  '-1 Officer")] == [
        "=SUM(A1:A3)",
        "'Officer' (acting)",
        "-1 Officer",
    ]
