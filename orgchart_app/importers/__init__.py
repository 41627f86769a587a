"""Reading establishments in: CSV/XLSX lists, organograms, Visio-style lists."""

from orgchart_app.importers.columns import ColumnMapping, recognise
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.progress import ImportCancelled, ProgressCallback
from orgchart_app.importers.release_choice import ReleaseInfo, releases_in
from orgchart_app.importers.releases import ReleaseMode
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind, SourceCount
from orgchart_app.importers.run import (
    ImportFormat,
    ImportResult,
    default_mapping,
    detect_format,
    import_files,
    import_tables,
)
from orgchart_app.importers.tables import Table, read_table

__all__ = [
    "ColumnMapping",
    "Field",
    "ImportCancelled",
    "ImportFormat",
    "ImportRefused",
    "ImportReport",
    "ImportResult",
    "Problem",
    "ProblemKind",
    "ProgressCallback",
    "ReleaseInfo",
    "ReleaseMode",
    "SourceCount",
    "Table",
    "default_mapping",
    "detect_format",
    "import_files",
    "import_tables",
    "read_table",
    "recognise",
    "releases_in",
]
