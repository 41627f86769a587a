"""orgchart import reads a hand-drawn line's kind, share of time and interim flag from their own
columns, next to the dotted-line column (issue 17, point 4)."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain import DottedLineKind
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import establishment_rows, write_csv

COLUMNS = ("Dotted Line Manager", "Dotted Line Kind", "Dotted Line Share", "Dotted Line Interim")


def _import(tmp_path: Path, extra: dict[str, tuple[str, str, str, str]]) -> tuple[str, dict]:  # type: ignore[type-arg]
    rows = establishment_rows()
    rows = [
        [*row, *(COLUMNS if index == 0 else extra.get(str(row[0]), ("", "", "", "")))]
        for index, row in enumerate(rows)
    ]
    out = tmp_path / "lines.sqlite"
    result = orgchart("import", write_csv(tmp_path / "lines.csv", rows), "-o", out)
    assert result.returncode == 0, result.stderr
    proposal = open_proposal(out).proposal
    refs = {p.id: p.post_ref for p in proposal.posts.values()}
    lines = {
        (refs[d.from_post_id], refs[d.to_post_id]): (d.kind, d.share_percent, d.temporary)
        for d in proposal.dotted_lines.values()
    }
    return result.stdout, lines


def test_kind_share_and_interim_come_from_their_columns(tmp_path: Path) -> None:
    out, lines = _import(
        tmp_path,
        {
            "P111": ("P120", "Matrix", "20%", ""),
            "P112": ("P100", "secondment", "", "Yes"),
            "P120": ("P110 (10%)", "", "", "no"),
            "P110": ("P120", "Professional", "90", "interim"),
        },
    )
    assert lines == {
        ("P111", "P120"): (DottedLineKind.MATRIX, 20.0, False),
        ("P112", "P100"): (DottedLineKind.SECONDMENT, None, True),
        ("P120", "P110"): (DottedLineKind.ACCOUNTABILITY, 10.0, False),
        ("P110", "P120"): (DottedLineKind.PROFESSIONAL, 90.0, True),
    }
    for header, field in zip(
        COLUMNS,
        ("Dotted line to", "Dotted line kind", "Dotted line share", "Dotted line interim"),
        strict=True,
    ):
        assert f"{header} -> {field}" in out


def test_a_kind_or_flag_it_cannot_read_is_listed_and_no_line_is_made_up(tmp_path: Path) -> None:
    out, lines = _import(
        tmp_path,
        {
            "P111": ("P120", "partnership", "", ""),
            "P112": ("P100", "", "", "sometimes"),
            "P120": ("P110 (10%)", "", "30%", ""),
            "P110": ("P120", "", "half", ""),
        },
    )
    assert lines == {}
    assert '"partnership" is not a kind of line (dotted, matrix, professional or secondment)' in out
    assert '"sometimes" is not yes or no' in out
    assert "gives two shares of time (10% and 30%)" in out
    assert '"half" is not a share of time' in out


def test_several_lines_in_one_cell_take_one_kind_each_or_the_one_for_all(tmp_path: Path) -> None:
    _out, lines = _import(
        tmp_path,
        {
            "P111": ("P120 20%; P100 10%", "matrix; secondment", "", ""),
            "P112": ("P120; P100", "professional", "", "yes"),
        },
    )
    assert lines == {
        ("P111", "P120"): (DottedLineKind.MATRIX, 20.0, False),
        ("P111", "P100"): (DottedLineKind.SECONDMENT, 10.0, False),
        ("P112", "P120"): (DottedLineKind.PROFESSIONAL, None, True),
        ("P112", "P100"): (DottedLineKind.PROFESSIONAL, None, True),
    }
