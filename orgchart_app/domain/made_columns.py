"""A table's records kept with the columns they were made from, so a save can write the columns.

An import makes its 150,000 posts, postholders and provenance rows a column at a time; a save
would otherwise take each record apart again into the very same columns (a tenth of a second
at 50,000 posts). The columns stand for the table only while it holds those very records, in
that order: records are frozen, so a table whose values are the same objects holds the same
fields, and any edit (a record replaced, added, removed or moved) shows as another object.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class MadeColumns:
    """`records`, and for each field name the list of its values, record by record."""

    records: list[Any]
    columns: dict[str, list[Any]]

    def stands_for(self, records: Sequence[Any]) -> bool:
        """Whether `records` are these very records, in this order."""
        return len(records) == len(self.records) and all(map(operator.is_, records, self.records))

    def followed_by(self, more: MadeColumns) -> MadeColumns:
        """These records and then `more`'s (a second scenario's posts), columns joined."""
        return MadeColumns(
            self.records + more.records,
            {name: column + more.columns[name] for name, column in self.columns.items()},
        )
