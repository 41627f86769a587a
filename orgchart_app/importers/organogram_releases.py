"""Organograms of several releases: a release (date) column in the pair, or several dated pairs.

The Institute for Government's compilations put every release in one senior and one junior file
with a date column; data.gov.uk publishes one pair per release, the date in the files' names.
Either way each release is a senior table and, where there is one, a junior table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from orgchart_app.importers import organogram
from orgchart_app.importers.assemble import AS_IS
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.organogram_columns import Columns
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.releases import Release, ReleaseMode, choose, split
from orgchart_app.importers.report import ImportReport
from orgchart_app.importers.tables import Table

__all__ = ["organogram_scenarios", "release_sizes"]

# A date in a file's name: 2023-03-31, 31-03-2023, 31.03.2023 or 31_03_2023.
_NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})|(\d{1,2})[-_.](\d{1,2})[-_.](\d{4})")


@dataclass(frozen=True, slots=True)
class _Pair:
    senior: Table
    junior: Table | None


def organogram_scenarios(
    tables: Sequence[Table],
    report: ImportReport,
    overrides: Sequence[str],
    wanted: str,
    mode: ReleaseMode,
) -> list[tuple[str, list[PostRow]]]:
    """The scenarios to make, each with its rows: the release(s) asked for, or the one pair."""
    pairs = _releases(tables, overrides)
    if pairs is None:
        senior, junior = organogram.check_pair(tables)
        if wanted.strip() or mode is ReleaseMode.SCENARIOS:
            raise ImportRefused(
                f'"{senior.source}" has no release or date column: say which one it is '
                "with --map COLUMN=release."
            )
        return [(AS_IS, _read(_Pair(senior, junior), report, overrides))]
    if wanted.strip() and mode is ReleaseMode.SCENARIOS:
        raise ImportRefused(
            "Choose one release with --release, or every release with --releases scenarios."
        )
    report.releases = [release.label for release, _ in pairs]
    if mode is ReleaseMode.SCENARIOS:
        return [(release.label, _read(pair, report, overrides)) for release, pair in pairs]
    chosen = choose([release for release, _ in pairs], wanted)
    report.release = chosen.label
    pair = next(pair for release, pair in pairs if release is chosen)
    return [(AS_IS, _read(pair, report, overrides))]


def release_sizes(tables: Sequence[Table], overrides: Sequence[str]) -> list[tuple[str, int]]:
    """Each release's label (oldest first) and its rows, senior and junior; [] for one pair
    with no release column. ImportRefused as the import would refuse."""
    pairs = _releases(tables, overrides) or []
    return [
        (release.label, len(pair.senior.rows) + (len(pair.junior.rows) if pair.junior else 0))
        for release, pair in pairs
    ]


def _read(pair: _Pair, report: ImportReport, overrides: Sequence[str]) -> list[PostRow]:
    if pair.junior is not None:
        organogram.check_same_body(pair.senior, pair.junior, overrides)
    rows = organogram.read_senior(pair.senior, report, overrides)
    if pair.junior is not None:
        rows += organogram.read_junior(pair.junior, report, overrides)
    return rows


def _releases(
    tables: Sequence[Table], overrides: Sequence[str]
) -> list[tuple[Release, _Pair]] | None:
    """Each release (oldest first) with its pair; None for one pair with no release column."""
    seniors = [t for t in tables if organogram.is_senior(t.headers)]
    if len(seniors) > 1:
        return _dated_files(tables)
    senior, junior = organogram.check_pair(tables)
    column = Columns(senior, overrides).release_column()
    if column < 0:
        return None
    releases = split(senior, column)
    juniors: dict[str, Table] = {}
    if junior is not None:
        junior_column = Columns(junior, overrides).release_column()
        if junior_column < 0:
            raise ImportRefused(
                f'"{senior.source}" holds several releases but "{junior.source}" has no '
                "release or date column to match its rows to them."
            )
        juniors = {r.label: r.table(junior) for r in split(junior, junior_column)}
        _check_matched(juniors, releases, junior.source)
    return [(r, _Pair(r.table(senior), juniors.get(r.label))) for r in releases]


def _check_matched(juniors: dict[str, Table], releases: list[Release], source: str) -> None:
    known = {r.label for r in releases}
    for label in juniors:
        if label not in known:
            raise ImportRefused(
                f'"{source}" has junior rows of release {label}, which the senior file does '
                f"not have (its releases: {', '.join(sorted(known))})."
            )


def _dated_files(tables: Sequence[Table]) -> list[tuple[Release, _Pair]]:
    """Several pairs: each file's release is the date in its name."""
    seniors: dict[str, Table] = {}
    juniors: dict[str, Table] = {}
    for table in tables:
        is_senior = organogram.is_senior(table.headers)
        if not is_senior and not organogram.is_junior(table.headers):
            organogram.check_pair(tables)  # refuses, naming the files
        found = seniors if is_senior else juniors
        label = _date_in_name(table.source)
        if label in found:
            raise ImportRefused(
                f'"{found[label].source}" and "{table.source}" are both '
                f"{'senior' if is_senior else 'junior'} files of release {label}: import "
                "one pair per release."
            )
        found[label] = table
    for label, junior in juniors.items():
        if label not in seniors:
            raise ImportRefused(f'"{junior.source}" has no senior file of release {label}.')
    # The rows stay in each pair's own tables; the release only names and orders them.
    releases = [Release(label, dt.date.fromisoformat(label), ()) for label in sorted(seniors)]
    return [(r, _Pair(seniors[r.label], juniors.get(r.label))) for r in releases]


def _date_in_name(source: str) -> str:
    match = _NAME_DATE.search(source)
    if match is None:
        raise ImportRefused(
            f'"{source}" is one of several organogram files but its name has no date '
            "(2023-03-31): name each pair's files by its release date."
        )
    try:
        if match.group(1):
            return dt.date.fromisoformat(match.group(1)).isoformat()
        day, month, year = (int(match.group(i)) for i in (2, 3, 4))
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise ImportRefused(
            f'"{source}" names the date "{match.group(0)}", which is not a day of the calendar.'
        ) from None
