"""`orgchart export --svg/--png`: the chart, a unit, the compare pair, as a user runs it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from tests.cli.helpers import orgchart

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path: Path) -> list[str]:
    return [t.text or "" for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def test_svg_of_the_chart_keeps_text_as_text(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    result = orgchart("export", bury_file, "--scenario", "To be", "--svg", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}."
    texts = svg_texts(out)
    assert "Director of Community" in texts and "Commissioning (DASS)" in texts
    root = ET.parse(out).getroot()
    assert "To be" in (root.findtext(f"{SVG}title") or "")
    assert "led by the Executive Director" in (root.findtext(f"{SVG}desc") or "")
    assert "Siân Ó Dálaigh" not in out.read_text(encoding="utf-8")


def test_svg_names_only_when_asked(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "named.svg"
    assert orgchart("export", bury_file, "--svg", out, "--names").returncode == 0
    assert "Siân Ó Dálaigh" in svg_texts(out)


def test_png_of_a_unit_at_the_dpi_asked(bury_file: Path, tmp_path: Path) -> None:
    small, large = tmp_path / "unit100.png", tmp_path / "unit200.png"
    for out, dpi in ((small, "100"), (large, "200")):
        result = orgchart(
            "export",
            bury_file,
            "--scenario",
            "To be",
            "--unit",
            "Primary Care",
            "--png",
            out,
            "--dpi",
            dpi,
        )
        assert result.returncode == 0, result.stderr
    with Image.open(small) as a, Image.open(large) as b:
        assert abs(b.width - 2 * a.width) <= 2 and abs(b.height - 2 * a.height) <= 2
        assert round(b.info["dpi"][0]) == 200
        # Not blank: a drawn chart has ink on it.
        grey = b.convert("L")
        assert grey.getextrema()[0] < 60
    whole = tmp_path / "whole.png"
    assert (
        orgchart(
            "export", bury_file, "--scenario", "To be", "--png", whole, "--dpi", "100"
        ).returncode
        == 0
    )
    with Image.open(whole) as w, Image.open(small) as a:
        assert w.width > a.width * 2  # the unit is a small part of the chart


def test_compare_pair_svg_has_both_sides_and_markers(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pair.svg"
    result = orgchart(
        "export", bury_file, "--scenario", "To be", "--compare", "As is", "--svg", out
    )
    assert result.returncode == 0, result.stderr
    texts = svg_texts(out)
    assert texts[0] == "As is" and "To be" in texts  # the earlier scenario on the left
    assert "NEW" in texts and "DELETED" in texts  # changes said in words, not colour alone
    assert "Changes from As is to To be" in (ET.parse(out).getroot().findtext(f"{SVG}desc") or "")


def test_missing_scenario_or_unit_is_one_sentence(bury_file: Path, tmp_path: Path) -> None:
    for extra in (("--scenario", "Option Z"), ("--unit", "No Such Team")):
        out = tmp_path / "x.svg"
        result = orgchart("export", bury_file, *extra, "--svg", out)
        assert result.returncode == 2, result.stdout
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert not out.exists()


def test_missing_folder_or_a_file_as_folder_leave_nothing(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart("export", bury_file, "--png", tmp_path / "nowhere" / "chart.png")
    assert result.returncode == 2
    assert "does not exist" in result.stderr and result.stderr.count("\n") == 1
    (tmp_path / "a-file").write_text("not a folder")
    result = orgchart("export", bury_file, "--svg", tmp_path / "a-file" / "chart.svg")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_bad_dpi_is_refused(bury_file: Path, tmp_path: Path) -> None:
    result = orgchart("export", bury_file, "--png", tmp_path / "c.png", "--dpi", "5")
    assert result.returncode == 2
    assert "between 36 and 1200 dpi" in result.stderr
    assert not (tmp_path / "c.png").exists()


def test_html_of_the_compare_pack(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    result = orgchart(
        "export",
        bury_file,
        "--scenario",
        "To be",
        "--compare",
        "As is",
        "--post-list",
        "--html",
        out,
        "--title",
        "Appendix 5 - Proposed structures",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}."
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in page
    assert "<h1>Appendix 5 - Proposed structures</h1>" in page
    assert page.count('role="img"') == 2  # each side's chart
    missing = orgchart("export", bury_file, "--scenario", "Option Z", "--html", tmp_path / "z.html")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert not (tmp_path / "z.html").exists()


def test_docx_of_the_pack_and_a_bad_scenario(bury_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.docx"
    result = orgchart(
        "export", bury_file, "--scenario", "To be", "--compare", "As is", "--docx", out
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}."
    assert out.read_bytes()[:2] == b"PK"
    missing = orgchart("export", bury_file, "--scenario", "Option Z", "--docx", tmp_path / "z.docx")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.docx"]


def test_an_output_over_the_proposal_is_refused(bury_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bury.sqlite"
    copy.write_bytes(bury_file.read_bytes())
    result = orgchart("export", copy, "--html", copy)
    assert result.returncode == 2 and "is the file being read" in result.stderr
    assert copy.read_bytes() == bury_file.read_bytes()
