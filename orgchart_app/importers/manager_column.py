"""Which column says who reports to whom: a header is only a hint, the values must bear it out.

A header such as "Reports" or "salaryCostOfReports" sounds like a manager column; taking a count
or an amount for one would place posts under strangers, so the values are checked against the
post numbers (and names and titles) the file holds.
"""

from __future__ import annotations

from orgchart_app.importers.columns import ColumnMapping
from orgchart_app.importers.fields import Field
from orgchart_app.importers.tables import Table
from orgchart_app.importers.values import all_as_written, clean

MANAGER_FIELDS = (Field.REPORTS_TO, Field.REPORTS_TO_REF, Field.REPORTS_TO_NAME)
# What each kind of manager column may name.
_NAMED_BY = {
    Field.REPORTS_TO: (Field.POST_REF, Field.HOLDER_NAME, Field.TITLE),
    Field.REPORTS_TO_REF: (Field.POST_REF,),
    Field.REPORTS_TO_NAME: (Field.HOLDER_NAME, Field.TITLE),
}
# At least this share of a column's distinct values must name a post for it to be the manager.
MATCHING_SHARE = 0.5
NO_MANAGER = (
    "No column says who each post reports to, so every post is placed at the top "
    "level; if one does, name it with --map 'COLUMN=reports_to' (or in the wizard)."
)


def checked(table: Table, mapping: ColumnMapping, warnings: list[str]) -> ColumnMapping:
    """`mapping` without the manager columns whose values are not post numbers, names or titles."""
    for field in MANAGER_FIELDS:
        column = mapping.index_of(field)
        if column < 0:
            continue
        values = _distinct(table, column)
        known: set[str] = set()
        matched = 0
        for named in _NAMED_BY[field]:
            known |= _distinct(table, mapping.index_of(named))
            matched = len(values & known)
            if matched >= MATCHING_SHARE * len(values):
                break  # borne out by post numbers alone, as most are: no need to read names
        if values and matched < MATCHING_SHARE * len(values):
            mapping = mapping.with_field(column, Field.IGNORE)
            warnings.append(
                f'Column "{mapping.headers[column]}" looks like the manager by its '
                f"name, but only {matched} of its {len(values)} different values are "
                "post numbers, names or titles in the file, so it was not taken for "
                "the manager."
            )
    return mapping


def warn_if_none(mapping: ColumnMapping, warnings: list[str]) -> None:
    if all(mapping.index_of(field) < 0 for field in MANAGER_FIELDS):
        warnings.append(NO_MANAGER)


def _distinct(table: Table, column: int) -> set[str]:
    if column < 0:
        return set()
    written = set(table.column(column))  # each different cell cleaned once
    written.discard("")
    if all_as_written(list(written)):
        # Post numbers, nearly all different: folded in one go (casefold folds each character
        # alone, and a printable cell holds no line break).
        return set("\n".join(written).casefold().split("\n")) if written else set()
    return {value.casefold() for cell in written if (value := clean(cell))}
