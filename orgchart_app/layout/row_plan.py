"""Where rows of blocks wrap, decided once and kept: relayouts after an edit move little.

A manager's reports (or a unit's posts, or its sub-units) wider than wrap_width wrap into rows.
Decided afresh from widths, one team growing by a few points can send other teams to another
row, or across a manager's trunk line, a thousand points from where the user left them. So each
layout records its decisions (a RowPlan: per wrapping place, the rows of its blocks by key, and
how many of each row sit left of the trunk), and a relayout may be given the previous plan:
every block it knows keeps its row and side, a new block joins the one before it, and only a
row grown half as wide again as wrap_width is decided afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

# A row: its blocks' keys, in order, and how many of them sit left of the manager's trunk.
Row = tuple[tuple[str, ...], int]
Item = TypeVar("Item")

KEPT_ROW_STRETCH = 1.5  # a kept row may grow to this many wrap_widths before rows are redone


@dataclass(frozen=True, eq=False, slots=True)
class RowPlan:
    """The rows of each wrapping place of a layout, by the place's key."""

    rows: Mapping[str, tuple[Row, ...]] = field(default_factory=dict)


NO_PLAN = RowPlan()


def merged(*plans: RowPlan) -> RowPlan:
    """One plan for several layouts (the two sides of a comparison): their places never clash,
    being named by post, unit or scenario id."""
    return RowPlan({place: rows for plan in plans for place, rows in plan.rows.items()})


class Rows:
    """Decides each place's rows, from the kept plan where it still fits, and records them."""

    def __init__(self, kept: RowPlan, wrap_width: float) -> None:
        self.kept = kept.rows
        self.wrap_width = wrap_width
        self.made: dict[str, tuple[Row, ...]] = {}

    def plan(self) -> RowPlan:
        return RowPlan(self.made)

    def decide(
        self,
        place: str,
        items: Sequence[Item],
        keys: Sequence[str],
        width: Callable[[Sequence[Item]], float],
        fresh: Callable[[], list[tuple[list[Item], int]]],
    ) -> list[tuple[list[Item], int]]:
        """The rows of `items` (each with how many sit left of the trunk): the kept ones when
        the place was laid out before and no row would grow too wide, else `fresh()`."""
        rows = self._kept_rows(place, items, keys)
        if rows is None or any(width(row) > self._limit() for row, _left in rows if len(row) > 1):
            rows = fresh()
        if len(rows) == 1 and len(rows[0][0]) == len(items) == len(keys):
            # One row of every item (in their order, as rows are): most places, quickly.
            self.made[place] = ((tuple(keys), rows[0][1]),)
            return rows
        by_item = {id(item): key for item, key in zip(items, keys, strict=True)}
        self.made[place] = tuple(
            (tuple(by_item[id(item)] for item in row), left) for row, left in rows
        )
        return rows

    def _limit(self) -> float:
        return self.wrap_width * KEPT_ROW_STRETCH if self.wrap_width > 0 else float("inf")

    def _kept_rows(
        self, place: str, items: Sequence[Item], keys: Sequence[str]
    ) -> list[tuple[list[Item], int]] | None:
        kept = self.kept.get(place)
        if not kept:
            return None
        where = {
            key: (index, position < left)
            for index, (row_keys, left) in enumerate(kept)
            for position, key in enumerate(row_keys)
        }
        known = [where.get(key) for key in keys]
        if not any(known):
            return None
        # A block new here joins the one before it (the first, the one after it).
        first = next(spot for spot in known if spot is not None)
        spots: list[tuple[int, bool]] = []
        for spot in known:
            spots.append(spot if spot is not None else (spots[-1] if spots else first))
        rows: list[tuple[list[Item], int]] = []
        for index in range(len(kept)):
            row = [item for item, spot in zip(items, spots, strict=True) if spot[0] == index]
            if row:
                left = sum(1 for spot in spots if spot == (index, True))
                rows.append((row, left))
        return rows
