"""The post list of a scenario, or the changes between two, as CSV (for Excel) and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from orgchart_app.analysis.diff import diff_scenarios
from orgchart_app.domain import Post, PostStatus, Proposal, ScenarioId, UnitKind
from orgchart_app.domain.wording import fte_label
from orgchart_app.exporters.cells import ListTable, neutralise
from orgchart_app.exporters.destination import written_beside

# Headers the importers recognise, so an exported list imports back as the same structure.
POST_HEADER = [
    "Post number",
    "Job title",
    "Grade",
    "FTE",
    "Quantity",
    "Total FTE",
    "Status",
    "Organisation",
    "Deployed to",
    "Unit path",
    "Reports to post number",
    "Line manager job title",
    "Cost code",
    "Salary",
    "Notes",
]
# Personal data, only with --names; headers the importer recognises. A post held by several
# people lists each column's values in the same order, separated by "; ".
NAME_HEADER = [
    "Postholder",
    "Employee number",
    "Contract",
    "Contract end date",
    "Continuous service date",
    "Date of birth",
    "Spinal point",
    "Postholder FTE",
]
DIFF_HEADER = ["Change", "Post number", "Job title", "Quantity", "Total FTE", "Before", "After"]
UNIT_SEPARATOR = " > "


def unit_path(proposal: Proposal, post: Post) -> str:
    """The post's unit and its parents below the organisation, as "Directorate > Team"."""
    path = proposal.unit_path(post.unit_id)
    if path and path[0].kind is UnitKind.ORGANISATION:
        path = path[1:]
    return UNIT_SEPARATOR.join(unit.name for unit in path)


def _people_cells(proposal: Proposal) -> dict[int, list[str]]:
    """Each held post's person columns, the people in the same order in every column."""
    held: dict[int, list[list[str]]] = {}
    for h in proposal.postholders.values():
        held.setdefault(h.post_id, []).append(
            [
                h.name,
                h.employee_number,
                h.contract.value.replace("_", " "),
                _date(h.contract_end),
                _date(h.service_start),
                _date(h.date_of_birth),
                "" if h.spinal_point is None else str(h.spinal_point),
                _number_cell(h.fte),
            ]
        )
    return {
        post_id: ["; ".join(column) for column in zip(*rows, strict=True)]
        for post_id, rows in held.items()
    }


def _date(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def post_table(proposal: Proposal, scenario_id: ScenarioId, names: bool = False) -> ListTable:
    scenario = proposal.scenarios[scenario_id]
    table = ListTable(
        f"Posts: {scenario.name}",
        POST_HEADER + (NAME_HEADER if names else []),
        decimal_columns=frozenset({3, 5}),
    )
    orgs, posts = proposal.organisations, proposal.posts
    people = _people_cells(proposal) if names else {}
    for post in proposal.posts_in(scenario_id):
        manager = posts.get(post.reports_to_id) if post.reports_to_id is not None else None
        row: list[object] = [
            post.post_ref,
            post.title,
            post.grade,
            post.fte,
            post.quantity,
            post.total_fte,
            post.status.label,
            orgs[post.employer_id].name,
            orgs[post.deployed_to_id].name if post.deployed_to_id in orgs else "",
            unit_path(proposal, post),
            manager.post_ref if manager else "",
            manager.title if manager else "",
            post.cost_code,
            float(post.salary) if post.salary is not None else "",
            post.notes,
        ]
        if names:
            row += people.get(post.id, [""] * len(NAME_HEADER))
        table.rows.append(row)
    posts_in = proposal.posts_in(scenario_id)
    vacant = sum(p.quantity for p in posts_in if p.status is not PostStatus.FILLED)
    table.totals = [
        "",
        "Total",
        "",
        "",
        sum(p.quantity for p in posts_in),
        round(sum(p.total_fte for p in posts_in), 2),
        f"{vacant} vacant",
    ]
    return table


def diff_table(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> ListTable:
    diff = diff_scenarios(proposal, from_id, to_id)
    table = ListTable(
        f"Changes: {diff.from_name} to {diff.to_name}",
        list(DIFF_HEADER),
        decimal_columns=frozenset({4}),
    )
    for change in diff.changes:
        table.rows.append(
            [
                change.kind.label,
                change.post_ref,
                change.title,
                change.quantity,
                change.fte,
                change.before,
                change.after,
            ]
        )
    before, after = diff.totals
    table.totals = [
        "Total",
        f"{before.posts} -> {after.posts} posts",
        "",
        "",
        round(after.fte - before.fte, 2),
        fte_label(before.fte),
        fte_label(after.fte),
    ]
    return table


def write_csv(table: ListTable, path: str | Path) -> None:
    """UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8."""
    with (
        written_beside(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in table.header])
        for row in table.rows:
            writer.writerow(
                [_csv_cell(value, i in table.decimal_columns) for i, value in enumerate(row)]
            )


def _csv_cell(value: object, decimal: bool) -> object:
    if isinstance(value, float):
        return _decimal_cell(value) if decimal else _number_cell(value)
    return neutralise(value)


def _number_cell(value: float) -> str:
    return f"{value:.0f}" if value.is_integer() else f"{value:g}"


def _decimal_cell(value: float) -> str:
    """Data for a spreadsheet, not wording: two decimal places so a column lines up, more only
    where needed (2.5 FTE over 3 posts)."""
    text = f"{value:.4f}".rstrip("0")
    return text + "0" * (2 - len(text.partition(".")[2]))


def write_xlsx(table: ListTable, path: str | Path) -> None:
    from orgchart_app.exporters.workbook import (
        write_workbook,  # openpyxl is slow to import
    )

    write_workbook(table, Path(path))
