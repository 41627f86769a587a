"""The user's own files the docs' examples name, written from the shipped example establishment.

README's import examples stand for a user's files (`establishment.csv`, `list.xlsx`, an
organogram pair, a Visio-style list, an HR system's export, a JSON chart, a file of several
releases, a budget). No such file ships, so the test writes each in the scratch folder, of the
shape its example says, from sample_data/example_establishment.csv (a fictional service).
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from orgchart_app.cli import main

EXAMPLE = "sample_data/example_establishment.csv"


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / EXAMPLE).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])


def _establishment(folder: Path) -> None:
    shutil.copy(folder / EXAMPLE, folder / "establishment.csv")


def _list_xlsx(folder: Path) -> None:
    # Headers the import does not know, so the example's --map has something to say.
    rows = _rows(folder)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Position No", "Job title", "Grade", "FTE", "Boss", "Team"])
    for row in rows:
        sheet.append(
            [
                row["Post number"],
                row["Job title"],
                row["Grade"],
                row["FTE"],
                row["Reports to post"],
                row["Team"] or row["Directorate"],
            ]
        )
    book.save(folder / "list.xlsx")


def _organogram(folder: Path) -> None:
    main(["import", EXAMPLE, "-o", "organogram-source.sqlite"])
    main(["export", "organogram-source.sqlite", "--organogram", "organogram"])
    junior, senior = sorted((folder / "organogram").glob("*.csv"))
    assert "junior" in junior.name and "senior" in senior.name
    shutil.copy(senior, folder / "senior.csv")
    shutil.copy(junior, folder / "junior.csv")


def _dated_organograms(folder: Path) -> None:
    """The organogram pair of two releases: compiled (a date column in each file), and as
    data.gov.uk publishes them (one pair per release, the date in the files' names)."""
    if not (folder / "senior.csv").exists():
        _organogram(folder)
    for kind in ("senior", "junior"):
        with (folder / f"{kind}.csv").open(encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        for date in ("2023-03-31", "2023-09-30"):
            shutil.copy(folder / f"{kind}.csv", folder / f"{date}-{kind}.csv")
        dated = [["2023-03-31", *r] for r in rows] + [["2024-03-31", *r] for r in rows]
        _write_csv(folder / f"{kind}-compiled.csv", ["Release date", *header], dated)


def _tree_list(name: str, header: list[str]) -> Callable[[Path], None]:
    """A list of id, manager's id, title and department under the headers a tool writes."""

    def write(folder: Path) -> None:
        rows = [
            [r["Post number"], r["Reports to post"], r["Job title"], r["Team"] or r["Directorate"]]
            for r in _rows(folder)
        ]
        _write_csv(folder / name, header, rows)

    return write


_visio = _tree_list("visio.csv", ["Name", "Reports_To", "Title", "Department"])
_positions = _tree_list("positions.csv", ["id", "parentId", "positionTitle", "Org Unit"])


def _json(folder: Path) -> None:
    items = [
        {"id": r["Post number"], "parentId": r["Reports to post"] or None, "title": r["Job title"]}
        for r in _rows(folder)
    ]
    (folder / "chart.json").write_text(json.dumps(items), encoding="utf-8")


def _compiled(folder: Path) -> None:
    # Two releases: the later one without the first team's last post.
    rows = _rows(folder)
    header = ["Release date", *rows[0]]
    older = [["2023-03-31", *r.values()] for r in rows]
    newer = [["2024-03-31", *r.values()] for r in rows[:-1]]
    _write_csv(folder / "compiled.csv", header, older + newer)


def _budget(folder: Path) -> None:
    _write_csv(
        folder / "budget.csv",
        ["Cost centre", "Description", "Basic pay", "NI", "Superannuation", "Other", "Year"],
        [
            ["CC100", "Commissioning staffing", "2600000", "300000", "520000", "0", "2025/26"],
            ["CC100", "Commissioning staffing", "2680000", "310000", "536000", "0", "2026/27"],
        ],
    )


WRITERS: dict[str, Callable[[Path], None]] = {
    "establishment.csv": _establishment,
    "list.xlsx": _list_xlsx,
    "senior.csv junior.csv": _organogram,
    "senior-compiled.csv junior-compiled.csv, 2023-03-31-senior.csv ...": _dated_organograms,
    "visio.csv": _visio,
    "positions.csv": _positions,
    "chart.json": _json,
    "compiled.csv": _compiled,
    "budget.csv": _budget,
}


def write_user_files(folder: Path) -> None:
    """Write every file WRITERS names into folder (which holds a copy of sample_data/)."""
    for writer in WRITERS.values():
        writer(folder)
