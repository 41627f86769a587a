"""importers/dotted.py directly: a row's dotted-line cells read, and the lines an import makes."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain import DottedLineKind
from orgchart_app.importers import import_files
from orgchart_app.importers.dotted import ImportedLine, parse_dotted, read_lines
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.report import ProblemKind
from tests.importers.files import write_csv

NOT_MADE = "; no dotted line was made"


def _row(line: str, kind: str = "", share: str = "", interim: str = "") -> PostRow:
    return PostRow(
        "staff.csv",
        4,
        "P3",
        "Analyst",
        dotted_line=line,
        dotted_kind=kind,
        dotted_share=share,
        dotted_interim=interim,
    )


def test_a_cell_lists_post_numbers_each_with_an_optional_share() -> None:
    assert parse_dotted("P120") == [("P120", None)]
    assert parse_dotted(" P120 (20%) ; ; P130 12.5 %;") == [("P120", 20.0), ("P130", 12.5)]
    assert parse_dotted("P120 20%") == [("P120", 20.0)]
    assert parse_dotted("") == []
    for text in ("P120 (twenty)", "P120 20", "P 120", "(20%)"):
        assert parse_dotted(text) is None, text


def test_one_kind_serves_every_line_and_a_list_gives_each_its_own() -> None:
    assert read_lines(_row("P1; P2", "Matrix")) == [
        ImportedLine("P1", DottedLineKind.MATRIX, None, False),
        ImportedLine("P2", DottedLineKind.MATRIX, None, False),
    ]
    assert read_lines(_row("P1 (10%); P2", " professional ; Seconded", "", "Interim")) == [
        ImportedLine("P1", DottedLineKind.PROFESSIONAL, 10.0, True),
        ImportedLine("P2", DottedLineKind.SECONDMENT, None, True),
    ]
    assert read_lines(_row("P1", "", "", "no")) == [
        ImportedLine("P1", DottedLineKind.ACCOUNTABILITY, None, False)
    ]


def test_the_share_column_fills_lines_whose_cell_gives_none() -> None:
    assert read_lines(_row("P1; P2 (20%)", "", " 20 ")) == [
        ImportedLine("P1", DottedLineKind.ACCOUNTABILITY, 20.0, False),
        ImportedLine("P2", DottedLineKind.ACCOUNTABILITY, 20.0, False),
    ]


def test_each_unreadable_cell_is_one_problem_naming_it() -> None:
    assert read_lines(_row("P1 (lots)")) == (
        '"P1 (lots)" is not a post number with an optional share such as "P120 (20%)"' + NOT_MADE
    )
    assert read_lines(_row("P1", "Matrix; dashed")) == (
        '"dashed" is not a kind of line (dotted, matrix, professional or secondment)' + NOT_MADE
    )
    assert read_lines(_row("P1; P2; P3", "matrix; dotted")) == (
        '"matrix; dotted" gives 2 kinds for 3 lines' + NOT_MADE
    )
    assert read_lines(_row("P1", "", "", "maybe")) == (
        '"maybe" is not yes or no (is the dotted line interim?)' + NOT_MADE
    )
    assert read_lines(_row("P1", "", "a fifth")) == (
        '"a fifth" is not a share of time such as "20%"' + NOT_MADE
    )
    assert read_lines(_row("P1 (10%)", "", "20%")) == (
        'the dotted line of "Analyst" gives two shares of time (10% and 20%)' + NOT_MADE
    )


def test_an_import_makes_each_readable_line_and_lists_the_rest(tmp_path: Path) -> None:
    header = ["Post Number", "Job Title", "Reports To", "Dotted line to", "Dotted line kind"]
    header += ["Dotted line share", "Dotted line interim"]
    rows = [
        ["P1", "Director", "", "", "", "", ""],
        ["P2", "Head of Finance", "P1", "", "", "", ""],
        ["P3", "Analyst", "P2", "P1 (20%); P4", "matrix; professional", "", "yes"],
        ["P4", "Lead Analyst", "P2", "P9", "", "", ""],
        ["P5", "Officer", "P2", "P5", "", "", ""],
        ["P6", "Clerk", "P2", "P1 (bad)", "", "", ""],
        ["P7", "Adviser", "P2", "P2", "", "15%", ""],
        ["P8", "Assistant", "P2", "P9; P1", "", "", ""],
    ]
    result = import_files([write_csv(tmp_path / "staff.csv", [header, *rows])])
    proposal = result.proposal
    ref = {p.id: p.post_ref for p in proposal.posts.values()}
    made = sorted(
        (ref[d.from_post_id], ref[d.to_post_id], d.kind, d.share_percent, d.temporary)
        for d in proposal.dotted_lines.values()
    )
    assert made == [
        ("P3", "P1", DottedLineKind.MATRIX, 20.0, True),
        ("P3", "P4", DottedLineKind.PROFESSIONAL, None, True),
        ("P7", "P2", DottedLineKind.ACCOUNTABILITY, 15.0, False),
        ("P8", "P1", DottedLineKind.ACCOUNTABILITY, None, False),
    ]
    assert [(key, line.id) for key, line in proposal.dotted_lines.items()] == [
        (1, 1),
        (2, 2),
        (3, 3),
        (4, 4),
    ]
    scenario = next(iter(proposal.scenarios))
    assert {d.scenario_id for d in proposal.dotted_lines.values()} == {scenario}
    listed = [
        (p.source, p.line, p.message)
        for p in result.report.problems
        if p.kind is ProblemKind.DOTTED_LINE
    ]
    assert listed == [
        (
            "staff.csv",
            5,
            'the dotted line of "Lead Analyst" goes to "P9", which is no other post in the file'
            + NOT_MADE,
        ),
        (
            "staff.csv",
            6,
            'the dotted line of "Officer" goes to "P5", which is no other post in the file'
            + NOT_MADE,
        ),
        (
            "staff.csv",
            7,
            '"P1 (bad)" is not a post number with an optional share such as "P120 (20%)"'
            + NOT_MADE,
        ),
        (
            "staff.csv",
            9,
            'the dotted line of "Assistant" goes to "P9", which is no other post in the file'
            + NOT_MADE,
        ),
    ]


def test_a_row_with_something_to_report_keeps_its_dotted_lines_kind_and_share(
    tmp_path: Path,
) -> None:
    # A row with a problem of its own is read cell by cell (the row reader), not with its
    # column: its dotted line's kind and share are read there too.
    header = ["Post Number", "Job Title", "Reports To", "FTE", "Dotted line to"]
    header += ["Dotted line kind", "Dotted line share"]
    rows = [
        ["P1", "Director", "", "1", "", "", ""],
        ["P2", "Analyst", "P1", "about one", "P1", "matrix", "20%"],
    ]
    result = import_files([write_csv(tmp_path / "staff.csv", [header, *rows])])
    assert any(p.line == 3 and "about one" in p.message for p in result.report.problems)
    [line] = result.proposal.dotted_lines.values()
    assert (line.kind, line.share_percent) == (DottedLineKind.MATRIX, 20.0)
