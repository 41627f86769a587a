"""An organogram's columns by header, and --map on an organogram pair."""

from __future__ import annotations

from collections.abc import Sequence

from orgchart_app.importers.columns import field_named, mapping_parts, normalise, recognise
from orgchart_app.importers.fields import SYNONYMS, Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table
from orgchart_app.importers.values import clean

__all__ = ["Columns", "check_overrides"]

# The headers an organogram reader looks for, by the field --map names.
_READ_AS: dict[Field, tuple[str, ...]] = {
    Field.POST_REF: ("post unique reference",),
    Field.HOLDER_NAME: ("name",),
    Field.GRADE: ("grade or equivalent", "grade"),
    Field.TITLE: ("job title", "generic job title"),
    Field.REPORTS_TO: ("reports to senior post", "reporting senior post"),
    Field.REPORTS_TO_REF: ("reports to senior post", "reporting senior post"),
    Field.ORGANISATION: ("organisation",),
    Field.TEAM: ("unit",),
    Field.FTE: ("fte", "number of posts in fte"),
    Field.NOTES: ("notes",),
    Field.RELEASE: SYNONYMS[Field.RELEASE],
}


def check_overrides(tables: Sequence[Table], overrides: Sequence[str]) -> None:
    """Every --map names a column of one of the files and a field an organogram reads."""
    for text in overrides:
        column, _, name = mapping_parts(text)
        field = field_named(name or "ignore")
        if field is not Field.IGNORE and field not in _READ_AS:
            known = ", ".join(sorted({f.value for f in _READ_AS}))
            raise ImportRefused(
                f'An organogram has no "{field.value}" to read: --map there takes {known} '
                "or ignore."
            )
        if not any(_has_column(t, column) for t in tables):
            recognise(tables[0].headers).with_overrides([text])  # refuses, naming the columns


def _has_column(table: Table, header: str) -> bool:
    try:
        recognise(table.headers).column(header)
    except ImportRefused:
        return False
    return True


class Columns:
    """A row's cells by the organogram header the readers ask for, after any --map."""

    def __init__(self, table: Table, overrides: Sequence[str] = ()) -> None:
        self._index = {normalise(h): i for i, h in reversed(list(enumerate(table.headers)))}
        mapping = recognise(table.headers)
        for text in overrides:
            header, _, name = mapping_parts(text)
            if not _has_column(table, header):
                continue  # a column of the other file of the pair
            column = mapping.column(header)
            self._index = {k: i for k, i in self._index.items() if i != column}
            for wanted in _READ_AS.get(field_named(name or "ignore"), ()):
                self._index[wanted] = column

    def release_column(self) -> int:
        """The column saying which release a row is of (a date), or -1."""
        return next((self._index[n] for n in _READ_AS[Field.RELEASE] if n in self._index), -1)

    def get(self, row: Row, *names: str) -> str:
        for name in names:
            if name in self._index:
                return clean(row.cell(self._index[name]))
        return ""
