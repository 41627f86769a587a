"""Where an import's rows go: each row's employer, deployment, unit and notes."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from operator import attrgetter
from typing import Any

from orgchart_app.domain import OrganisationId
from orgchart_app.importers.progress import Progress
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.units_made import Organisations, Units

MISSING = -1  # a manager named in the file but not found in it
_LINES, _UNIT_PATH, _NOTES = attrgetter("lines"), attrgetter("unit_path"), attrgetter("notes")
_ORGANISATION, _DEPLOYED_TO = attrgetter("organisation"), attrgetter("deployed_to")
# A unit key's second half for the rows placed in Unplaced (any other is a path's id, >= 0).
_UNPLACED = -1


def placed(
    rows: Sequence[PostRow],
    managers: Sequence[int | None],
    organisations: Organisations,
    units: Units,
    progress: Progress,
) -> dict[str, list[Any]]:
    """Each row's employer, organisation deployed to, unit and notes, in the file's order (the
    organisations and units are made as the rows first name them). Each distinct organisation
    and unit is looked up once and the rows' ids are then mapped in C: the organisations are
    made in the order the rows name them (employer, then deployment), the units likewise, and
    neither depends on the other's order, so every id is as a row-by-row pass makes it."""
    progress.advance_each([len(lines) or 1 for lines in map(_LINES, rows)])  # file lines
    employer_names = list(map(_ORGANISATION, rows))
    deployed_names = list(map(_DEPLOYED_TO, rows))
    if any(deployed_names):
        # A blank deployment names no organisation: None keeps it out of the order.
        deployed_keys = [name or None for name in deployed_names]
        named = dict.fromkeys(chain.from_iterable(zip(employer_names, deployed_keys, strict=True)))
        named.pop(None, None)
    else:
        deployed_keys = [None] * len(rows)
        named = dict.fromkeys(employer_names)
    org_ids: dict[str | None, OrganisationId | None] = {
        name: organisations.get(name) for name in named if name is not None
    }
    org_ids[None] = None
    employers = list(map(org_ids.__getitem__, employer_names))
    deployments = list(map(org_ids.__getitem__, deployed_keys))
    # A deployed post works in, and sits in a unit of, the organisation it is deployed to.
    homes = [d or e for d, e in zip(deployments, employers, strict=True)]
    paths = list(map(_UNIT_PATH, rows))
    keys: list[tuple[Any, int]] = list(zip(homes, map(id, paths), strict=True))
    unplaced = _missing_rows(managers)
    for index in unplaced:
        keys[index] = (homes[index], _UNPLACED)
    path_of = dict(zip(map(id, paths), paths, strict=True))
    unit_of = {
        key: units.unplaced(key[0]) if key[1] == _UNPLACED else units.at(key[0], path_of[key[1]])
        for key in dict.fromkeys(keys)
    }
    notes = list(map("; ".join, map(_NOTES, rows)))
    for index in unplaced:
        row = rows[index]
        if row.unit_path:
            under = "In the file under: " + " > ".join(n for n, _ in row.unit_path)
            notes[index] = "; ".join([*row.notes, under])
    return {
        "employer_id": employers,
        "deployed_to_id": deployments,
        "unit_id": list(map(unit_of.__getitem__, keys)),
        "notes": notes,
    }


def _missing_rows(managers: Sequence[int | None]) -> list[int]:
    """The rows whose manager is named but not found: a few, found by scans in C."""
    found: list[int] = []
    index = _index(managers, MISSING, 0)
    while index >= 0:
        found.append(index)
        index = _index(managers, MISSING, index + 1)
    return found


def _index(values: Sequence[int | None], value: int, start: int) -> int:
    try:
        return values.index(value, start)
    except ValueError:
        return -1
