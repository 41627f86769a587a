"""The proposal: every record of one file, held in memory, with the lookups views need."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, overload

from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.errors import AmbiguousName, NotFound
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import (
    BudgetLineId,
    ConsultationId,
    DocumentId,
    DottedLineId,
    GradeId,
    OnCostRuleId,
    OrganisationId,
    OutcomeId,
    PayScaleId,
    PoolId,
    PostholderId,
    PostId,
    ProvenanceId,
    RecommendationItemId,
    ScenarioId,
    UnitId,
)
from orgchart_app.domain.made_columns import MadeColumns
from orgchart_app.domain.model import (
    BudgetLine,
    DottedLine,
    Grade,
    OnCostRule,
    Organisation,
    PayPoint,
    PayScale,
    Post,
    Postholder,
    ProposalInfo,
    Scenario,
    Unit,
)
from orgchart_app.domain.outcomes import Consultation, Outcome, Pool, default_consultation
from orgchart_app.domain.provenance import ENTERED_IDS_FROM, Document, Provenance
from orgchart_app.domain.tables import RECORD_TABLES, Table

PayPointKey = tuple[PayScaleId, str, int]
_Node = TypeVar("_Node", Post, Unit)


@dataclass
class Proposal:
    info: ProposalInfo = field(default_factory=ProposalInfo)
    organisations: dict[OrganisationId, Organisation] = field(default_factory=dict)
    scenarios: dict[ScenarioId, Scenario] = field(default_factory=dict)
    units: dict[UnitId, Unit] = field(default_factory=dict)
    posts: dict[PostId, Post] = field(default_factory=dict)
    postholders: dict[PostholderId, Postholder] = field(default_factory=dict)
    dotted_lines: dict[DottedLineId, DottedLine] = field(default_factory=dict)
    pay_scales: dict[PayScaleId, PayScale] = field(default_factory=dict)
    pay_points: dict[PayPointKey, PayPoint] = field(default_factory=dict)
    grades: dict[GradeId, Grade] = field(default_factory=dict)
    on_cost_rules: dict[OnCostRuleId, OnCostRule] = field(default_factory=dict)
    budget_lines: dict[BudgetLineId, BudgetLine] = field(default_factory=dict)
    recommendation_items: dict[RecommendationItemId, RecommendationItem] = field(
        default_factory=dict
    )
    pools: dict[PoolId, Pool] = field(default_factory=dict)
    outcomes: dict[OutcomeId, Outcome] = field(default_factory=dict)
    consultations: dict[ConsultationId, Consultation] = field(default_factory=dict)
    documents: dict[DocumentId, Document] = field(default_factory=dict)
    provenance: dict[ProvenanceId, Provenance] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Not a field (every field is a table of the file): what an import made its big tables
        # from, for the first save to write (domain/made_columns.py).
        self.made_columns: dict[Table, MadeColumns] = {}

    def records(self, table: Table) -> dict[Any, Any]:
        """One table's records, for code that treats every table alike (patches, files)."""
        tables: dict[Table, dict[Any, Any]] = {
            Table.ORGANISATIONS: self.organisations,
            Table.SCENARIOS: self.scenarios,
            Table.UNITS: self.units,
            Table.POSTS: self.posts,
            Table.POSTHOLDERS: self.postholders,
            Table.DOTTED_LINES: self.dotted_lines,
            Table.PAY_SCALES: self.pay_scales,
            Table.PAY_POINTS: self.pay_points,
            Table.GRADES: self.grades,
            Table.ON_COST_RULES: self.on_cost_rules,
            Table.BUDGET_LINES: self.budget_lines,
            Table.RECOMMENDATION_ITEMS: self.recommendation_items,
            Table.POOLS: self.pools,
            Table.OUTCOMES: self.outcomes,
            Table.CONSULTATIONS: self.consultations,
            Table.DOCUMENTS: self.documents,
            Table.PROVENANCE: self.provenance,
        }
        return tables[table]

    def snapshot(self) -> tuple[object, ...]:
        """Everything, order included: two proposals with equal snapshots are the same file."""
        return (self.info,) + tuple(tuple(self.records(t).items()) for t in RECORD_TABLES)

    def copy(self) -> Proposal:
        # Records are immutable, so copying the dicts is a full copy.
        return Proposal(info=self.info, **{t.value: dict(self.records(t)) for t in RECORD_TABLES})

    # Each table's next id in its own id type, so a new post id is a PostId, never a bare int.
    @overload
    def next_id(self, table: Literal[Table.ORGANISATIONS]) -> OrganisationId: ...
    @overload
    def next_id(self, table: Literal[Table.SCENARIOS]) -> ScenarioId: ...
    @overload
    def next_id(self, table: Literal[Table.UNITS]) -> UnitId: ...
    @overload
    def next_id(self, table: Literal[Table.POSTS]) -> PostId: ...
    @overload
    def next_id(self, table: Literal[Table.POSTHOLDERS]) -> PostholderId: ...
    @overload
    def next_id(self, table: Literal[Table.DOTTED_LINES]) -> DottedLineId: ...
    @overload
    def next_id(self, table: Literal[Table.PAY_SCALES]) -> PayScaleId: ...
    @overload
    def next_id(self, table: Literal[Table.GRADES]) -> GradeId: ...
    @overload
    def next_id(self, table: Literal[Table.ON_COST_RULES]) -> OnCostRuleId: ...
    @overload
    def next_id(self, table: Literal[Table.BUDGET_LINES]) -> BudgetLineId: ...
    @overload
    def next_id(self, table: Literal[Table.RECOMMENDATION_ITEMS]) -> RecommendationItemId: ...
    @overload
    def next_id(self, table: Literal[Table.POOLS]) -> PoolId: ...
    @overload
    def next_id(self, table: Literal[Table.OUTCOMES]) -> OutcomeId: ...
    @overload
    def next_id(self, table: Literal[Table.CONSULTATIONS]) -> ConsultationId: ...
    @overload
    def next_id(self, table: Literal[Table.DOCUMENTS]) -> DocumentId: ...
    @overload
    def next_id(self, table: Literal[Table.PROVENANCE]) -> ProvenanceId: ...
    def next_id(self, table: Table) -> int:
        ids = self.records(table)
        if table is Table.PROVENANCE:  # ids from entered_id() are not in the sequence
            return max((i for i in ids if i < ENTERED_IDS_FROM), default=0) + 1
        return max(ids, default=0) + 1

    # --- scenarios -----------------------------------------------------------------------
    def scenario_named(self, name: str) -> Scenario:
        for scenario in self.scenarios.values():
            if scenario.name == name:
                return scenario
        for scenario in self.scenarios.values():
            if scenario.name.casefold() == name.casefold():
                return scenario
        known = ", ".join(f'"{s.name}"' for s in self.scenarios.values()) or "none"
        raise NotFound(f'There is no scenario called "{shown(name)}" (scenarios: {known}).')

    def organisation_named(self, name: str) -> Organisation:
        for organisation in self.organisations.values():
            if name.casefold() in (
                organisation.name.casefold(),
                organisation.short_name.casefold(),
            ):
                return organisation
        raise NotFound(f'There is no organisation called "{shown(name)}".')

    # --- records of one scenario ------------------------------------------------------------
    def posts_in(self, scenario_id: ScenarioId) -> list[Post]:
        return [p for p in self.posts.values() if p.scenario_id == scenario_id]

    def units_in(self, scenario_id: ScenarioId) -> list[Unit]:
        return [u for u in self.units.values() if u.scenario_id == scenario_id]

    def dotted_lines_in(self, scenario_id: ScenarioId) -> list[DottedLine]:
        return [d for d in self.dotted_lines.values() if d.scenario_id == scenario_id]

    def unit_called(self, scenario_id: ScenarioId, text: str) -> Unit:
        """A unit by its reference (U-12) or its name, as a user types it (changes sheets, the
        command line, picture exports); a name two units share (two employers' "Care" teams) is
        refused rather than taken as the first."""
        wanted = text.strip().casefold()
        units = self.units_in(scenario_id)
        found = [u for u in units if u.unit_ref.casefold() == wanted] or [
            u for u in units if u.name.casefold() == wanted
        ]
        if len(found) > 1:
            raise AmbiguousName(
                f'{len(found)} units are called "{shown(text)}" in '
                f'"{self.scenarios[scenario_id].name}": name one by its reference '
                f"({', '.join(u.unit_ref for u in found)})."
            )
        if not found:
            raise NotFound(f'There is no unit called "{shown(text)}" in this scenario.')
        return found[0]

    def post_by_ref(self, scenario_id: ScenarioId, post_ref: str) -> Post | None:
        return next((p for p in self.posts_in(scenario_id) if p.post_ref == post_ref), None)

    # --- structure -----------------------------------------------------------------------------
    def reports_of(self, post_id: PostId) -> list[Post]:
        return [p for p in self.posts.values() if p.reports_to_id == post_id]

    def line_chain(self, post_id: PostId) -> Iterator[Post]:
        """The post, its manager, their manager, ... up to the top (stops on a cycle)."""
        seen: set[PostId] = set()
        current: PostId | None = post_id
        while current is not None and current not in seen and current in self.posts:
            seen.add(current)
            post = self.posts[current]
            yield post
            current = post.reports_to_id

    def team_of(self, post_id: PostId) -> list[Post]:
        """The post and everyone beneath it in line management, top first."""
        children: dict[PostId, list[Post]] = {}
        for post in self.posts.values():
            if post.reports_to_id is not None:
                children.setdefault(post.reports_to_id, []).append(post)
        return _breadth_first(self.posts[post_id], children)

    def unit_path(self, unit_id: UnitId) -> list[Unit]:
        """The unit's ancestors from the root down to the unit itself."""
        path: list[Unit] = []
        current: UnitId | None = unit_id
        while current is not None and current in self.units and len(path) <= len(self.units):
            path.append(self.units[current])
            current = self.units[current].parent_id
        return list(reversed(path))

    def subunits_of(self, unit_id: UnitId) -> list[Unit]:
        """The unit and every unit beneath it, top first."""
        children: dict[UnitId, list[Unit]] = {}
        for unit in self.units.values():
            if unit.parent_id is not None:
                children.setdefault(unit.parent_id, []).append(unit)
        return _breadth_first(self.units[unit_id], children)

    def postholders_of(self, post_id: PostId) -> list[Postholder]:
        return [h for h in self.postholders.values() if h.post_id == post_id]

    def postholders_in(self, scenario_id: ScenarioId) -> list[Postholder]:
        posts = {p.id for p in self.posts_in(scenario_id)}
        return [h for h in self.postholders.values() if h.post_id in posts]

    # --- the people side of a change -----------------------------------------------------------
    def outcome_of(self, person_id: PostholderId, to_scenario_id: ScenarioId) -> Outcome | None:
        return next(
            (
                o
                for o in self.outcomes.values()
                if o.postholder_id == person_id and o.to_scenario_id == to_scenario_id
            ),
            None,
        )

    def outcomes_for(self, to_scenario_id: ScenarioId) -> list[Outcome]:
        return [o for o in self.outcomes.values() if o.to_scenario_id == to_scenario_id]

    def pools_for(self, to_scenario_id: ScenarioId) -> list[Pool]:
        return [p for p in self.pools.values() if p.to_scenario_id == to_scenario_id]

    def pool_members(self, pool_id: PoolId) -> list[Outcome]:
        """The outcomes naming the pool: its people, placed from it or still in it."""
        return [o for o in self.outcomes.values() if o.pool_id == pool_id]

    def consultation_for(self, to_scenario_id: ScenarioId) -> Consultation:
        """The change's consultation, or the defaults (70% threshold, statutory policy)."""
        return next(
            (c for c in self.consultations.values() if c.to_scenario_id == to_scenario_id),
            default_consultation(to_scenario_id),
        )


def _breadth_first(top: _Node, children: dict[Any, list[_Node]]) -> list[_Node]:
    """`top` and everything beneath it, top first; each once, so a cycle (which open refuses
    and edits prevent) still ends the walk."""
    found, seen = [top], {top.id}
    index = 0
    while index < len(found):
        for child in children.get(found[index].id, []):
            if child.id not in seen:
                seen.add(child.id)
                found.append(child)
        index += 1
    return found
