"""`orgchart import` reads the person columns and gathers the people of one post number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from orgchart_app.domain import ContractKind
from orgchart_app.importers import ProblemKind, import_files
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import write_csv

HEADER = [
    "Post Number",
    "Job Title",
    "Reports To Post",
    "FTE",
    "Employee Name",
    "Employee Number",
    "Contract Type",
    "Contract End Date",
    "Continuous Service Date",
    "Date of Birth",
    "Spinal Point",
]
ROWS = [
    HEADER,
    [
        "P1",
        "Head of Commissioning",
        "",
        "1",
        "Postholder 1",
        "E1",
        "Permanent",
        "",
        "01/09/1998",
        "1970-03-02",
        "49",
    ],
    # A job share: the post number and title repeat, one row per person.
    [
        "P2",
        "Commissioning Manager",
        "P1",
        "0.6",
        "Postholder 2",
        "E2",
        "Fixed term",
        "31/03/2027",
        "2015-01-05",
        "",
        "38",
    ],
    [
        "P2",
        "Commissioning Manager",
        "P1",
        "0.4",
        "Postholder 3",
        "E3",
        "Seconded in",
        "",
        "",
        "",
        "",
    ],
    # The same number on another title is another post, as before (renamed and listed).
    [
        "P2",
        "Business Support Officer",
        "P1",
        "1",
        "Postholder 4",
        "E4",
        "zero hours?",
        "",
        "31/02/2010",
        "",
        "x",
    ],
]


def test_person_columns_and_a_job_share_on_one_post_number(tmp_path: Path) -> None:
    result = import_files([write_csv(tmp_path / "people.csv", ROWS)])
    proposal = result.proposal
    by_number = {h.employee_number: h for h in proposal.postholders.values()}
    posts = {p.id: p for p in proposal.posts.values()}
    assert sorted(p.post_ref for p in posts.values()) == ["P1", "P2", "P2-2"]
    shared = [h for h in by_number.values() if posts[h.post_id].post_ref == "P2"]
    assert sorted((h.employee_number, h.fte) for h in shared) == [("E2", 0.6), ("E3", 0.4)]
    head = by_number["E1"]
    assert (head.service_start, head.date_of_birth, head.spinal_point, head.contract) == (
        dt.date(1998, 9, 1),
        dt.date(1970, 3, 2),
        49,
        ContractKind.PERMANENT,
    )
    assert (by_number["E2"].contract, by_number["E2"].contract_end) == (
        ContractKind.FIXED_TERM,
        dt.date(2027, 3, 31),
    )
    assert by_number["E3"].contract is ContractKind.SECONDMENT_IN
    odd = by_number["E4"]
    assert (odd.contract, odd.service_start, odd.spinal_point) == (
        ContractKind.PERMANENT,
        None,
        None,
    )
    unreadable = [
        p.message for p in result.report.problems if p.kind is ProblemKind.UNREADABLE_NUMBER
    ]
    assert any(m.startswith('Contract "zero hours?"') for m in unreadable)
    assert any(m.startswith('Continuous service date "31/02/2010"') for m in unreadable)
    assert any(m.startswith('Spinal point "x"') for m in unreadable)
    assert "31/02/2010" not in posts[odd.post_id].notes  # personal data stays out of the notes


def test_the_command_keeps_the_people(tmp_path: Path) -> None:
    source, out = write_csv(tmp_path / "people.csv", ROWS), tmp_path / "people.sqlite"
    result = orgchart("import", source, "-o", out)
    assert result.returncode == 0, result.stderr
    assert len(open_proposal(out).proposal.postholders) == 4


def test_every_personal_field_is_exported_only_with_names(tmp_path: Path) -> None:
    source, file = write_csv(tmp_path / "people.csv", ROWS), tmp_path / "people.sqlite"
    assert orgchart("import", source, "-o", file).returncode == 0
    plain, named = tmp_path / "plain.csv", tmp_path / "named.csv"
    for out, extra in ((plain, ()), (named, ("--names",))):
        result = orgchart("export", file, "--csv", out, *extra)
        assert result.returncode == 0, result.stderr
    personal = ["Postholder 2", "E2", "1970-03-02", "1998-09-01", "2027-03-31", "fixed term"]
    assert all(value in named.read_text(encoding="utf-8-sig") for value in personal)
    assert not any(value in plain.read_text(encoding="utf-8-sig") for value in personal)
    shared = next(
        line
        for line in named.read_text(encoding="utf-8-sig").splitlines()
        if "Postholder 2" in line
    )
    assert "Postholder 2; Postholder 3" in shared and "0.6; 0.4" in shared
    xlsx = tmp_path / "named.xlsx"
    assert orgchart("export", file, "--xlsx", xlsx, "--names").returncode == 0
    cells = {str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row}
    assert "1970-03-02" in cells
