"""Write the example establishment list and changes sheet in sample_data/ (CSV and XLSX).

`python -m orgchart_app.samples.establishment_list [FOLDER]`. The council, its people and its
numbers are invented: a service of about 120 posts to try `orgchart import` and `orgchart apply`
on before using a real list. Built from fixed rules, so each run writes the same files.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from orgchart_app.samples import sample_data_folder

COUNCIL = "Wyvern Borough Council (fictional)"
TRUST = "Wyvern Community Health NHS Trust (fictional)"
HEADER = (
    "Post number",
    "Job title",
    "Grade",
    "FTE",
    "Reports to post",
    "Directorate",
    "Team",
    "Status",
    "Cost centre",
    "Employer",
    "Deployed to",
    "Dotted line to",
    "Employee name",
)
# Invented postholders' names for the filled posts: 12 x 11 pairs, none repeated up to 132 posts.
FIRST_NAMES = ("Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Kim", "Lee", "Morgan", "Jordan",
               "Casey", "Jamie")  # fmt: skip
SURNAMES = ("Ashdown", "Brook", "Carver", "Dale", "Ellis", "Fenwick", "Garside", "Holt", "Ingram",
            "Jessop", "Kettle")  # fmt: skip
# Each service: its head's title, cost centre and teams (team, manager's title, officer's
# title, number of officers). Team sizes add up to a service of about 120 posts.
SERVICES = (
    (
        "Housing Options",
        "CC2100",
        (
            ("Homelessness Prevention", "Prevention Officer", 13),
            ("Housing Advice", "Housing Adviser", 10),
            ("Temporary Accommodation", "Accommodation Officer", 7),
        ),
    ),
    (
        "Environmental Health",
        "CC2200",
        (
            ("Food Safety", "Environmental Health Officer", 9),
            ("Pollution Control", "Pollution Officer", 6),
            ("Private Sector Housing", "Housing Standards Officer", 7),
        ),
    ),
    (
        "Community Safety",
        "CC2300",
        (
            ("Anti-social Behaviour", "ASB Caseworker", 8),
            ("CCTV Control Room", "CCTV Operator", 12),
        ),
    ),
    (
        "Parks and Open Spaces",
        "CC2400",
        (
            ("Grounds Maintenance", "Grounds Operative", 20),
            ("Rangers", "Park Ranger", 6),
            ("Allotments and Bookings", "Bookings Assistant", 4),
        ),
    ),
)
DIRECTORATE = "Neighbourhood Services"
# Two team managers answer to another head for part of their time (a dotted line).
DOTTED = {"Anti-social Behaviour": "NS-H01 (20%)", "Private Sector Housing": "NS-H01 (30%)"}


def establishment_rows() -> list[tuple[str, ...]]:
    """The list's rows after the header: director, heads, team managers, then officers."""
    rows = [_row("NS-001", "Director of Neighbourhood Services", "Director", "", "", "CC2000")]
    rows.append(_row("NS-002", "Business Support Officer", "G5", "NS-001", "", "CC2000"))
    for number, (service, cost_centre, teams) in enumerate(SERVICES, start=1):
        head = f"NS-H{number:02d}"
        rows.append(_row(head, f"Head of {service}", "G13", "NS-001", service, cost_centre))
        for team_number, (team, officer, count) in enumerate(teams, start=1):
            manager = f"NS-{number}{team_number}00"
            rows.append(
                _row(manager, f"{team} Manager", "G10", head, team, cost_centre, DOTTED.get(team))
            )
            rows += [_officer(manager, team, officer, cost_centre, n) for n in range(1, count + 1)]
    # A link worker the NHS trust employs and deploys into the council's homelessness team.
    rows.append(
        _row(
            "NS-1199",
            "Mental Health Link Worker",
            "Band 6",
            "NS-1100",
            "Homelessness Prevention",
            "CC2100",
            employer=TRUST,
            deployed=COUNCIL,
        )
    )
    return [_named(row, index) for index, row in enumerate(rows)]


def _named(row: tuple[str, ...], index: int) -> tuple[str, ...]:
    vacant = row[HEADER.index("Status")] == "Vacant"
    name = "" if vacant else f"{FIRST_NAMES[index % 12]} {SURNAMES[index * 7 % 11]}"
    return (*row, name)


