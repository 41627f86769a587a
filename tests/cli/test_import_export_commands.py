"""orgchart import and orgchart export --csv/--xlsx/--organogram, run as a user runs them."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from orgchart_app.domain import Proposal
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import establishment_rows, write_csv


def test_import_prints_the_reconciliation_and_problems(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows.append(
        ["P130", "Lost Officer", "G7", "1", "P999", "Adult Services", "", "", "", "", "", "", ""]
    )
    source = write_csv(tmp_path / "adults.csv", rows)
    out = tmp_path / "adults.sqlite"
    result = orgchart("import", source, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "adults.csv (UTF-8): 6 rows read = 6 placed + 0 skipped" in result.stdout
    assert "6 posts and" in result.stdout
    assert "adults.csv line 7: missing manager" in result.stdout
    assert "Job Title -> Job title" in result.stdout
    info = orgchart("info", out)
    assert "As is" in info.stdout and "Bury Council" in info.stdout
    assert orgchart("validate", out).returncode == 0


def test_import_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "adults.csv", establishment_rows())
    out = tmp_path / "out.sqlite"
    out.write_bytes(b"precious")
    refused = orgchart("import", source, "-o", out)
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert out.read_bytes() == b"precious"
    assert orgchart("import", source, "-o", out, "--force").returncode == 0
    assert orgchart("info", out).returncode == 0


def test_import_with_a_mapping_and_an_organisation(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "odd.csv",
        [["Ref", "Role", "Boss"], ["A1", "Director", ""], ["A2", "Head", "A1"]],
    )
    out = tmp_path / "odd.sqlite"
    result = orgchart(
        "import",
        source,
        "-o",
        out,
        "--map",
        "Boss=reports_to_ref",
        "--organisation",
        "Wigan Council",
    )
    assert result.returncode == 0, result.stderr
    assert "Boss -> Reports to (post number)" in result.stdout
    exported = tmp_path / "odd-out.csv"
    assert orgchart("export", out, "--csv", exported).returncode == 0
    rows = list(csv.DictReader(exported.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Post number"], r["Reports to post number"], r["Organisation"]) for r in rows] == [
        ("A1", "", "Wigan Council"),
        ("A2", "A1", "Wigan Council"),
    ]


def test_bad_input_is_one_sentence_and_no_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "junk.sqlite"
    result = orgchart("import", junk, "-o", out)
    assert result.returncode == 2
    assert result.stderr.startswith("orgchart: ") and "Traceback" not in result.stderr
    assert not out.exists()
    bad_map = orgchart(
        "import",
        write_csv(tmp_path / "a.csv", establishment_rows()),
        "-o",
        out,
        "--map",
        "nonsense",
    )
    assert bad_map.returncode == 2 and "column=field" in bad_map.stderr


def test_export_csv_xlsx_and_organogram(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart(
        "export",
        bury_file,
        "--scenario",
        "To be",
        "--csv",
        tmp_path / "p.csv",
        "--xlsx",
        tmp_path / "p.xlsx",
        "--organogram",
        tmp_path / "org",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    sheet = load_workbook(tmp_path / "p.xlsx").active
    assert sheet["A1"].value == "Post number" and sheet.cell(sheet.max_row, 2).value == "Total"
    assert sorted(p.name for p in (tmp_path / "org").iterdir()) == [
        "to-be-junior.csv",
        "to-be-senior.csv",
    ]


def test_export_the_diff(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "changes.csv"
    result = orgchart(
        "export", bury_file, "--scenario", "To be", "--diff-from", "As is", "--csv", out
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    kinds = {r["Change"] for r in rows}
    assert {"established", "deleted"} <= kinds


def test_export_names_only_with_names(
    manchester_file: Path, manchester: Proposal, tmp_path: Path
) -> None:
    plain, named = tmp_path / "plain.csv", tmp_path / "named.csv"
    assert orgchart("export", manchester_file, "--csv", plain).returncode == 0
    assert orgchart("export", manchester_file, "--csv", named, "--names").returncode == 0
    assert "Postholder" not in plain.read_text(encoding="utf-8-sig").splitlines()[0]
    header = named.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith(
        "Postholder,Employee number,Contract,Contract end date,"
        "Continuous service date,Date of birth,Spinal point,Postholder FTE"
    )
    holders = {
        h.name
        for h in manchester.postholders.values()
        if manchester.posts[h.post_id].scenario_id == manchester.scenario_named("As is").id
    }
    assert holders
    assert all(name in named.read_text(encoding="utf-8-sig") for name in holders)
    assert not any(name in plain.read_text(encoding="utf-8-sig") for name in holders)


def test_export_an_unknown_scenario_is_one_sentence(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart("export", bury_file, "--scenario", "Option Z", "--csv", tmp_path / "x.csv")
    assert result.returncode == 2 and "no scenario called" in result.stderr


def test_import_reads_a_dotted_line_column_with_an_optional_share(tmp_path: Path) -> None:
    rows = establishment_rows()
    dotted = {
        "Post Number": "Dotted Line Manager",
        "P111": "P120 (20%)",
        "P112": "P100",
        "P120": "P404 10%",
    }
    rows = [[*row, dotted.get(str(row[0]), "")] for row in rows]
    source = write_csv(tmp_path / "dotted.csv", rows)
    out = tmp_path / "dotted.sqlite"
    result = orgchart("import", source, "-o", out)
    assert result.returncode == 0, result.stderr
    proposal = open_proposal(out).proposal
    refs = {p.id: p.post_ref for p in proposal.posts.values()}
    lines = {
        (refs[d.from_post_id], refs[d.to_post_id], d.share_percent)
        for d in proposal.dotted_lines.values()
    }
    assert lines == {("P111", "P120", 20.0), ("P112", "P100", None)}
    # The reports still come from the ordinary manager column.
    assert {
        refs[p.reports_to_id] for p in proposal.posts.values() if refs[p.id] in ("P111", "P112")
    } == {"P110"}
    assert '"P404"' in result.stdout  # the one that points nowhere is listed, not made up
