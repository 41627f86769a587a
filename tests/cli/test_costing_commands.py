"""orgchart cost, recommendations and stats, run as separate processes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.helpers import orgchart


def test_cost_against_budget_shows_available_cost_and_headroom(
    bury_assumed_grades_file: Path,
) -> None:
    result = orgchart("cost", bury_assumed_grades_file, "--scenario", "To be", "--against-budget")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Total budget available" in out and "£874,000" in out
    assert (
        "Available £874,000; cost £822,336; headroom £51,664: the proposal fits the budget." in out
    )
    assert (
        "Less budget to transfer to Intermediate Tier for Brokerage roles" in out
        and "-£54,000" in out
    )
    assert "£626,761" in out  # basic pay of the 16 new posts
    assert "Assumptions" in out and "LGPS (GMPF) 20.5%" in out and "Grade 11 (SCP 39-43)" in out


def test_cost_json_against_budget(bury_assumed_grades_file: Path) -> None:
    result = orgchart(
        "cost",
        bury_assumed_grades_file,
        "--against-budget",
        "--pay-year",
        "2021/22",
        "--format",
        "json",
    )
    data = json.loads(result.stdout)
    budget = data["budget"]
    assert (budget["available"], budget["cost"]["total"], budget["headroom"]) == (
        874000,
        836957,
        37043,
    )
    assert budget["fits"] is True and len(budget["counted"]) == 10  # 10 boxes, 16 posts
    assert budget["cost"]["posts"] == 16
    assert [line["total"] for line in budget["lines"]] == [489400, 445700, 40000, -47100, -54000]
    assert data["pay_year"] == "2021/22" and data["assumptions"]


def test_cost_csv_flags_what_counts_against_the_budget(bury_assumed_grades_file: Path) -> None:
    result = orgchart("cost", bury_assumed_grades_file, "--against-budget", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    counted = [r for r in rows if r["against_budget"] == "counted"]
    assert sum(int(r["quantity"]) for r in counted) == 16
    lead = next(r for r in rows if r["post_ref"] == "BC-1003")
    assert lead["status"] == "held_vacant" and lead["total"] == "77353"


def test_cost_compares_as_is_with_to_be(bury_assumed_grades_file: Path) -> None:
    result = orgchart("cost", bury_assumed_grades_file, "--compare", "As is", "--format", "json")
    comparison = json.loads(result.stdout)["comparison"]
    assert comparison["from"] == "As is"
    assert comparison["delta"]["posts"] == 52 - 57


def test_cost_refuses_what_it_cannot_do_in_one_sentence(manchester_file: Path) -> None:
    no_budget = orgchart("cost", manchester_file, "--against-budget")
    assert no_budget.returncode == 2 and "no budget lines" in no_budget.stderr
    assert "Traceback" not in no_budget.stderr
    no_year = orgchart("cost", manchester_file, "--pay-year", "2030/31")
    assert no_year.returncode == 2
    assert no_year.stderr.strip() == (
        "orgchart: The file has no pay rates for 2030/31 (it has: 2019/20, 2020/21)."
    )


def test_recommendations_for_bury(bury_assumed_grades_file: Path) -> None:
    result = orgchart(
        "recommendations", bury_assumed_grades_file, "--from", "As is", "--to", "To be"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # The sample's items as section 7 of the report words them.
    for line in (
        "1. The Committee is asked to support the proposed establishment of the following posts:",
        "   - Senior Integrated Commissioning Manager x 4",
        "2. The Committee is asked to support the proposed deletion of the following posts "
        "to support the restructure:",
        "   - Provider Relationship Officer x 7",
        "   - Deputy Director of Primary Care (CCG)",
        "   - Brokerage Relationship Assistant x 1",
        "   - Personalisation Business Support Team (financial assessments and personal "
        "budgets for social care customers)",
    ):
        assert line in out.splitlines()
    assert "6." not in out and "The cost of the proposals is not stated here" in out
    # --draft: what the product drafts from the diff, with the file's structure's own names.
    draft = orgchart("recommendations", bury_assumed_grades_file, "--draft").stdout.splitlines()
    for line in (
        "   - Senior Integrated Commissioning Manager x 4 FTE",
        "   - Personalisation & Support Business Team (financial assessments and personal "
        "budgets for social care customers)",
    ):
        assert line in draft


def test_recommendations_verbs_and_markdown(bury_assumed_grades_file: Path) -> None:
    result = orgchart(
        "recommendations",
        bury_assumed_grades_file,
        "--draft",
        "--verb",
        "deletion=note",
        "--committee",
        "The Panel",
        "--format",
        "markdown",
    )
    assert "The Panel is asked to **note** the proposed deletion" in result.stdout
    bad = orgchart("recommendations", bury_assumed_grades_file, "--verb", "sacking=support")
    assert bad.returncode == 2 and '"sacking" is not an operation' in bad.stderr


def test_recommendations_for_manchester_json(manchester_file: Path) -> None:
    result = orgchart("recommendations", manchester_file, "--format", "json")
    data = json.loads(result.stdout)
    assert data["worded"] is True and data["flagged"] == []
    assert [r["verb"] for r in data["recommendations"]] == ["note", "agree", "note", "note"]
    draft = json.loads(
        orgchart("recommendations", manchester_file, "--draft", "--format", "json").stdout
    )
    deployment = next(r for r in draft["recommendations"] if r["operation"] == "deployment")
    assert deployment["posts"] == 32 and deployment["verb"] == "note"
    assert data["financial"].startswith("There are no financial implications")


def test_stats_text_and_json(bury_assumed_grades_file: Path) -> None:
    text = orgchart("stats", bury_assumed_grades_file, "--scenario", "To be", "--compare", "As is")
    assert text.returncode == 0, text.stderr
    assert "Layers" in text.stdout and "Span of control" in text.stdout
    data = json.loads(
        orgchart(
            "stats", bury_assumed_grades_file, "--scenario", "As is", "--format", "json"
        ).stdout
    )
    (as_is,) = data["scenarios"]
    assert (as_is["posts"], as_is["layers"], as_is["vacant"]) == (57, 6, 5)


def test_cost_over_several_years_prints_cost_funding_and_gap_by_year() -> None:
    sample = Path(__file__).resolve().parents[2] / "sample_data" / "manchester_asc_capacity.sqlite"
    result = orgchart("cost", sample, "--scenario", "Capacity plan", "--years", "2019/20..2021/22")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.split()[:5] == ["Total", "cost", "4,226", "4,809", "4,809"] for line in lines)
    assert any(line.split()[:5] == ["MHCC", "713", "713", "713", "recurrent"] for line in lines)
    assert any(
        line.split()[-5:] == ["490", "490", "490", "non-recurrent", "(assumed)"] for line in lines
    )
    assert "Funded in every year." in result.stdout and "printed total" not in result.stdout
    assert "prints a 2019/20 total of £4,225k but its rows add to £4,226k" in result.stdout
    data = json.loads(
        orgchart(
            "cost",
            sample,
            "--scenario",
            "Capacity plan",
            "--years",
            "2019/20..2021/22",
            "--format",
            "json",
        ).stdout
    )
    assert data["total_funding"] == {"2019/20": 4226000, "2020/21": 4809000, "2021/22": 4809000}
    assumed = {row["name"]: row["recurrence_assumed"] for row in data["funding"]}
    assert assumed["MCC reserve (yr1) MLCO INTs (yr2/3)"] and not assumed["MHCC"]
    refused = orgchart("cost", sample, "--scenario", "Capacity plan", "--years", "2019/20..2022/23")
    assert refused.returncode == 2
    assert refused.stderr == (
        "orgchart: 2022/23 is outside the budget (its years: 2019/20, 2020/21, 2021/22).\n"
    )


def test_cost_json_says_when_ungraded_posts_leave_the_cost_not_given(
    bury_file: Path, bury_assumed_grades_file: Path
) -> None:
    """The Bury report gives no grades: its totals count nothing, and the JSON says so."""
    stated = json.loads(orgchart("cost", bury_file, "--format", "json").stdout)
    ungraded = stated["totals"]["posts"]  # the sample grades no post
    assert stated["cost_given"] is False
    assert stated["not_given"] == (
        f"{ungraded} posts have no grade, so the structure's cost is not given."
    )
    assumed = json.loads(orgchart("cost", bury_assumed_grades_file, "--format", "json").stdout)
    assert assumed["cost_given"] is True and assumed["not_given"] == ""
    assert assumed["totals"]["total"] > 0
