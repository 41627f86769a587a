"""importers/run.py directly: the format picked, the mapping, the releases and the refusals."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from orgchart_app.importers.columns import ColumnMapping, recognise
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.progress import ImportCancelled
from orgchart_app.importers.releases import ReleaseMode
from orgchart_app.importers.run import (
    ImportFormat,
    default_mapping,
    default_organisation,
    detect_format,
    import_files,
    import_tables,
)
from orgchart_app.importers.tables import Row, Table
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv

LIST = ["Post Number", "Job Title", "Reports To"]
VISIO = ["Name", "Reports_To", "Title", "Department"]


def _table(headers: list[str], *rows: tuple[str, ...], source: str = "adults.csv") -> Table:
    return Table(source, headers, [Row(n, r) for n, r in enumerate(rows, start=2)])


def _refusal(*tables: Table, **options: object) -> str:
    with pytest.raises(ImportRefused) as refused:
        import_tables(tables, **options)  # type: ignore[arg-type]
    return str(refused.value)


def test_each_format_has_its_label() -> None:
    assert [f.label for f in ImportFormat] == [
        "Recognise automatically",
        "Establishment list",
        "Organogram (senior and junior CSVs)",
        "Visio-style list (Name, Reports_To, Title, Department)",
    ]


@pytest.mark.parametrize(
    ("headers", "found"),
    [
        ([LIST], ImportFormat.ESTABLISHMENT),
        ([VISIO], ImportFormat.VISIO),
        ([[*VISIO, "Grade"]], ImportFormat.VISIO),
        ([VISIO[:3]], ImportFormat.ESTABLISHMENT),
        ([LIST, SENIOR_HEADER], ImportFormat.ORGANOGRAM),
        ([JUNIOR_HEADER], ImportFormat.ORGANOGRAM),
        ([LIST, VISIO], ImportFormat.ESTABLISHMENT),
    ],
)
def test_the_format_is_told_by_the_headers(headers: list[list[str]], found: ImportFormat) -> None:
    assert detect_format([_table(h) for h in headers]) is found


def test_a_visio_list_without_ids_names_managers_by_name() -> None:
    table = _table(VISIO, ("Ann", "", "Director", "Adults"))
    assert default_mapping(table, ImportFormat.VISIO).field_of("Reports_To") is (
        Field.REPORTS_TO_NAME
    )
    assert default_mapping(table, ImportFormat.ESTABLISHMENT).field_of("Reports_To") is (
        Field.REPORTS_TO
    )
    first = _table(["Reports_To", "Name", "Title", "Department"], ("", "Ann", "Director", "A"))
    assert default_mapping(first, ImportFormat.VISIO).fields[0] is Field.REPORTS_TO_NAME
    with_ids = _table(["Unique_ID", *VISIO], ("1", "Ann", "", "Director", "Adults"))
    assert default_mapping(with_ids, ImportFormat.VISIO).field_of("Reports_To") is (
        Field.REPORTS_TO
    )


def test_a_visio_list_without_a_manager_column_keeps_its_mapping() -> None:
    table = _table(["Name", "Title"], ("Ann", "Director"))
    assert default_mapping(table, ImportFormat.VISIO) == recognise(table.headers)


def test_a_manager_column_its_values_do_not_bear_out_is_dropped_with_a_warning() -> None:
    rows = [(f"P{n}", "Officer", f"someone {n}") for n in range(10)]
    table = _table(["Post Number", "Job Title", "Supervisor Ref"], *rows)
    warnings: list[str] = []
    mapping = default_mapping(table, ImportFormat.ESTABLISHMENT, warnings)
    assert mapping.fields[2] is not Field.REPORTS_TO_REF
    assert len(warnings) == 1
    assert default_mapping(table, ImportFormat.ESTABLISHMENT) == mapping


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("adults_social-care.csv", "adults social care"),
        ("dir/Bury  Council.xlsx", "Bury Council"),
        ("_-_.csv", "Imported organisation"),
    ],
)
def test_the_default_organisation_is_the_files_name(source: str, name: str) -> None:
    assert default_organisation(_table(LIST, source=source)) == name


def test_an_import_names_its_proposal_and_organisation_from_the_file() -> None:
    result = import_tables([_table(LIST, ("P1", "Director", ""), source="bury_council.csv")])
    assert result.format is ImportFormat.ESTABLISHMENT
    assert result.report.format_name == "establishment"
    assert result.proposal.info.title == "Imported from bury_council.csv"
    assert [o.name for o in result.proposal.organisations.values()] == ["bury council"]
    assert result.mapping == recognise(LIST)


def test_an_import_takes_the_title_organisation_and_mapping_given() -> None:
    headers = ["Ref", "Role", "Boss", "Grade"]
    table = _table(headers, ("P1", "Director", "", "CO"), ("P2", "Head", "P1", "PO1"))
    given = ColumnMapping(
        tuple(headers), (Field.POST_REF, Field.TITLE, Field.REPORTS_TO_REF, Field.IGNORE)
    )
    result = import_tables(
        [table],
        ImportFormat.ESTABLISHMENT,
        mapping=given,
        overrides=["Grade=grade"],
        organisation="  Bury Council ",
        title="Adults 2026",
    )
    assert result.proposal.info.title == "Adults 2026"
    assert [o.name for o in result.proposal.organisations.values()] == ["Bury Council"]
    posts = {p.post_ref: p for p in result.proposal.posts.values()}
    assert posts["P2"].reports_to_id == posts["P1"].id
    assert posts["P2"].grade == "PO1"
    assert result.mapping is not None
    assert result.mapping.fields == (Field.POST_REF, Field.TITLE, Field.REPORTS_TO_REF, Field.GRADE)


def test_a_visio_list_without_ids_finds_managers_by_name() -> None:
    table = _table(VISIO, ("Ann", "", "Director", "Adults"), ("Bob", "Ann", "Head", "Adults"))
    result = import_tables([table])
    assert result.format is ImportFormat.VISIO
    titles = {p.title: p for p in result.proposal.posts.values()}
    assert titles["Head"].reports_to_id == titles["Director"].id


def test_no_tables_is_refused() -> None:
    assert _refusal() == "Name a file to import."


def test_two_tables_are_refused_unless_an_organogram() -> None:
    assert _refusal(_table(LIST), _table(LIST)) == (
        "Only the organogram format reads a second file (its junior posts); import the other "
        "file on its own."
    )


def test_an_organogram_pair_is_imported_without_a_mapping() -> None:
    senior = dict.fromkeys(SENIOR_HEADER, "")
    senior |= {"Post Unique Reference": "S1", "Job Title": "Director", "FTE": "1"}
    senior |= {"Reports to Senior Post": "XX", "Name": "Ann"}
    junior = dict.fromkeys(JUNIOR_HEADER, "")
    junior |= {"Reporting Senior Post": "S1", "Generic Job Title": "Officer"}
    junior |= {"Number of Posts in FTE": "2", "Grade": "SO1"}
    tables = [
        _table(JUNIOR_HEADER, tuple(junior.values()), source="junior.csv"),
        _table(SENIOR_HEADER, tuple(senior.values()), source="senior.csv"),
    ]
    seen: list[tuple[int, int]] = []
    result = import_tables(tables, title="Org", progress=lambda d, t: seen.append((d, t)) is None)
    assert (result.format, result.mapping) == (ImportFormat.ORGANOGRAM, None)
    assert result.proposal.info.title == "Org"
    assert result.report.format_name == "organogram"
    assert sorted((p.title, p.quantity) for p in result.proposal.posts.values()) == [
        ("Director", 1),
        ("Officer", 2),
    ]
    assert seen[-1] == (4, 4)


def test_an_organogram_takes_a_map_of_its_columns() -> None:
    senior = dict.fromkeys(SENIOR_HEADER, "")
    senior |= {"Post Unique Reference": "S1", "Job Title": "Director", "FTE": "1"}
    senior |= {"Reports to Senior Post": "XX", "Name": "Ann Lee", "Notes": "Interim"}
    table = _table(SENIOR_HEADER, tuple(senior.values()), source="senior.csv")
    [post] = import_tables([table], overrides=["Notes=title"]).proposal.posts.values()
    assert post.title == "Interim"


def test_an_organogram_map_naming_a_field_it_cannot_read_is_refused() -> None:
    senior = _table(SENIOR_HEADER, ("S1",) + ("",) * (len(SENIOR_HEADER) - 1))
    assert _refusal(senior, overrides=["Notes=cost_code"]).startswith(
        'An organogram has no "cost_code" to read'
    )


def test_the_progress_is_told_and_can_cancel() -> None:
    table = _table(LIST, ("P1", "Director", ""), ("P2", "Head", "P1"))
    seen: list[tuple[int, int]] = []
    import_tables([table], progress=lambda d, t: seen.append((d, t)) is None)
    assert seen == [(4, 4)]
    with pytest.raises(ImportCancelled):
        import_tables([table], progress=lambda d, t: False)


def test_the_collector_is_paused_during_an_import_and_back_after() -> None:
    states: list[bool] = []
    table = _table(LIST, ("P1", "Director", ""))
    import_tables([table], progress=lambda d, t: states.append(gc.isenabled()) is None)
    assert (states, gc.isenabled()) == ([False], True)


DATED = ["Snapshot Date", "Post Number", "Job Title"]


def _dated() -> Table:
    return _table(
        DATED,
        ("31/03/2024", "P1", "Director"),
        ("2023-03-31", "P1", "Director"),
        ("2023-03-31", "P2", "Head"),
    )


def test_the_latest_release_is_imported_unless_one_is_named() -> None:
    latest = import_tables([_dated()])
    assert (latest.report.releases, latest.report.release) == (
        ["2023-03-31", "2024-03-31"],
        "2024-03-31",
    )
    assert [p.post_ref for p in latest.proposal.posts.values()] == ["P1"]
    named = import_tables([_dated()], release="31/03/2023")
    assert named.report.release == "2023-03-31"
    assert sorted(p.post_ref for p in named.proposal.posts.values()) == ["P1", "P2"]


def test_every_release_can_be_its_own_scenario() -> None:
    result = import_tables([_dated()], releases=ReleaseMode.SCENARIOS)
    assert [s.name for s in result.proposal.scenarios.values()] == ["2023-03-31", "2024-03-31"]
    assert (result.report.releases, result.report.release) == (["2023-03-31", "2024-03-31"], "")


def test_a_release_and_every_release_together_are_refused() -> None:
    assert _refusal(_dated(), release="2024-03-31", releases=ReleaseMode.SCENARIOS) == (
        "Choose one release with --release, or every release with --releases scenarios."
    )


@pytest.mark.parametrize(
    "options", [{"release": "2024-03-31"}, {"releases": ReleaseMode.SCENARIOS}]
)
def test_releases_asked_of_a_file_without_dates_are_refused(options: dict[str, object]) -> None:
    assert _refusal(_table(LIST, ("P1", "Director", "")), **options) == (
        '"adults.csv" has no release or date column: say which one it is with --map COLUMN=release.'
    )


def test_a_blank_release_asked_of_a_file_without_dates_is_the_whole_file() -> None:
    result = import_tables([_table(LIST, ("P1", "Director", ""))], release="  ")
    assert [s.name for s in result.proposal.scenarios.values()] == ["As is"]
    assert result.report.releases == []


def test_files_are_read_and_imported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wigan.csv", [LIST, ["P1", "Director", ""]])
    result = import_files([path], organisation="Wigan Council")
    assert [p.post_ref for p in result.proposal.posts.values()] == ["P1"]
    assert result.proposal.info.title == "Imported from wigan.csv"


def test_up_to_sixty_files_are_taken_and_more_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wigan.csv", [LIST, ["P1", "Director", ""]])
    with pytest.raises(ImportRefused) as refused:
        import_files([path] * 61)
    assert str(refused.value) == (
        "Import one file, or an organogram's senior and junior files (at most 60)."
    )
    with pytest.raises(ImportRefused, match="Only the organogram format reads a second file"):
        import_files([path] * 60)


def _senior_rows(count: int) -> Table:
    rows = []
    for n in range(count):
        senior = dict.fromkeys(SENIOR_HEADER, "")
        senior |= {"Post Unique Reference": f"S{n}", "Job Title": "Officer", "FTE": "1"}
        senior |= {"Reports to Senior Post": "XX" if n == 0 else "S0"}
        rows.append(tuple(senior.values()))
    return _table(SENIOR_HEADER, *rows, source="senior.csv")


def test_an_organogram_without_dates_cannot_be_split_into_releases() -> None:
    assert _refusal(_senior_rows(1), releases=ReleaseMode.SCENARIOS) == (
        '"senior.csv" has no release or date column: say which one it is with --map COLUMN=release.'
    )


def test_the_progress_is_told_through_reading_and_placing_a_big_list() -> None:
    rows = [(f"P{n}", "Officer", "P0" if n else "") for n in range(600)]
    seen: list[tuple[int, int]] = []
    import_tables([_table(LIST, *rows)], progress=lambda d, t: seen.append((d, t)) is None)
    # 500 rows read, 1,000 rows read and placed, then the end.
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]


def test_the_progress_is_told_through_placing_a_big_organogram() -> None:
    seen: list[tuple[int, int]] = []
    import_tables([_senior_rows(600)], progress=lambda d, t: seen.append((d, t)) is None)
    # The rows are read in one step (600), then placed one by one.
    assert seen == [(600, 1200), (1100, 1200), (1200, 1200)]


def test_a_visio_list_without_ids_reports_its_mapping_by_name() -> None:
    table = _table(VISIO, ("Ann", "", "Director", "Adults"))
    result = import_tables([table])
    assert result.mapping is not None
    assert result.mapping.field_of("Reports_To") is Field.REPORTS_TO_NAME


def test_files_are_imported_with_every_option_given(tmp_path: Path) -> None:
    # Visio's headers, imported as an establishment list of its one 2023 release.
    headers = ["Name", "Reports_To", "Title", "Department", "Snapshot Date"]
    path = write_csv(
        tmp_path / "org.csv",
        [
            headers,
            ["Ann", "", "Director", "Adults", "2023-03-31"],
            ["Bob", "Director", "Head", "Adults", "2023-03-31"],
            ["Cy", "", "Chief", "Adults", "2024-03-31"],
        ],
    )
    given = recognise(headers).with_overrides(["Department=notes"])
    seen: list[tuple[int, int]] = []
    result = import_files(
        [path],
        ImportFormat.ESTABLISHMENT,
        mapping=given,
        overrides=["Name=ignore"],
        organisation="Bury Council",
        title="Adults then",
        release="2023-03-31",
        progress=lambda d, t: seen.append((d, t)) is None,
    )
    assert result.format is ImportFormat.ESTABLISHMENT
    assert result.proposal.info.title == "Adults then"
    assert result.report.release == "2023-03-31"
    assert result.mapping == given.with_overrides(["Name=ignore"])
    titles = {p.title: p for p in result.proposal.posts.values()}
    assert sorted(titles) == ["Director", "Head"]
    assert titles["Head"].reports_to_id == titles["Director"].id
    assert titles["Head"].notes == "Adults"
    assert seen == [(6, 6)]


def test_files_can_be_imported_release_by_release(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dated.csv", [DATED, ["2023-03-31", "P1", "Head"]])
    result = import_files([path], releases=ReleaseMode.SCENARIOS)
    assert [s.name for s in result.proposal.scenarios.values()] == ["2023-03-31"]
