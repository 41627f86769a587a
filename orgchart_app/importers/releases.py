"""A file holding several releases (dated snapshots): split it, and pick one or keep them all."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from orgchart_app.domain.file_kinds import shown
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table
from orgchart_app.importers.values import parse_date


class ReleaseMode(enum.Enum):
    # One release (the latest unless named) makes the "As is" scenario.
    ONE = "one"
    # Each release becomes its own scenario, named by its date, for `orgchart diff`.
    SCENARIOS = "scenarios"


@dataclass(frozen=True, slots=True)
class Release:
    # The ISO date when the cell reads as one, so "31/03/2023" and "2023-03-31" are one release.
    label: str
    date: dt.date | None
    rows: tuple[Row, ...]

    def table(self, table: Table) -> Table:
        """`table` holding only this release's rows (their line numbers kept)."""
        return Table(
            table.source, table.headers, list(self.rows), table.blank_lines, table.encoding
        )


def split(table: Table, column: int) -> list[Release]:
    """The releases in `column`, oldest first (by date where the cells are dates)."""
    groups: dict[str, list[Row]] = {}
    dates: dict[str, dt.date | None] = {}
    for row in table.rows:
        label, date = _label(row.cell(column))
        groups.setdefault(label, []).append(row)
        dates[label] = date
    releases = [Release(label, dates[label], tuple(rows)) for label, rows in groups.items()]
    # Dated releases in date order; any undated ones (a "Q1" label, say) after them, by text.
    return sorted(releases, key=lambda r: (r.date is None, r.date or dt.date.min, r.label))


def choose(releases: list[Release], wanted: str) -> Release:
    """The release the user named (as written, or the same date written another way)."""
    if not wanted.strip():
        return releases[-1]
    label, _ = _label(wanted)
    for release in releases:
        if release.label.casefold() == label.casefold():
            return release
    known = ", ".join(r.label for r in releases)
    raise ImportRefused(f'There is no release "{shown(wanted)}" in the file (releases: {known}).')


def _label(text: str) -> tuple[str, dt.date | None]:
    date = parse_date(text).value
    return (date.isoformat(), date) if date is not None else (text.strip() or "(no date)", None)
