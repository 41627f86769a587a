"""Import one or two files as a new proposal: pick the format, read the rows, build, report."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.collector import collector_paused
from orgchart_app.domain import Proposal
from orgchart_app.importers import manager_column, organogram
from orgchart_app.importers.assemble import AS_IS, assemble_scenarios
from orgchart_app.importers.columns import ColumnMapping, normalise, recognise
from orgchart_app.importers.establishment import read_establishment
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.long_text import shorten_long_texts
from orgchart_app.importers.organogram_columns import check_overrides
from orgchart_app.importers.organogram_releases import organogram_scenarios
from orgchart_app.importers.progress import Progress, ProgressCallback
from orgchart_app.importers.records import ManagerMatch
from orgchart_app.importers.releases import ReleaseMode, choose, split
from orgchart_app.importers.report import ImportReport
from orgchart_app.importers.tables import Table, read_table

# An organogram of one pair per release: a few years of quarterly releases.
MAX_FILES = 60
VISIO_HEADERS = frozenset({"name", "reports to", "title", "department"})


class ImportFormat(enum.Enum):
    AUTO = "auto"
    ESTABLISHMENT = "establishment"
    ORGANOGRAM = "organogram"
    VISIO = "visio"

    @property
    def label(self) -> str:
        return {
            "auto": "Recognise automatically",
            "establishment": "Establishment list",
            "organogram": "Organogram (senior and junior CSVs)",
            "visio": "Visio-style list (Name, Reports_To, Title, Department)",
        }[self.value]


@dataclass
class ImportResult:
    proposal: Proposal
    report: ImportReport
    format: ImportFormat
    # The column mapping used (establishment and Visio lists; None for organograms).
    mapping: ColumnMapping | None


def detect_format(tables: Sequence[Table]) -> ImportFormat:
    if any(organogram.is_senior(t.headers) or organogram.is_junior(t.headers) for t in tables):
        return ImportFormat.ORGANOGRAM
    if VISIO_HEADERS <= {normalise(h) for h in tables[0].headers}:
        return ImportFormat.VISIO
    return ImportFormat.ESTABLISHMENT


def default_mapping(
    table: Table, import_format: ImportFormat, warnings: list[str] | None = None
) -> ColumnMapping:
    """The columns recognised by header, less a manager column its values do not bear out."""
    mapping = manager_column.checked(
        table, recognise(table.headers), [] if warnings is None else warnings
    )
    if import_format is ImportFormat.VISIO and mapping.index_of(Field.POST_REF) < 0:
        # Without its Unique_ID column, a Visio list names managers by the Name column.
        reports = mapping.index_of(Field.REPORTS_TO)
        if reports >= 0:
            mapping = mapping.with_field(reports, Field.REPORTS_TO_NAME)
    return mapping


def default_organisation(table: Table) -> str:
    stem = Path(table.source).stem.replace("_", " ").replace("-", " ")
    return " ".join(stem.split()) or "Imported organisation"


def import_tables(
    tables: Sequence[Table],
    import_format: ImportFormat = ImportFormat.AUTO,
    *,
    mapping: ColumnMapping | None = None,
    overrides: Iterable[str] = (),
    organisation: str = "",
    title: str = "",
    release: str = "",
    releases: ReleaseMode = ReleaseMode.ONE,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Build a new proposal from tables already read; problems go in the result's report.

    `progress` is told (rows done, rows in all) as the import goes; a False from it cancels
    the import (ImportCancelled) before anything is made.
    """
    with collector_paused():
        result = _import_tables(
            tables,
            import_format,
            mapping,
            overrides,
            organisation,
            title,
            (release, releases),
            progress,
        )
        shorten_long_texts(result.proposal, result.report)
        return result


