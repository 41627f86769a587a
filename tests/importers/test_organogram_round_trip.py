"""export --organogram then import gives the same posts, FTE, vacancies, grades, pay and lines."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain import PostStatus, Proposal, ScenarioId
from orgchart_app.exporters.organogram import write_organogram
from orgchart_app.importers import import_files
from orgchart_app.samples.bury import build_bury
from orgchart_app.samples.manchester import build_manchester
from orgchart_app.samples.synthetic import build_synthetic
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior

Shape = dict[object, tuple[object, ...]]


def _band(salary: Decimal | None) -> int | None:
    return None if salary is None else int(salary) // 5000


def shape(proposal: Proposal, scenario_id: ScenarioId) -> Shape:
    """Single posts by reference; boxes of several by manager, unit, grade and title (summed)."""
    found: Shape = {}
    boxes: dict[object, float] = defaultdict(float)
    for post in proposal.posts_in(scenario_id):
        manager = proposal.posts[post.reports_to_id].post_ref if post.reports_to_id else None
        unit = proposal.units[post.unit_id].name
        vacant = post.status is not PostStatus.FILLED
        if post.quantity == 1:
            found[post.post_ref] = (
                post.title,
                post.grade,
                round(post.fte, 2),
                vacant,
                manager,
                _band(post.salary),
            )
        else:
            boxes[(manager, unit, post.grade, post.title, vacant)] += post.total_fte
    found.update({key: (round(fte, 2),) for key, fte in boxes.items()})
    return found


def managers(proposal: Proposal, scenario_id: ScenarioId) -> dict[str, str | None]:
    """Whom every post that manages others reports to (a box's reference may be renumbered)."""
    posts = proposal.posts_in(scenario_id)
    managing = {p.reports_to_id for p in posts}
    return {
        p.post_ref: proposal.posts[p.reports_to_id].post_ref if p.reports_to_id else None
        for p in posts
        if p.id in managing
    }


def _round_trip(proposal: Proposal, scenario_id: ScenarioId, folder: Path) -> Proposal:
    files = write_organogram(proposal, scenario_id, folder)
    result = import_files([files.senior, files.junior])
    assert result.report.reconciles
    return result.proposal


def _only(proposal: Proposal) -> ScenarioId:
    (scenario,) = proposal.scenarios.values()
    return scenario.id


SAMPLES = {
    "bury": build_bury,
    "manchester": build_manchester,
    "synthetic": lambda: build_synthetic(400, seed=3),
}


@pytest.mark.parametrize("name", SAMPLES)
def test_every_scenario_of_a_sample_round_trips_post_by_post(name: str, tmp_path: Path) -> None:
    proposal = SAMPLES[name]()
    for index, scenario in enumerate(proposal.scenarios.values()):
        again = _round_trip(proposal, scenario.id, tmp_path / str(index))
        assert shape(again, _only(again)) == shape(proposal, scenario.id)
        assert managers(again, _only(again)) == managers(proposal, scenario.id)


def _organogram_pair(folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    senior_rows = [
        SENIOR_HEADER,
        senior(
            "CEO1", "N/D", "SCS3", "Chief Executive", "Office", "XX", "1.00", "150000", "154999"
        ),
        senior(
            "DIR1", "N/D", "SCS2", "Director of Policy", "Policy", "CEO1", "0.80", "95000", "99999"
        ),
        senior("DIR2", "Vacant", "SCS2", "Director of Delivery", "Delivery", "CEO1"),
        senior("DD1", "N/D", "SCS1", "Deputy Director", "Policy", "DIR1", "1.00", "70000", "74999"),
    ]
    junior_rows = [
        JUNIOR_HEADER,
        junior("Policy", "DD1", "Grade 7", "Policy Adviser", "3.5"),
        junior("Policy", "DD1", "HEO", "Policy Officer", "1"),
        junior("Delivery", "DIR2", "EO", "Case Worker", "10.25"),
        junior("Office", "XX", "AO", "Unplaced Clerk", "15.9"),
    ]
    return (
        write_csv(folder / "senior.csv", senior_rows),
        write_csv(folder / "junior.csv", junior_rows),
    )


def _column(path: Path, header: str) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row[header] for row in csv.DictReader(handle)]


def test_an_imported_organogram_round_trips_with_its_senior_rows_senior(tmp_path: Path) -> None:
    senior_file, junior_file = _organogram_pair(tmp_path / "source")
    first = import_files([senior_file, junior_file]).proposal
    files = write_organogram(first, _only(first), tmp_path / "out")
    assert _column(files.senior, "Post Unique Reference") == ["CEO1", "DIR1", "DIR2", "DD1"]
    assert _column(files.senior, "Actual Pay Floor (£)") == ["150000", "95000", "N/D", "70000"]
    assert sorted(_column(files.junior, "Number of Posts in FTE")) == [
        "1.00",
        "10.25",
        "15.90",
        "3.50",
    ]
    assert set(_column(files.junior, "Payscale Minimum (£)")) == {"25000"}
    again = import_files([files.senior, files.junior]).proposal
    assert shape(again, _only(again)) == shape(first, _only(first))
    assert sum(p.total_fte for p in again.posts.values()) == pytest.approx(
        1 + 0.8 + 1 + 1 + 3.5 + 1 + 10.25 + 15.9
    )
