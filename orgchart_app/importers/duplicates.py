"""A manager's post number held by several rows: pick the row the evidence points to, and say why.

Real organograms reuse a reference (the top post's, say, for a regional director). Sending every
report to the first such row made cycles, and cutting them made a stranger the head of everything.
"""

from __future__ import annotations

from collections.abc import Sequence

from orgchart_app.importers.grade_rank import nearest_above
from orgchart_app.importers.records import PostRow


def choose(
    rows: Sequence[PostRow], reporter: PostRow, candidates: Sequence[int]
) -> tuple[int, str]:
    """The candidate row `reporter` most likely reports to, and the evidence in a few words."""
    fitting = [
        i for i in candidates if rows[i] is not reporter and not _reports_back(rows[i], reporter)
    ]
    if len(fitting) == 1 and len(candidates) > 1:
        return fitting[0], "the other rows with that number report to this post"
    pool = fitting or list(candidates)
    same_unit = [i for i in pool if reporter.unit_path and _unit(rows[i]) == _unit(reporter)]
    if len(same_unit) == 1:
        return same_unit[0], "it is in the same unit"
    above = nearest_above(reporter.grade, [(i, rows[i].grade) for i in same_unit or pool])
    if above is not None:
        unit = " in the same unit" if same_unit else ""
        return above, (
            f"its grade ({rows[above].grade}) is the nearest above this post's "
            f"({reporter.grade}){unit}"
        )
    if same_unit:
        return same_unit[0], "it is in the same unit"
    top = [i for i in pool if not rows[i].reports_to.strip()]
    if top:
        return top[0], "it is the top post, and this post is in none of the others' units"
    return pool[0], "it comes first in the file; nothing else told the rows apart"


def _reports_back(candidate: PostRow, reporter: PostRow) -> bool:
    # Placing the reporter under a row that itself reports to the reporter would close a cycle.
    return bool(reporter.ref) and candidate.reports_to.strip().casefold() == reporter.ref.casefold()


def _unit(row: PostRow) -> tuple[str, tuple[str, ...]]:
    return row.organisation.casefold(), tuple(name.casefold() for name, _ in row.unit_path)


def where(row: PostRow) -> str:
    return f"{row.source} line {row.line}"
