"""importers/places.py: each distinct organisation and unit is looked up once, yet every row's
employer, deployment, unit and notes, and every organisation and unit made (their ids in order),
are what a pass a row at a time makes (the reference below is that pass, as the import had it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.domain import UnitKind
from orgchart_app.importers.builder import ImportBuilder
from orgchart_app.importers.places import MISSING, placed
from orgchart_app.importers.progress import Progress
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.units_made import Organisations, Units

_PATHS = [
    (),
    (("Adults", UnitKind.DIRECTORATE),),
    (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)),
    (("adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)),
    (("Children", UnitKind.DEPARTMENT),),
]
_NAMES = ["", "Bury Council", "bury council", "NHS Bury CCG", " ", "Trafford"]


def _row_by_row(
    rows: Sequence[PostRow],
    managers: Sequence[int | None],
    organisations: Organisations,
    units: Units,
    progress: Progress,
) -> dict[str, list[Any]]:
    employers, deployments, unit_ids, notes = [], [], [], []
    for row, manager in zip(rows, managers, strict=True):
        progress.advance(len(row.lines) or 1)
        org_id = organisations.get(row.organisation)
        deployed_id = organisations.get(row.deployed_to) if row.deployed_to else None
        home = deployed_id or org_id
        if manager == MISSING:
            unit_id, row_notes = units.unplaced(home), list(row.notes)
            if row.unit_path:
                row_notes.append("In the file under: " + " > ".join(n for n, _ in row.unit_path))
        else:
            unit_id, row_notes = units.at(home, row.unit_path), row.notes
        employers.append(org_id)
        deployments.append(deployed_id)
        unit_ids.append(unit_id)
        notes.append("; ".join(row_notes))
    return {
        "employer_id": employers,
        "deployed_to_id": deployments,
        "unit_id": unit_ids,
        "notes": notes,
    }


_rows = st.lists(
    st.tuples(
        st.sampled_from(_NAMES),
        st.sampled_from(_NAMES),
        st.integers(0, len(_PATHS) - 1),
        st.lists(st.sampled_from(["a note", "Was 0.5 FTE", ""]), max_size=2),
        st.sampled_from([None, 0, MISSING]),
        st.integers(0, 3),
    ),
    max_size=40,
)


def _place(spec: list[Any], each: bool) -> tuple[object, ...]:
    # The paths are shared between rows, as the establishment reader shares them, but a copy
    # (equal, not the same tuple) comes in too, as another format's rows may bring.
    rows = [
        PostRow(
            "f.csv",
            n + 2,
            f"P{n}",
            "Officer",
            _PATHS[path] if n % 3 else tuple(list(_PATHS[path])),
            organisation=employer,
            deployed_to=deployed,
            notes=list(notes),
            lines=tuple(range(lines)),
        )
        for n, (employer, deployed, path, notes, _, lines) in enumerate(spec)
    ]
    managers = [manager for *_, manager, _ in spec]
    builder = ImportBuilder("t")
    scenario = builder.scenario("As is")
    told: list[int] = []
    progress = Progress(lambda done, total: told.append(done) is None, 30, passes=1)
    place = placed if each else _row_by_row
    found = place(
        rows, managers, Organisations(builder, "Default"), Units(builder, scenario), progress
    )
    return found, builder.proposal.organisations, builder.proposal.units, told


@settings(max_examples=300, deadline=None)
@given(_rows)
def test_placing_by_distinct_values_agrees_with_placing_row_by_row(spec: list[Any]) -> None:
    assert _place(spec, each=True) == _place(spec, each=False)


def test_a_deployment_and_an_unplaced_post_in_one_list() -> None:
    spec = [
        ("Bury Council", "", 2, ["a note"], None, 0),
        ("Bury Council", "NHS Bury CCG", 1, [], 0, 0),
        ("Trafford", "", 2, ["kept"], MISSING, 0),
        ("", "", 0, [], 0, 0),
    ]
    found, organisations, units, _ = _place(spec, each=True)
    assert [o.name for o in organisations.values()] == [
        "Bury Council",
        "NHS Bury CCG",
        "Trafford",
        "Default",
    ]
    assert found == {
        "employer_id": [1, 1, 3, 4],
        "deployed_to_id": [None, 2, None, None],
        "unit_id": [3, 5, 7, 8],
        "notes": ["a note", "", "kept; In the file under: Adults > Care", ""],
    }
    assert [(u.id, u.name, u.organisation_id) for u in units.values()] == [
        (1, "Bury Council", 1),
        (2, "Adults", 1),
        (3, "Care", 1),
        (4, "NHS Bury CCG", 2),
        (5, "Adults", 2),
        (6, "Trafford", 3),
        (7, "Unplaced", 3),
        (8, "Default", 4),
    ]
