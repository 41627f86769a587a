"""importers/organogram_releases.py directly: organograms of several releases, in one pair with a
date column or as one pair of files per release."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.organogram_releases import organogram_scenarios, release_sizes
from orgchart_app.importers.releases import ReleaseMode
from orgchart_app.importers.report import ImportReport
from orgchart_app.importers.tables import Table, read_table
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior

ONE, ALL = ReleaseMode.ONE, ReleaseMode.SCENARIOS


def _senior(ref: str, *date: str) -> list[str]:
    return [*senior(ref, "Pat Chief", "SCS3", "Chief Executive", "Office", "XX"), *date]


def _junior(title: str, *date: str) -> list[str]:
    return [*junior("Office", "CEO1", "HEO", title, "2"), *date]


def _pair(tmp_path: Path, seniors: list[list[str]], juniors: list[list[str]] | None) -> list[Table]:
    dated = len(seniors[0]) > len(SENIOR_HEADER)
    tables = [
        read_table(
            write_csv(
                tmp_path / "senior.csv", [[*SENIOR_HEADER, *["Date"][: int(dated)]], *seniors]
            )
        )
    ]
    if juniors is not None:
        header = [*JUNIOR_HEADER, *["Date"][: int(len(juniors[0]) > len(JUNIOR_HEADER))]]
        tables.append(read_table(write_csv(tmp_path / "junior.csv", [header, *juniors])))
    return tables


def _scenarios(
    tables: list[Table], wanted: str = "", mode: ReleaseMode = ONE
) -> tuple[list[tuple[str, list[tuple[str, str]]]], ImportReport]:
    report = ImportReport()
    found = organogram_scenarios(tables, report, (), wanted, mode)
    return [(name, [(r.ref, r.title) for r in rows]) for name, rows in found], report


def _refusal(tables: list[Table], wanted: str = "", mode: ReleaseMode = ONE) -> str:
    with pytest.raises(ImportRefused) as refused:
        organogram_scenarios(tables, ImportReport(), (), wanted, mode)
    return str(refused.value)


def test_one_pair_without_a_date_column_is_the_as_is_scenario(tmp_path: Path) -> None:
    tables = _pair(tmp_path, [_senior("CEO1")], [_junior("Officer")])
    found, report = _scenarios(tables)
    assert found == [("As is", [("CEO1", "Chief Executive"), ("CEO1-J1", "Officer")])]
    assert (report.releases, report.release) == ([], "")
    assert release_sizes(tables, ()) == []
    no_column = (
        '"senior.csv" has no release or date column: say which one it is with --map COLUMN=release.'
    )
    assert _refusal(tables, wanted="2024-03-31") == no_column
    assert _refusal(tables, mode=ALL) == no_column


def test_a_date_column_makes_releases_the_latest_imported_unless_named(tmp_path: Path) -> None:
    seniors = [_senior("OLD1", "31/03/2023"), _senior("NEW1", "2024-03-31")]
    juniors = [_junior("Officer", "2024-03-31"), _junior("Clerk", "2024-03-31")]
    tables = _pair(tmp_path, seniors, juniors)
    found, report = _scenarios(tables)
    assert [name for name, _ in found] == ["As is"]
    assert [ref for ref, _ in found[0][1]] == ["NEW1", "CEO1-J1", "CEO1-J2"]
    assert (report.releases, report.release) == (["2023-03-31", "2024-03-31"], "2024-03-31")
    found, report = _scenarios(tables, wanted="2023-03-31")
    assert found == [("As is", [("OLD1", "Chief Executive")])]
    assert report.release == "2023-03-31"
    assert release_sizes(tables, ()) == [("2023-03-31", 1), ("2024-03-31", 3)]


def test_every_release_can_be_its_own_scenario_named_by_its_date(tmp_path: Path) -> None:
    seniors = [_senior("NEW1", "2024-03-31"), _senior("OLD1", "2023-03-31")]
    tables = _pair(tmp_path, seniors, [_junior("Officer", "2023-03-31")])
    found, report = _scenarios(tables, mode=ALL)
    assert found == [
        ("2023-03-31", [("OLD1", "Chief Executive"), ("CEO1-J1", "Officer")]),
        ("2024-03-31", [("NEW1", "Chief Executive")]),
    ]
    assert (report.releases, report.release) == (["2023-03-31", "2024-03-31"], "")
    assert _refusal(tables, "2023-03-31", ALL) == (
        "Choose one release with --release, or every release with --releases scenarios."
    )


def test_junior_rows_must_say_which_of_the_seniors_releases_they_are_of(tmp_path: Path) -> None:
    seniors = [_senior("OLD1", "2023-03-31"), _senior("NEW1", "2024-03-31")]
    assert _refusal(_pair(tmp_path, seniors, [_junior("Officer")])) == (
        '"senior.csv" holds several releases but "junior.csv" has no release or date column '
        "to match its rows to them."
    )
    stray = _pair(tmp_path, seniors, [_junior("Officer", "2022-03-31")])
    message = (
        '"junior.csv" has junior rows of release 2022-03-31, which the senior file does not '
        "have (its releases: 2023-03-31, 2024-03-31)."
    )
    assert _refusal(stray) == message
    with pytest.raises(ImportRefused, match="2022-03-31"):
        release_sizes(stray, ())


def test_a_junior_file_of_another_body_is_refused_in_every_release(tmp_path: Path) -> None:
    other = _junior("Officer", "2023-03-31")
    other[1] = "Another Agency"
    tables = _pair(tmp_path, [_senior("OLD1", "2023-03-31")], [other])
    assert "Another Agency" in _refusal(tables, mode=ALL)


def _dated(tmp_path: Path, name: str, rows: list[list[str]]) -> Table:
    header = SENIOR_HEADER if len(rows[0]) == len(SENIOR_HEADER) else JUNIOR_HEADER
    return read_table(write_csv(tmp_path / name, [header, *rows]))


def test_one_pair_of_files_per_release_is_dated_by_the_files_names(tmp_path: Path) -> None:
    tables = [
        _dated(tmp_path, "junior_31.3.2024.csv", [_junior("Officer")]),
        _dated(tmp_path, "senior-2024-03-31.csv", [_senior("NEW1")]),
        _dated(tmp_path, "senior_31_03_2023.csv", [_senior("OLD1")]),
    ]
    found, report = _scenarios(tables, mode=ALL)
    assert found == [
        ("2023-03-31", [("OLD1", "Chief Executive")]),
        ("2024-03-31", [("NEW1", "Chief Executive"), ("CEO1-J1", "Officer")]),
    ]
    assert report.releases == ["2023-03-31", "2024-03-31"]
    found, report = _scenarios(tables, wanted="31/03/2023")
    assert found == [("As is", [("OLD1", "Chief Executive")])]
    assert release_sizes(tables, ()) == [("2023-03-31", 1), ("2024-03-31", 2)]


def test_dated_files_that_do_not_make_one_pair_per_release_are_refused(tmp_path: Path) -> None:
    old = _dated(tmp_path, "senior-2023-03-31.csv", [_senior("OLD1")])
    new = _dated(tmp_path, "senior-2024-03-31.csv", [_senior("NEW1")])
    again = _dated(tmp_path, "senior 31.03.2024.csv", [_senior("NEW2")])
    assert _refusal([old, new, again]) == (
        '"senior-2024-03-31.csv" and "senior 31.03.2024.csv" are both senior files of release '
        "2024-03-31: import one pair per release."
    )
    j1 = _dated(tmp_path, "junior-2023-03-31.csv", [_junior("Officer")])
    j2 = _dated(tmp_path, "junior 31-3-2023.csv", [_junior("Clerk")])
    assert "are both junior files of release 2023-03-31" in _refusal([old, new, j1, j2])
    orphan = _dated(tmp_path, "junior-2025-03-31.csv", [_junior("Officer")])
    assert _refusal([old, new, orphan]) == (
        '"junior-2025-03-31.csv" has no senior file of release 2025-03-31.'
    )
    undated = _dated(tmp_path, "senior-latest.csv", [_senior("NEW1")])
    assert _refusal([old, undated]) == (
        '"senior-latest.csv" is one of several organogram files but its name has no date '
        "(2023-03-31): name each pair's files by its release date."
    )
    for name, date in (
        ("senior-2024-02-30.csv", "2024-02-30"),
        ("senior_31_13_2024.csv", "31_13_2024"),
    ):
        bad = _dated(tmp_path, name, [_senior("NEW1")])
        assert _refusal([old, bad]) == (
            f'"{name}" names the date "{date}", which is not a day of the calendar.'
        )
    stranger = read_table(
        write_csv(tmp_path / "staff-2024-03-31.csv", [["Post", "Title"], ["1", "x"]])
    )
    assert _refusal([old, new, stranger]).startswith(
        "An organogram import needs one senior-staff CSV"
    )


def test_a_senior_file_alone_may_hold_several_releases(tmp_path: Path) -> None:
    tables = _pair(tmp_path, [_senior("OLD1", "2023-03-31"), _senior("NEW1", "2024-03-31")], None)
    found, _ = _scenarios(tables, mode=ALL)
    assert found == [
        ("2023-03-31", [("OLD1", "Chief Executive")]),
        ("2024-03-31", [("NEW1", "Chief Executive")]),
    ]


def test_a_release_column_may_be_the_first_column_or_named_by_map(tmp_path: Path) -> None:
    header = [*SENIOR_HEADER, "When"]
    seniors = [
        ["When", *SENIOR_HEADER],
        ["2023-03-31", *_senior("OLD1")],
        ["2024-03-31", *_senior("NEW1")],
    ]
    juniors = [["Date", *JUNIOR_HEADER], ["2023-03-31", *_junior("Officer")]]
    tables = [
        read_table(write_csv(tmp_path / "senior.csv", seniors)),
        read_table(write_csv(tmp_path / "junior.csv", juniors)),
    ]
    overrides = ("When=release",)
    found = organogram_scenarios(tables, ImportReport(), overrides, "", ALL)
    assert [(name, [r.ref for r in rows]) for name, rows in found] == [
        ("2023-03-31", ["OLD1", "CEO1-J1"]),
        ("2024-03-31", ["NEW1"]),
    ]
    assert release_sizes(tables, overrides) == [("2023-03-31", 2), ("2024-03-31", 1)]
    # The junior file's release column found by --map too.
    juniors = [[*JUNIOR_HEADER, "Snap"], [*_junior("Officer"), "2023-03-31"]]
    tables[1] = read_table(write_csv(tmp_path / "junior.csv", juniors))
    seniors = [header, _senior("OLD1", "2023-03-31"), _senior("NEW1", "2024-03-31")]
    tables[0] = read_table(write_csv(tmp_path / "senior.csv", seniors))
    assert release_sizes(tables, ("When=release", "Snap=release")) == [
        ("2023-03-31", 2),
        ("2024-03-31", 1),
    ]


def test_the_same_body_is_checked_in_the_column_map_names(tmp_path: Path) -> None:
    juniors = [[*JUNIOR_HEADER, "Agency"], [*_junior("Officer"), "Another Agency"]]
    tables = [
        read_table(write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, _senior("CEO1")])),
        read_table(write_csv(tmp_path / "junior.csv", juniors)),
    ]
    assert len(organogram_scenarios(tables, ImportReport(), (), "", ONE)[0][1]) == 2
    with pytest.raises(ImportRefused, match="Another Agency"):
        organogram_scenarios(tables, ImportReport(), ("Agency=organisation",), "", ONE)
