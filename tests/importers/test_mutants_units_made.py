"""importers/units_made.py directly: each organisation and unit an import names is made once."""

from __future__ import annotations

from orgchart_app.domain import OrganisationKind, UnitKind, UnitStatus
from orgchart_app.domain.model import Unit
from orgchart_app.importers.builder import ImportBuilder
from orgchart_app.importers.units_made import UNPLACED, Organisations, Units


def _made(builder: ImportBuilder) -> list[tuple[str, UnitKind, str | None, UnitStatus]]:
    units = builder.proposal.units
    return [
        (u.name, u.kind, units[u.parent_id].name if u.parent_id else None, u.status)
        for u in units.values()
    ]


def _start() -> tuple[ImportBuilder, Organisations, Units, Units]:
    builder = ImportBuilder("Import")
    first, second = builder.scenario("As is"), builder.scenario("2024")
    return (
        builder,
        Organisations(builder, "Bury Council"),
        Units(builder, first),
        Units(builder, second),
    )


def test_organisations_are_made_once_each_whatever_their_case() -> None:
    builder, organisations, _, _ = _start()
    bury = organisations.get("Bury Council")
    assert organisations.get(" bury council ") == bury
    assert organisations.get("") == bury  # the default name
    nhs = organisations.get("NHS Bury")
    assert organisations.get("nhs bury") == nhs != bury
    made = builder.proposal.organisations
    assert [(o.name, o.kind) for o in made.values()] == [
        ("Bury Council", OrganisationKind.LOCAL_AUTHORITY),
        ("NHS Bury", OrganisationKind.NHS_BODY),
    ]


def test_the_default_organisation_takes_its_given_name() -> None:
    builder = ImportBuilder("Import")
    organisations = Organisations(builder, "Wigan Council")
    organisations.get("  ")
    assert [o.name for o in builder.proposal.organisations.values()] == ["Wigan Council"]


def test_a_path_is_made_under_the_organisations_root_once() -> None:
    builder, organisations, units, _ = _start()
    bury = organisations.get("Bury Council")
    path = (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM))
    care = units.at(bury, path)
    assert units.at(bury, tuple(path)) == care  # an equal path, not the same tuple
    assert (
        units.at(bury, (("ADULTS", UnitKind.DIRECTORATE),))
        == builder.proposal.units[care].parent_id
    )
    assert units.at(bury, ()) == units.root(bury)
    assert _made(builder) == [
        ("Bury Council", UnitKind.ORGANISATION, None, UnitStatus.IN_PLACE),
        ("Adults", UnitKind.DIRECTORATE, "Bury Council", UnitStatus.IN_PLACE),
        ("Care", UnitKind.TEAM, "Adults", UnitStatus.IN_PLACE),
    ]


def test_the_same_names_under_another_organisation_are_other_units() -> None:
    builder, organisations, units, _ = _start()
    bury, nhs = organisations.get("Bury Council"), organisations.get("NHS Bury")
    path = (("Care", UnitKind.TEAM),)
    assert units.at(bury, path) != units.at(nhs, path)
    assert [(name, parent) for name, _, parent, _ in _made(builder)] == [
        ("Bury Council", None),
        ("Care", "Bury Council"),
        ("NHS Bury", None),
        ("Care", "NHS Bury"),
    ]


def test_unplaced_is_one_team_to_be_confirmed_under_each_root() -> None:
    builder, organisations, units, _ = _start()
    bury = organisations.get("Bury Council")
    unplaced = units.unplaced(bury)
    assert units.unplaced(bury) == unplaced
    unit = builder.proposal.units[unplaced]
    assert (unit.name, unit.kind, unit.status, unit.parent_id) == (
        "Unplaced",
        UnitKind.TEAM,
        UnitStatus.TO_BE_CONFIRMED,
        units.root(bury),
    )
    assert unit.description == "Posts whose manager the imported file names but does not hold"
    assert unit.organisation_id == bury
    # A unit the file calls "Unplaced" is another unit.
    assert units.at(bury, (("Unplaced", UnitKind.TEAM),)) != unplaced


def _refs(builder: ImportBuilder) -> dict[tuple[int, str], str]:
    return {(u.scenario_id, u.name): u.unit_ref for u in builder.proposal.units.values()}


def test_each_scenarios_units_share_their_references_by_path() -> None:
    builder, organisations, first, second = _start()
    bury = organisations.get("Bury Council")
    path = (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM))
    first.at(bury, path)
    first.unplaced(bury)
    second.unplaced(bury)
    second.at(bury, path)
    units: list[Unit] = list(builder.proposal.units.values())
    assert [u.scenario_id for u in units] == [1, 1, 1, 1, 2, 2, 2, 2]
    by_scenario = _refs(builder)
    for name in ("Bury Council", "Adults", "Care", UNPLACED):
        assert by_scenario[1, name] == by_scenario[2, name], name
    assert len(set(by_scenario.values())) == 4


def test_every_unit_belongs_to_the_organisation_it_was_made_for() -> None:
    builder, organisations, units, _ = _start()
    bury, nhs = organisations.get("Bury Council"), organisations.get("NHS Bury")
    units.at(bury, (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)))
    units.unplaced(nhs)
    made = builder.proposal.units.values()
    assert [(u.name, u.organisation_id) for u in made] == [
        ("Bury Council", bury),
        ("Adults", bury),
        ("Care", bury),
        ("NHS Bury", nhs),
        ("Unplaced", nhs),
    ]


def test_a_unit_is_known_by_its_whole_path_not_its_name_alone() -> None:
    builder, organisations, units, _ = _start()
    bury = organisations.get("Bury Council")
    adults = units.at(bury, (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)))
    children = units.at(bury, (("Children", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)))
    top = units.at(bury, (("Care", UnitKind.TEAM),))
    assert len({adults, children, top}) == 3
    assert [(name, parent) for name, _, parent, _ in _made(builder)][1:] == [
        ("Adults", "Bury Council"),
        ("Care", "Adults"),
        ("Children", "Bury Council"),
        ("Care", "Children"),
        ("Care", "Bury Council"),
    ]
