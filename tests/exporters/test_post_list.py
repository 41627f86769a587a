"""Post lists and change lists for Excel: BOM, formulas neutralised, names only when asked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgchart_app.domain import OrganisationKind, Proposal, ScenarioKind, UnitKind
from orgchart_app.edits import CopyScenario, Redesignate, apply_edit
from orgchart_app.exporters.cells import neutralise
from orgchart_app.exporters.post_list import (
    POST_HEADER,
    diff_table,
    post_table,
    write_csv,
    write_xlsx,
)
from orgchart_app.samples.builder import ProposalBuilder

HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturned"]


def hostile_proposal() -> Proposal:
    b = ProposalBuilder("Hostile")
    org = b.organisation("Bury Council", "Bury", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    root = b.unit(s, "Bury Council", UnitKind.ORGANISATION, org)
    team = b.unit(s, "=Team", UnitKind.TEAM, org, root)
    top = b.post(s, "Director", team, org, holder="Ann Secret", post_ref="P0")
    for n, title in enumerate(HOSTILE, start=1):
        b.post(s, title, team, org, top, post_ref=f"P{n}", fte=0.5, notes="=1+2")
    return b.proposal


def scenario_id(proposal: Proposal, name: str = "As is") -> int:
    return proposal.scenario_named(name).id


def test_csv_has_a_bom_and_neutralised_formulas(tmp_path: Path) -> None:
    proposal = hostile_proposal()
    path = tmp_path / "posts.csv"
    write_csv(post_table(proposal, scenario_id(proposal)), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == POST_HEADER
    titles = [row[1] for row in rows[2:]]
    assert titles == ["'" + t for t in HOSTILE]
    assert all(row[POST_HEADER.index("Notes")] == "'=1+2" for row in rows[2:])
    assert all(row[POST_HEADER.index("Unit path")] == "'=Team" for row in rows[1:])
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert rows[2][3] == "0.50"


def test_names_only_when_asked(tmp_path: Path) -> None:
    proposal = hostile_proposal()
    without, with_names = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(post_table(proposal, scenario_id(proposal)), without)
    write_csv(post_table(proposal, scenario_id(proposal), names=True), with_names)
    assert "Ann Secret" not in without.read_text(encoding="utf-8-sig")
    assert "Ann Secret" in with_names.read_text(encoding="utf-8-sig")


def test_xlsx_has_a_header_widths_totals_and_no_formulas(tmp_path: Path) -> None:
    proposal = hostile_proposal()
    path = tmp_path / "posts.xlsx"
    write_xlsx(post_table(proposal, scenario_id(proposal)), path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header == POST_HEADER and all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width >= len("Job title")
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    titles = [sheet.cell(row=r, column=2).value for r in range(3, 3 + len(HOSTILE))]
    # openpyxl's own XML reader turns a carriage return into a line feed and lxml's keeps it;
    # what matters is the apostrophe before it.
    assert [t.replace("\r", "\n") for t in titles] == ["'" + t.replace("\r", "\n") for t in HOSTILE]
    total = [c.value for c in sheet[sheet.max_row]]
    assert total[1] == "Total" and total[4] == 7 and total[5] == pytest.approx(4.0)
    assert sheet.cell(row=2, column=4).value == 1.0  # numbers stay numbers


def test_the_diff_between_two_scenarios(tmp_path: Path) -> None:
    proposal = hostile_proposal()
    apply_edit(proposal, CopyScenario(scenario_id(proposal), "To be", ScenarioKind.TO_BE))
    new_id = scenario_id(proposal, "To be")
    director = proposal.post_by_ref(new_id, "P0")
    assert director is not None
    apply_edit(proposal, Redesignate(director.id, "Chief Executive"))
    table = diff_table(proposal, scenario_id(proposal), new_id)
    path = tmp_path / "changes.csv"
    write_csv(table, path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:3] == ["redesignated", "P0", "Chief Executive"]
    assert rows[1][5:] == ["Director", "Chief Executive"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1", "'=1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (-1.5, -1.5),
        (3, 3),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected
