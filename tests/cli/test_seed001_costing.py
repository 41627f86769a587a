"""Seed 001 s.4.8 (72 posts, 66.2 FTE) imported from a CSV and costed, by the command line alone.

The CSV is sample_data/manchester_scf_establishment.csv (built to the report's totals: see
sample_data/README.md); the grade tables are the assumed MCC grades of DOMAIN.md A3.
"""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.cli.helpers import REPO, orgchart

DATA = REPO / "sample_data"


def _ok(*args: str | Path) -> str:
    result = orgchart(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_imported_establishment_costs_every_post_after_setup_by_cli(tmp_path: Path) -> None:
    file = tmp_path / "scf.sqlite"
    _ok("import", DATA / "manchester_scf_establishment.csv", "-o", file)
    before = json.loads(_ok("cost", file, "--scenario", "As is", "--format", "json"))
    assert all(p["problem"] for p in before["posts"])  # nothing costs until pay is set up

    _ok("paytable", "add", file, "njc", "--year", "2025/26")
    _ok("paytable", "import", file, DATA / "manchester_grades.csv", "--scale", "NJC pay spine")
    _ok("paytable", "add", file, "senior")
    _ok(
        "paytable",
        "import",
        file,
        DATA / "manchester_senior_grades.csv",
        "--scale",
        "Senior salaries",
    )
    listing = _ok("paytable", "list", file)
    assert ">G12" in listing and "map each" in listing  # the one grade text nothing matches
    _ok("paytable", "map", file, ">G12", "SS1")
    _ok(
        "oncosts",
        "set",
        file,
        "--organisation",
        "Manchester City Council",
        "--year",
        "2025/26",
        "--pension-rate",
        "20.5",
        "--pension-scheme",
        "LGPS (GMPF)",
    )
    _ok("paytable", "use", file, "--scenario", "As is", "--year", "2025/26", "--point", "top")

    costed = json.loads(_ok("cost", file, "--scenario", "As is", "--format", "json"))
    assert costed["problems"] == []
    assert (costed["totals"]["posts"], round(costed["totals"]["fte"], 1)) == (72, 66.2)
    assert all(
        p["salary"] and p["ni"] and p["pension"] and not p["problem"] for p in costed["posts"]
    )
    g7 = next(p for p in costed["posts"] if p["grade"] == "G7" and p["fte"] == 1)
    # Top of G7 = SCP 26 in 2025/26 = (34,834 + 1,290) x 1.032; NI 15% above £5,000.
    assert g7["salary"] == 37280 and g7["ni"] == round((37280 - 5000) * 0.15)
    assert any("NJC pay spine" in line for line in costed["assumptions"])

    # The report's table: units by grade, highest paid first (SS1 is above G12 in 2025/26).
    cross = _ok("stats", file, "--scenario", "As is").split("Posts by unit and grade")[1]
    lines = cross.splitlines()
    assert lines[1].split() == ["Unit", "SS1", "G12", "G11", "G10", "G9", "G8", "G7", "G5", "Total"]
    assert lines[-1].split() == [
        "Total",
        "2",
        "5",
        "2",
        "10",
        "13",
        "6",
        "31",
        "(26)",
        "3",
        "(2.2)",
        "72",
        "(66.2)",  # 001 s.4.8: "72 posts (FTE 66.2)"
    ]

    # A budget of the user's own (an example: the report publishes no SCF staffing budget),
    # over two years, then the plan by year and the committee PDF's budget page.
    budget = DATA / "example_scf_budget.csv"
    _ok("budget", "import", file, budget)
    plan = _ok("cost", file, "--scenario", "As is", "--years", "2025/26..2026/27")
    posts = next(r for r in plan.splitlines() if r.strip().startswith("Posts with no funding"))
    assert posts.split()[-2:] == ["3,769", "3,769"]  # every post, in each year
    assert "non-recurrent (assumed)" in plan and "2026/27: short by £9,324" in plan
    pdf = tmp_path / "scf.pdf"
    _ok("export", file, "--scenario", "As is", "--pdf", pdf, "--budget")
    text = " ".join(PdfReader(pdf).pages[-1].extract_text().split())
    assert "SCF100 (72 posts, 66.2 FTE)" in text and "£3,810,000" in text
    assert "every funded post is counted against the budget as a whole" in text