def _import_tables(
    tables: Sequence[Table],
    import_format: ImportFormat,
    mapping: ColumnMapping | None,
    overrides: Iterable[str],
    organisation: str,
    title: str,
    wanted: tuple[str, ReleaseMode],
    progress: ProgressCallback | None,
) -> ImportResult:
    release, releases = wanted
    if not tables:
        raise ImportRefused("Name a file to import.")
    counter = Progress(progress, sum(len(t.rows) for t in tables))
    if import_format is ImportFormat.AUTO:
        import_format = detect_format(tables)
    report = ImportReport(format_name=import_format.value)
    organisation = organisation.strip() or default_organisation(tables[0])
    title = title or f"Imported from {tables[0].source}"
    if import_format is ImportFormat.ORGANOGRAM:
        overrides = list(overrides)
        check_overrides(tables, overrides)
        scenarios = organogram_scenarios(tables, report, overrides, release, releases)
        counter.advance(sum(len(t.rows) for t in tables))
        proposal = assemble_scenarios(scenarios, report, title, organisation, counter)
        counter.finish()
        return ImportResult(proposal, report, import_format, None)
    if len(tables) > 1:
        raise ImportRefused(
            "Only the organogram format reads a second file (its junior posts); "
            "import the other file on its own."
        )
    table = tables[0]
    if mapping is None:
        mapping = default_mapping(table, import_format, report.warnings)
    mapping = mapping.with_overrides(overrides)
    manager_column.warn_if_none(mapping, report.warnings)
    match = (
        ManagerMatch.NAME
        if import_format is ImportFormat.VISIO and mapping.index_of(Field.POST_REF) < 0
        else None
    )
    scenarios = [
        (name, read_establishment(part, mapping, report, match, counter))
        for name, part in _releases(table, mapping, report, release, releases)
    ]
    proposal = assemble_scenarios(scenarios, report, title, organisation, counter)
    counter.finish()
    return ImportResult(proposal, report, import_format, mapping)


def _releases(
    table: Table, mapping: ColumnMapping, report: ImportReport, wanted: str, mode: ReleaseMode
) -> list[tuple[str, Table]]:
    """The scenarios to make, each with its rows: the release(s) asked for, or the whole file."""
    column = mapping.index_of(Field.RELEASE)
    if column < 0:
        if wanted.strip() or mode is ReleaseMode.SCENARIOS:
            raise ImportRefused(
                f'"{table.source}" has no release or date column: say which one it is '
                "with --map COLUMN=release."
            )
        return [(AS_IS, table)]
    if wanted.strip() and mode is ReleaseMode.SCENARIOS:
        raise ImportRefused(
            "Choose one release with --release, or every release with --releases scenarios."
        )
    found = split(table, column)
    report.releases = [r.label for r in found]
    if mode is ReleaseMode.SCENARIOS:
        return [(r.label, r.table(table)) for r in found]
    chosen = choose(found, wanted)
    report.release = chosen.label
    return [(AS_IS, chosen.table(table))]


def import_files(
    paths: Sequence[str | Path],
    import_format: ImportFormat = ImportFormat.AUTO,
    *,
    mapping: ColumnMapping | None = None,
    overrides: Iterable[str] = (),
    organisation: str = "",
    title: str = "",
    release: str = "",
    releases: ReleaseMode = ReleaseMode.ONE,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Read and import `paths` (one file, or an organogram's senior and junior files: one pair,
    or one pair per release)."""
    if len(paths) > MAX_FILES:
        raise ImportRefused(
            f"Import one file, or an organogram's senior and junior files (at most {MAX_FILES})."
        )
    # The tables' rows and the proposal are hundreds of thousands of objects, all kept: paused
    # over both steps, the collector never walks the rows (unpaused between the steps, its next
    # pass would take every row made meanwhile, all still alive).
    with collector_paused():
        tables = [read_table(p) for p in paths]
        return import_tables(
            tables,
            import_format,
            mapping=mapping,
            overrides=overrides,
            organisation=organisation,
            title=title,
            release=release,
            releases=releases,
            progress=progress,
        )
