"""The organisations and units an import makes as its rows name them, each made once."""

from __future__ import annotations

from orgchart_app.domain import OrganisationId, ScenarioId, UnitId, UnitKind, UnitStatus
from orgchart_app.importers.builder import ImportBuilder, organisation_kind

UNPLACED = "Unplaced"


class Units:
    """Units made on demand: one root per organisation, the column path below it, and Unplaced."""

    def __init__(self, builder: ImportBuilder, scenario_id: ScenarioId) -> None:
        self._builder = builder
        self._scenario_id = scenario_id
        self._known: dict[tuple[OrganisationId, tuple[str, ...]], UnitId] = {}
        self._unplaced: dict[OrganisationId, UnitId] = {}
        self._paths: dict[tuple[OrganisationId, tuple[tuple[str, UnitKind], ...]], UnitId] = {}
        self._seen: dict[tuple[OrganisationId, int], tuple[object, UnitId]] = {}

    def root(self, org_id: OrganisationId) -> UnitId:
        key = (org_id, ())
        if key not in self._known:
            name = self._builder.proposal.organisations[org_id].name
            self._known[key] = self._builder.unit(
                self._scenario_id, name, UnitKind.ORGANISATION, org_id, None, ref_key=key
            )
        return self._known[key]

    def at(self, org_id: OrganisationId, path: tuple[tuple[str, UnitKind], ...]) -> UnitId:
        # Thousands of rows name the same few paths: each is walked once. The rows of a file
        # share one tuple per path, so it is first looked up by identity (hashing the path
        # hashes its UnitKinds, in Python); the memo holds each path, so no identity is reused.
        seen = self._seen.get((org_id, id(path)))
        if seen is not None:
            return seen[1]
        unit_id = self._paths.get((org_id, path))
        if unit_id is None:
            unit_id = self._paths[org_id, path] = self._walk(org_id, path)
        self._seen[org_id, id(path)] = (path, unit_id)
        return unit_id

    def _walk(self, org_id: OrganisationId, path: tuple[tuple[str, UnitKind], ...]) -> UnitId:
        unit_id = self.root(org_id)
        names: tuple[str, ...] = ()
        for name, kind in path:
            names += (name.casefold(),)
            key = (org_id, names)
            if key not in self._known:
                self._known[key] = self._builder.unit(
                    self._scenario_id, name, kind, org_id, unit_id, ref_key=key
                )
            unit_id = self._known[key]
        return unit_id

    def unplaced(self, org_id: OrganisationId) -> UnitId:
        if org_id not in self._unplaced:
            self._unplaced[org_id] = self._builder.unit(
                self._scenario_id,
                UNPLACED,
                UnitKind.TEAM,
                org_id,
                self.root(org_id),
                UnitStatus.TO_BE_CONFIRMED,
                description="Posts whose manager the imported file names but does not hold",
                ref_key=(org_id, (UNPLACED, "")),
            )
        return self._unplaced[org_id]


class Organisations:
    def __init__(self, builder: ImportBuilder, default_name: str) -> None:
        self._builder = builder
        self._default_name = default_name
        self._ids: dict[str, OrganisationId] = {}
        self._by_text: dict[str, OrganisationId] = {}  # as written, before folding

    def get(self, name: str) -> OrganisationId:
        found = self._by_text.get(name)
        if found is None:
            found = self._by_text[name] = self._get(name)
        return found

    def _get(self, name: str) -> OrganisationId:
        name = name.strip() or self._default_name
        key = name.casefold()
        if key not in self._ids:
            self._ids[key] = self._builder.organisation(name, organisation_kind(name))
        return self._ids[key]
