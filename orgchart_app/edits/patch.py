"""Patches: the record-level writes an edit makes, their exact inverse, and what they touched."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, cast

from orgchart_app.domain.ids import DottedLineId, OrganisationId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table


@dataclass(frozen=True, slots=True)
class Write:
    """Put `after` under `key` in `table`; `after=None` removes the record."""

    table: Table
    key: Hashable
    after: object | None


@dataclass(frozen=True, slots=True)
class RecordChange:
    table: Table
    key: Hashable
    before: object | None
    after: object | None
    # Where the record stood before it was removed, so undo puts it back in the same place.
    index: int

    def reversed(self) -> RecordChange:
        return RecordChange(self.table, self.key, self.after, self.before, self.index)


@dataclass(frozen=True, slots=True)
class Patch:
    """An applied list of record changes; its reverse is its exact undo."""

    changes: tuple[RecordChange, ...]

    def reversed(self) -> Patch:
        return Patch(tuple(change.reversed() for change in reversed(self.changes)))


@dataclass(frozen=True, slots=True)
class Changes:
    """What an edit touched, so each view refreshes only what it shows."""

    posts: frozenset[PostId] = field(default_factory=frozenset)
    units: frozenset[UnitId] = field(default_factory=frozenset)
    dotted_lines: frozenset[DottedLineId] = field(default_factory=frozenset)
    scenarios: frozenset[ScenarioId] = field(default_factory=frozenset)
    organisations: frozenset[OrganisationId] = field(default_factory=frozenset)
    # Pay scales, grades, on-cost rules, budget lines, postholders, proposal info.
    other_tables: frozenset[Table] = field(default_factory=frozenset)

    @property
    def structure(self) -> bool:
        """Something a chart draws changed (a pool's posts are marked "ring-fenced")."""
        return bool(
            self.posts
            or self.units
            or self.dotted_lines
            or self.scenarios
            or self.organisations
            or Table.POOLS in self.other_tables
        )

    @classmethod
    def of(cls, patch: Patch) -> Changes:
        keys: dict[Table, set[Any]] = {}
        for change in patch.changes:
            keys.setdefault(change.table, set()).add(change.key)
        named = (Table.POSTS, Table.UNITS, Table.DOTTED_LINES, Table.SCENARIOS, Table.ORGANISATIONS)
        return cls(
            posts=frozenset(keys.get(Table.POSTS, ())),
            units=frozenset(keys.get(Table.UNITS, ())),
            dotted_lines=frozenset(keys.get(Table.DOTTED_LINES, ())),
            scenarios=frozenset(keys.get(Table.SCENARIOS, ())),
            organisations=frozenset(keys.get(Table.ORGANISATIONS, ())),
            other_tables=frozenset(t for t in keys if t not in named),
        )


def scenarios_touched(proposal: Proposal, patch: Patch) -> frozenset[ScenarioId]:
    """The scenarios whose records `patch` wrote: a guard keeps edits off the ones not being edited."""
    touched: set[ScenarioId] = set()
    for change in patch.changes:
        if change.table == Table.SCENARIOS:
            touched.add(cast(ScenarioId, change.key))
        for record in (change.before, change.after):
            # An outcome, pool or consultation belongs to the proposed structure it decides.
            scenario = getattr(record, "scenario_id", None) or getattr(
                record, "to_scenario_id", None
            )
            post_id = getattr(record, "post_id", None)
            post = proposal.posts.get(post_id) if post_id is not None else None
            if scenario is None and post is not None:  # a postholder belongs to its post's scenario
                scenario = post.scenario_id
            if scenario is not None:
                touched.add(scenario)
    return frozenset(touched)


def apply_writes(proposal: Proposal, writes: list[Write]) -> Patch:
    return apply_patch(
        proposal, Patch(tuple(RecordChange(w.table, w.key, None, w.after, -1) for w in writes))
    )


def apply_patch(proposal: Proposal, patch: Patch) -> Patch:
    """Apply each change in turn; returns the patch as applied (with the real befores)."""
    applied: list[RecordChange] = []
    for change in patch.changes:
        if change.table is Table.INFO:
            header = proposal.info
            assert isinstance(change.after, ProposalInfo)  # a proposal always has its header
            proposal.info = change.after
            applied.append(RecordChange(Table.INFO, Table.INFO, header, change.after, 0))
            continue
        table: dict[Hashable, object] = proposal.records(change.table)
        before = table.get(change.key)
        index = _index_of(table, change.key) if before is not None else change.index
        if change.after is None:
            if before is not None:
                del table[change.key]
        elif before is not None:
            table[change.key] = change.after
        else:
            _insert_at(table, change.key, change.after, index)
        applied.append(RecordChange(change.table, change.key, before, change.after, index))
    return Patch(tuple(applied))


def _index_of(table: dict[Hashable, object], key: Hashable) -> int:
    for index, existing in enumerate(table):
        if existing == key:
            return index
    return len(table)


def _insert_at(table: dict[Hashable, object], key: Hashable, value: object, index: int) -> None:
    if index < 0 or index >= len(table):
        table[key] = value
        return
    items = list(table.items())
    items.insert(index, (key, value))
    table.clear()
    table.update(items)
