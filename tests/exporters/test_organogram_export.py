"""A scenario as the organogram pair: the schema's columns, "XX" at the top, juniors summed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from orgchart_app.domain import PostStatus, Proposal
from orgchart_app.exporters.organogram import split_senior, write_organogram

# Column names from the data.gov.uk organogram schemas (senior and junior staff).
SENIOR_COLUMNS = [
    "Post Unique Reference",
    "Name",
    "Grade (or equivalent)",
    "Job Title",
    "Job/Team Function",
    "Parent Department",
    "Organisation",
    "Unit",
    "Contact Phone",
    "Contact E-mail",
    "Reports to Senior Post",
    "Salary Cost of Reports (£)",
    "FTE",
    "Actual Pay Floor (£)",
    "Actual Pay Ceiling (£)",
    "Professional/Occupational Group",
    "Notes",
    "Valid?",
]
JUNIOR_COLUMNS = [
    "Parent Department",
    "Organisation",
    "Unit",
    "Reporting Senior Post",
    "Grade",
    "Payscale Minimum (£)",
    "Payscale Maximum (£)",
    "Generic Job Title",
    "Number of Posts in FTE",
    "Professional/Occupational Group",
]


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_bury_as_an_organogram(bury: Proposal, tmp_path: Path) -> None:
    scenario = bury.scenario_named("As is")
    files = write_organogram(bury, scenario.id, tmp_path, senior_levels=3)
    senior, junior = read(files.senior), read(files.junior)
    assert list(senior[0]) == SENIOR_COLUMNS and list(junior[0]) == JUNIOR_COLUMNS
    refs = {row["Post Unique Reference"] for row in senior}
    tops = [row for row in senior if row["Reports to Senior Post"] == "XX"]
    assert len(tops) >= 1
    assert all(row["Reports to Senior Post"] in refs for row in senior if row not in tops)
    assert all(row["Reporting Senior Post"] in refs for row in junior)
    posts = bury.posts_in(scenario.id)
    seniors = split_senior(bury, scenario.id, 3)
    junior_fte = sum(p.total_fte for p in posts if p.id not in seniors)
    assert sum(float(row["Number of Posts in FTE"]) for row in junior) == pytest.approx(junior_fte)
    vacant = {p.post_ref for p in posts if p.id in seniors and p.status is not PostStatus.FILLED}
    assert {row["Post Unique Reference"] for row in senior if row["Name"] == "Vacant"} == vacant
    holders = {h.name for h in bury.postholders.values()}
    assert holders.isdisjoint(row["Name"] for row in senior)


def test_names_only_when_asked(bury: Proposal, tmp_path: Path) -> None:
    scenario = bury.scenario_named("As is")
    # A box of several posts is junior in the organogram format, which names nobody there.
    holders = {
        h.name
        for h in bury.postholders.values()
        if bury.posts[h.post_id].scenario_id == scenario.id and bury.posts[h.post_id].quantity == 1
    }
    files = write_organogram(bury, scenario.id, tmp_path, names=True, senior_levels=10)
    named = {row["Name"] for row in read(files.senior)}
    assert holders and holders <= named