def _officer(manager: str, team: str, title: str, cost_centre: str, n: int) -> tuple[str, ...]:
    # Every fourth officer is senior; every fifth works part time; every seventh post is vacant.
    senior = n % 4 == 1
    row = _row(
        f"{manager[:-2]}{n:02d}",
        f"Senior {title}" if senior else title,
        "G8" if senior else "G6",
        manager,
        team,
        cost_centre,
        fte="0.5" if n % 5 == 0 else "1",
        status="Vacant" if n % 7 == 0 else "Filled",
    )
    return row


def _row(
    ref: str,
    title: str,
    grade: str,
    reports_to: str,
    team: str,
    cost_centre: str,
    dotted: str | None = None,
    *,
    fte: str = "1",
    status: str = "Filled",
    employer: str = COUNCIL,
    deployed: str = "",
) -> tuple[str, ...]:
    return (
        ref, title, grade, fte, reports_to, DIRECTORATE, team, status, cost_centre, employer,
        deployed, dotted or "",
    )  # fmt: skip


# The example changes sheet: a locality restructure's moves, regradings, a new post and a
# deletion, in the columns `orgchart apply` reads (see docs/IMPORT.md).
CHANGES = (
    ("Post reference", "Change", "Title", "Unit", "Reports to", "Grade", "FTE", "Status",
     "Employer", "Deployed to"),
    ("NS-1101", "", "", "Housing Advice", "NS-1200", "", "", "", "", ""),
    ("NS-1102", "", "", "Housing Advice", "NS-1200", "", "", "", "", ""),
    ("NS-2101", "", "", "", "", "G9", "", "", "", ""),
    ("NS-2201", "", "", "", "", "G9", "", "", "", ""),
    ("NS-3107", "", "", "", "", "", "1", "Filled", "", ""),
    ("NS-4116", "delete", "", "", "", "", "", "", "", ""),
    ("NS-2104", "", "Senior Environmental Health Officer (Food)", "", "", "", "", "", "", ""),
    ("NS-1300", "", "Temporary Accommodation Team Leader", "", "", "G9", "", "", "", ""),
    ("", "new", "Tenancy Sustainment Officer", "Homelessness Prevention", "NS-1100", "G6",
     "1", "Vacant", "", ""),
)  # fmt: skip


ASSUMED = "Wyvern (fictional) grade on NJC spinal points, assumed for the example."
# What the example's posts are paid and budgeted, to try the costing on (docs/GUIDE.md).
COSTING = {
    "example_grades": (
        ("grade", "bottom point", "top point", "note"),
        ("G5", "12", "15", ASSUMED),
        ("G6", "16", "19", ASSUMED),
        ("G8", "23", "26", ASSUMED),
        ("G9", "26", "29", ASSUMED),
        ("G10", "29", "32", ASSUMED),
        ("G13", "38", "41", ASSUMED),
    ),
    "example_senior_grades": (
        ("grade", "min salary", "max salary", "note"),
        ("Director", "98000", "110000", "Wyvern (fictional) director's range, assumed."),
    ),
    "example_budget": (
        ("Cost centre", "Description", "Basic pay", "NI", "Superannuation", "Other", "Year"),
        ("CC2000", "Director's office", "135000", "17000", "26000", "0", "2025/26"),
        ("CC2100", "Housing Options", "1200000", "140000", "230000", "0", "2025/26"),
        ("CC2200", "Environmental Health", "960000", "112000", "184000", "0", "2025/26"),
        ("CC2300", "Community Safety", "800000", "93000", "153000", "0", "2025/26"),
        ("CC2400", "Parks and Open Spaces", "1000000", "110000", "190000", "0", "2025/26"),
    ),
}


def write_files(folder: Path) -> list[Path]:
    import openpyxl  # noqa: PLC0415 - only writing the example needs it

    written = []
    for stem, rows in (
        ("example_establishment", [HEADER, *establishment_rows()]),
        ("example_changes", list(CHANGES)),
    ):
        written.append(_write_csv(folder / f"{stem}.csv", rows))
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(list(_typed(row)))
        book.properties.title = f"{stem.replace('_', ' ')} - fictional"
        book.save(folder / f"{stem}.xlsx")
        written.append(folder / f"{stem}.xlsx")
    for stem, table in COSTING.items():
        written.append(_write_csv(folder / f"{stem}.csv", table))
    return written


def _write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, lineterminator="\n").writerows(rows)
    return path


def _typed(row: Sequence[str]) -> list[str | float]:
    # Numbers as numbers in the workbook, as a real list holds them.
    return [float(cell) if cell.replace(".", "", 1).isdigit() else cell for cell in row]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else sample_data_folder()
    for path in write_files(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
