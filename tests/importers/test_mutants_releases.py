"""importers/releases.py and release_choice.py directly: a file's releases split, ordered, chosen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from orgchart_app.importers.columns import ColumnMapping
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.release_choice import ReleaseInfo, releases_in
from orgchart_app.importers.releases import choose, split
from orgchart_app.importers.run import ImportFormat
from orgchart_app.importers.tables import Row, Table, read_table
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior


def _table(*releases: str) -> Table:
    rows = [Row(line, (f"P{line}", when)) for line, when in enumerate(releases, start=2)]
    return Table("staff.csv", ["Post", "Release"], rows, blank_lines=3, encoding="cp1252")


def test_releases_are_split_by_date_oldest_first_and_one_date_however_written() -> None:
    table = _table("31/03/2024", "2023-03-31", "Q1", "31/03/2023", "", "2024-03-31", "Q0")
    releases = split(table, 1)
    assert [(r.label, r.date) for r in releases] == [
        ("2023-03-31", dt.date(2023, 3, 31)),
        ("2024-03-31", dt.date(2024, 3, 31)),
        ("(no date)", None),
        ("Q0", None),
        ("Q1", None),
    ]
    assert [[row.line for row in r.rows] for r in releases] == [[3, 5], [2, 7], [6], [8], [4]]


def test_a_release_table_keeps_the_files_header_lines_and_encoding() -> None:
    table = _table("2023-03-31", "2024-03-31", "2023-03-31")
    first = split(table, 1)[0].table(table)
    assert (first.source, first.headers, first.blank_lines, first.encoding) == (
        "staff.csv",
        ["Post", "Release"],
        3,
        "cp1252",
    )
    assert [row.line for row in first.rows] == [2, 4]


def test_the_latest_release_is_chosen_unless_one_is_named() -> None:
    releases = split(_table("2023-03-31", "2024-03-31", "2022-03-31"), 1)
    assert choose(releases, "  ").label == "2024-03-31"
    assert choose(releases, "31.03.2023").label == "2023-03-31"
    assert choose(split(_table("Q1", "q2"), 1), "Q2").label == "q2"


def test_a_release_the_file_lacks_is_refused_naming_those_it_has() -> None:
    releases = split(_table("2023-03-31", "Q1"), 1)
    with pytest.raises(ImportRefused) as refused:
        choose(releases, "2025-03-31")
    assert str(refused.value) == (
        'There is no release "2025-03-31" in the file (releases: 2023-03-31, Q1).'
    )


def test_a_designer_lists_an_establishment_lists_releases_with_their_row_counts(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "staff.csv",
        [["Post", "As at"], ["P1", "31/03/2024"], ["P2", "31/03/2023"], ["P3", "2024-03-31"]],
    )
    tables = [read_table(path)]
    mapping = ColumnMapping(("Post", "As at"), (Field.POST_REF, Field.RELEASE))
    assert releases_in(tables, ImportFormat.ESTABLISHMENT, mapping) == [
        ReleaseInfo("2023-03-31", 1),
        ReleaseInfo("2024-03-31", 2),
    ]
    assert (
        releases_in(
            tables,
            ImportFormat.ESTABLISHMENT,
            ColumnMapping(("Post", "As at"), (Field.POST_REF, Field.IGNORE)),
        )
        == []
    )
    assert releases_in(tables, ImportFormat.ESTABLISHMENT, None) == []
    assert releases_in([], ImportFormat.ESTABLISHMENT, mapping) == []
    first = ColumnMapping(("As at", "Post"), (Field.RELEASE, Field.POST_REF))
    path = write_csv(tmp_path / "first.csv", [["As at", "Post"], ["31/03/2024", "P1"]])
    assert releases_in([read_table(path)], ImportFormat.ESTABLISHMENT, first) == [
        ReleaseInfo("2024-03-31", 1)
    ]


def test_a_designer_lists_an_organograms_releases_counting_senior_and_junior_rows(
    tmp_path: Path,
) -> None:
    senior_rows = [
        [*senior("CEO1", "Pat Chief", "SCS3", "Chief Executive", "Office", "XX"), when]
        for when in ("2023-03-31", "2024-03-31")
    ]
    junior_rows = [
        [*junior("Office", "CEO1", "HEO", "Officer", "2"), when]
        for when in ("2023-03-31", "2024-03-31", "2024-03-31")
    ]
    files = [
        write_csv(tmp_path / "senior.csv", [[*SENIOR_HEADER, "Date"], *senior_rows]),
        write_csv(tmp_path / "junior.csv", [[*JUNIOR_HEADER, "Date"], *junior_rows]),
    ]
    tables = [read_table(f) for f in files]
    assert releases_in(tables, ImportFormat.ORGANOGRAM, None) == [
        ReleaseInfo("2023-03-31", 2),
        ReleaseInfo("2024-03-31", 3),
    ]
    # A junior file whose releases do not match is refused by the import: no list to choose from.
    junior_rows[0][-1] = "2022-03-31"
    files[1] = write_csv(tmp_path / "junior.csv", [[*JUNIOR_HEADER, "Date"], *junior_rows])
    assert releases_in([tables[0], read_table(files[1])], ImportFormat.ORGANOGRAM, None) == []
