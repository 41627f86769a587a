"""The releases a file holds, for a designer that lets the user choose among them before importing.

The same releases, in the same order and with the same labels, as `--release` and
`--releases scenarios` choose from on the command line (releases.py, organogram_releases.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orgchart_app.importers.columns import ColumnMapping
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.organogram_releases import release_sizes
from orgchart_app.importers.releases import split
from orgchart_app.importers.run import ImportFormat
from orgchart_app.importers.tables import Table


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    """One release: its label (the ISO date where the cells are dates) and how many rows."""

    label: str
    rows: int


def releases_in(
    tables: Sequence[Table], import_format: ImportFormat, mapping: ColumnMapping | None
) -> list[ReleaseInfo]:
    """The releases of `tables` read as `import_format` through `mapping`, oldest first; [] when
    there is no release column, or when the files are refused (the import then says why)."""
    try:
        if import_format is ImportFormat.ORGANOGRAM:
            return [ReleaseInfo(label, rows) for label, rows in release_sizes(tables, ())]
    except ImportRefused:
        return []
    column = mapping.index_of(Field.RELEASE) if mapping is not None and tables else -1
    if column < 0:
        return []
    return [ReleaseInfo(r.label, len(r.rows)) for r in split(tables[0], column)]
