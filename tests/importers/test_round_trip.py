"""Export then import gives the same posts, units and lines; a 5,000-row list opens and validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import Proposal
from orgchart_app.exporters.organogram import write_organogram
from orgchart_app.exporters.post_list import post_table, write_csv, write_xlsx
from orgchart_app.importers import import_files
from orgchart_app.storage import open_proposal, save_proposal
from tests.importers.files import establishment_rows, large_establishment
from tests.importers.files import write_csv as write_fixture


def structure(proposal: Proposal) -> dict[str, tuple[object, ...]]:
    """Each post by reference: what it is, where it sits, whom it reports to, who holds it."""
    (scenario,) = proposal.scenarios.values()
    found = {}
    for post in proposal.posts_in(scenario.id):
        manager = proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
        found[post.post_ref] = (
            post.title,
            post.grade,
            round(post.fte, 4),
            post.quantity,
            post.status,
            post.cost_code,
            post.salary,
            proposal.organisations[post.employer_id].name,
            tuple(u.name for u in proposal.unit_path(post.unit_id)),
            manager.post_ref if manager else None,
            tuple(h.name for h in proposal.postholders_of(post.id)),
        )
    return found


def units(proposal: Proposal) -> set[tuple[str, ...]]:
    return {tuple(u.name for u in proposal.unit_path(unit.id)) for unit in proposal.units.values()}


@pytest.fixture
def imported(tmp_path: Path) -> Proposal:
    rows = establishment_rows()
    rows.append(
        [
            "P113",
            "=Formula Officer",
            "G8",
            "1",
            "P110",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "held",
            "",
            "",
            "",
            "",
        ]
    )
    rows.append(
        [
            "P140",
            "Support Officers",
            "G5",
            "2.5",
            "P110",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "No",
            "",
            "",
            "",
            "",
        ]
    )
    return import_files([write_fixture(tmp_path / "source.csv", rows)]).proposal


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_gives_the_same_structure(
    imported: Proposal, tmp_path: Path, suffix: str
) -> None:
    (scenario,) = imported.scenarios.values()
    table = post_table(imported, scenario.id, names=True)
    path = tmp_path / f"export.{suffix}"
    (write_csv if suffix == "csv" else write_xlsx)(table, path)
    result = import_files([path])
    assert structure(result.proposal) == structure(imported)
    assert units(result.proposal) == units(imported)
    expected_problems = {"csv": 1, "xlsx": 2}[suffix]  # the formula title, and the XLSX totals row
    assert len(result.report.problems) == expected_problems


def test_an_organogram_export_imports_back(imported: Proposal, tmp_path: Path) -> None:
    (scenario,) = imported.scenarios.values()
    files = write_organogram(imported, scenario.id, tmp_path, senior_levels=2)
    result = import_files([files.senior, files.junior])
    again = result.proposal
    before = {p.post_ref for p in imported.posts.values() if p.title.startswith("Head")}
    assert before <= {p.post_ref for p in again.posts.values()}
    assert sum(p.total_fte for p in again.posts.values()) == pytest.approx(
        sum(p.total_fte for p in imported.posts.values())
    )
    assert result.report.reconciles and validate_proposal(again) == []


def test_a_5000_row_import_opens_and_validates(tmp_path: Path) -> None:
    rows = large_establishment(5000)
    result = import_files([write_fixture(tmp_path / "big.csv", rows)])
    assert result.report.posts_created == 5000 and result.report.problems == []
    save_proposal(result.proposal, tmp_path / "big.sqlite")
    opened = open_proposal(tmp_path / "big.sqlite").proposal
    assert len(opened.posts) == 5000
    assert validate_proposal(opened) == []
