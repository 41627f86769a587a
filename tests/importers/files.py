"""Fixture files the tests write for themselves: CSVs in any encoding, XLSX, organogram pairs."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

ESTABLISHMENT_HEADER = [
    "Post Number",
    "Job Title",
    "Grade",
    "FTE",
    "Reports To",
    "Directorate",
    "Team",
    "Employer",
    "Vacant",
    "Cost Centre",
    "Employee Name",
    "Employee No",
    "Salary",
]

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


def csv_text(rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_text(rows).encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def establishment_rows() -> list[list[object]]:
    """A small council directorate: a director, two heads, teams, a vacancy and a part-timer."""
    return [
        ESTABLISHMENT_HEADER,
        [
            "P100",
            "Director of Adult Services",
            "SS4",
            "1",
            "",
            "Adult Services",
            "",
            "Bury Council",
            "No",
            "SEG5970",
            "Ann Director",
            "E001",
            "£95,000",
        ],
        [
            "P110",
            "Head of Commissioning",
            "G12",
            "1",
            "P100",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "No",
            "SEG5970",
            "Bea Head",
            "E002",
            "£55,745",
        ],
        [
            "P111",
            "Commissioning Officer",
            "G8",
            "0.6",
            "P110",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "Yes",
            "SEG5970",
            "",
            "",
            "N/D",
        ],
        [
            "P112",
            "Commissioning Officer",
            "G8",
            "60%",
            "P110",
            "Adult Services",
            "Commissioning",
            "Bury Council",
            "No",
            "SEG5970",
            "Cal Officer",
            "E003",
            "£35,745",
        ],
        [
            "P120",
            "Head of Primary Care",
            "Band 8d",
            "1",
            "P100",
            "Adult Services",
            "Primary Care",
            "NHS Bury CCG",
            "No",
            "SSG9143",
            "Dee Head",
            "E004",
            "£80,000",
        ],
    ]


def large_establishment(posts: int) -> list[list[object]]:
    """A clean establishment list of `posts` rows (8 reports a manager), header first."""
    rows: list[list[object]] = [ESTABLISHMENT_HEADER]
    for n in range(posts):
        manager = "" if n == 0 else f"P{(n - 1) // 8:05d}"
        rows.append(
            [
                f"P{n:05d}",
                f"Post {n}",
                f"G{5 + n % 7}",
                "1" if n % 3 else "0.5",
                manager,
                f"Directorate {n % 4}",
                f"Team {n % 40}",
                "Big Council",
                "Yes" if n % 11 == 0 else "No",
                f"CC{n % 30}",
                "",
                "",
                "£30,000",
            ]
        )
    return rows
