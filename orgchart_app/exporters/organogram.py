"""A scenario as the data.gov.uk organogram pair: senior posts one by one, junior posts summed."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orgchart_app.domain import Post, PostId, PostStatus, Proposal, ScenarioId, UnitKind
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.file_kinds import shown
from orgchart_app.exporters.cells import neutralise
from orgchart_app.exporters.destination import check_output_folder, written_beside
from orgchart_app.storage.faults import describe_failure

SENIOR_HEADER = [
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
JUNIOR_HEADER = [
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
NOT_DISCLOSED = "N/D"
# The reference an organogram import gives a box of junior rows: the senior post's, then "-J2".
JUNIOR_BOX_REF = re.compile(r"-J\d+$")
GROUP = "Other"


@dataclass(frozen=True, slots=True)
class OrganogramFiles:
    senior: Path
    junior: Path


def split_senior(
    proposal: Proposal, scenario_id: ScenarioId, senior_levels: int | None = None
) -> set[PostId]:
    """The posts written one by one in the senior file.

    By default the data decide (`by_data`); with `senior_levels`, single posts in the top
    layers of line management and every top post.
    """
    posts = proposal.posts_in(scenario_id)
    if senior_levels is None:
        return by_data(posts)
    senior: set[PostId] = set()
    for post in posts:
        depth = sum(1 for _ in proposal.line_chain(post.id)) - 1
        if depth == 0 or (depth < senior_levels and post.quantity == 1):
            senior.add(post.id)
    return senior


def by_data(posts: list[Post]) -> set[PostId]:
    """Every post a junior row cannot stand for: a manager (junior rows manage nobody), a vacancy
    (junior rows cannot say one), and a single post with its own reference (one an organogram
    import made from junior rows, "DIR1-J1", goes back to the junior file)."""
    managing = {post.reports_to_id for post in posts}
    return {
        post.id
        for post in posts
        if post.id in managing
        or post.status is not PostStatus.FILLED
        or (post.quantity == 1 and not JUNIOR_BOX_REF.search(post.post_ref))
    }


def organogram_files(
    proposal: Proposal, scenario_id: ScenarioId, folder: str | Path
) -> OrganogramFiles:
    """The two files write_organogram() writes for the scenario in `folder`."""
    stem = proposal.scenarios[scenario_id].name.replace(" ", "-").casefold()
    return OrganogramFiles(Path(folder) / f"{stem}-senior.csv", Path(folder) / f"{stem}-junior.csv")


def write_organogram(
    proposal: Proposal,
    scenario_id: ScenarioId,
    folder: str | Path,
    *,
    names: bool = False,
    senior_levels: int | None = None,
) -> OrganogramFiles:
    """Both CSVs in `folder`, made if missing (its own folder must exist); each replaced whole."""
    folder = check_output_folder(folder)
    files = organogram_files(proposal, scenario_id, folder)
    senior = split_senior(proposal, scenario_id, senior_levels)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise FileRefused(f'"{shown(folder)}" cannot be made: {describe_failure(error)}.') from None
    _write(files.senior, SENIOR_HEADER, _senior_rows(proposal, scenario_id, senior, names))
    _write(files.junior, JUNIOR_HEADER, _junior_rows(proposal, scenario_id, senior))
    return files


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with (
        written_beside(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([[neutralise(v) for v in row] for row in rows])


def _senior_rows(
    proposal: Proposal, scenario_id: ScenarioId, senior: set[PostId], names: bool
) -> list[list[object]]:
    rows: list[list[object]] = []
    for post in proposal.posts_in(scenario_id):
        if post.id not in senior:
            continue
        manager = proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
        floor, ceiling = _pay_band(post.salary)
        rows.append(
            [
                post.post_ref,
                _name(proposal, post, names),
                post.grade,
                post.title,
                _unit_name(proposal, post),
                *_organisation(proposal, post),
                _unit_name(proposal, post),
                "N/A",
                "N/A",
                manager.post_ref if manager else "XX",
                NOT_DISCLOSED,
                _fte(post.total_fte),
                floor,
                ceiling,
                GROUP,
                post.notes,
                "",
            ]
        )
    return rows


def _junior_rows(
    proposal: Proposal, scenario_id: ScenarioId, senior: set[PostId]
) -> list[list[object]]:
    totals: dict[tuple[str, ...], float] = defaultdict(float)
    for post in proposal.posts_in(scenario_id):
        if post.id in senior:
            continue
        above = next((p for p in proposal.line_chain(post.id) if p.id in senior), None)
        key = (
            *_organisation(proposal, post),
            _unit_name(proposal, post),
            above.post_ref if above else "XX",
            post.grade,
            post.title,
        )
        totals[key] += post.total_fte
    ranges = _grade_ranges(proposal)
    return [
        [
            parent,
            org,
            unit,
            manager,
            grade,
            *ranges.get(grade, (NOT_DISCLOSED, NOT_DISCLOSED)),
            title,
            _fte(fte),
            GROUP,
        ]
        for (parent, org, unit, manager, grade, title), fte in totals.items()
    ]


def _grade_ranges(proposal: Proposal) -> dict[str, tuple[object, object]]:
    """The payscale of each grade paid as a salary range (as an organogram import keeps it)."""
    return {
        grade.code: (_whole(grade.min_salary), _whole(grade.max_salary))
        for grade in proposal.grades.values()
        if grade.min_salary is not None and grade.max_salary is not None
    }


def _whole(amount: Decimal) -> object:
    return int(amount) if amount == int(amount) else amount


def _name(proposal: Proposal, post: Post, names: bool) -> str:
    if post.status is not PostStatus.FILLED:
        return "Vacant"
    holders = proposal.postholders_of(post.id)
    return "; ".join(h.name for h in holders) if names and holders else NOT_DISCLOSED


def _organisation(proposal: Proposal, post: Post) -> tuple[str, str]:
    name = proposal.organisations[post.employer_id].name
    return name, name


def _unit_name(proposal: Proposal, post: Post) -> str:
    unit = proposal.units[post.unit_id]
    return "N/A" if unit.kind is UnitKind.ORGANISATION else unit.name


def _pay_band(salary: Decimal | None) -> tuple[object, object]:
    """Pay rounded to the £5,000 band the schema asks for; undisclosed without a salary."""
    if salary is None:
        return NOT_DISCLOSED, NOT_DISCLOSED
    floor = int(salary) // 5000 * 5000
    return floor, floor + 4999


def _fte(value: float) -> str:
    return f"{value:.2f}"
