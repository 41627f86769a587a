"""Text from Excel on Windows, with a BOM, in UTF-8 or UTF-16, and in other delimiters, reads alike."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.importers import import_files, read_table
from tests.importers.files import csv_text

ROWS = [
    ["Post Number", "Job Title", "Team", "Salary"],
    ["P1", "Directeur Général", "Café Services", "£35,745"],
    ["P2", "Officer", "Café Services", "£1,000"],
]


@pytest.mark.parametrize(
    ("encoding", "prefix", "detected"),
    [
        ("cp1252", b"", "Windows-1252"),
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 with BOM"),
        ("utf-16", b"", "UTF-16"),  # Python's utf-16 codec writes its own BOM
    ],
)
def test_encodings_are_detected(
    tmp_path: Path, encoding: str, prefix: bytes, detected: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(prefix + csv_text(ROWS).encode(encoding))
    table = read_table(path)
    assert table.encoding == detected
    assert table.headers[0] == "Post Number"  # no BOM left on the first header
    result = import_files([path])
    titles = {p.post_ref: p for p in result.proposal.posts.values()}
    assert titles["P1"].title == "Directeur Général"
    assert titles["P1"].salary == Decimal(35745)
    assert "Café Services" in {u.name for u in result.proposal.units.values()}
    assert result.report.problems == []


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_are_recognised(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(
        "\n".join(
            delimiter.join(row)
            for row in [["Post Number", "Job Title", "FTE"], ["P1", "Director", "0.5"]]
        )
    )
    (post,) = import_files([path]).proposal.posts.values()
    assert (post.title, post.fte) == ("Director", 0.5)


def test_a_quoted_cell_over_several_lines_keeps_the_line_numbers_right(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('Post Number,Job Title,FTE\nP1,"Director\nof Adults",1\nP2,Officer,lots\n')
    report = import_files([path]).report
    (problem,) = report.problems
    assert problem.line == 4
