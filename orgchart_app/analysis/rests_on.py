"""What an export rests on: the documents it cites and every assumption behind the scenarios it
shows, grouped by reason, each naming what it applies to. The PDF prints it as a page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from orgchart_app.domain.ids import DottedLineId, PostholderId, PostId, ScenarioId, UnitId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.provenance import Document
from orgchart_app.domain.tables import Table

_PAY = frozenset(t.value for t in (Table.GRADES, Table.PAY_SCALES, Table.ON_COST_RULES))
_SHOWN_NAMES = 4


@dataclass(frozen=True, slots=True)
class Assumption:
    reason: str
    # "Reviewing Officer (grade)", "Grade 9", ... as a reader knows them.
    applies_to: tuple[str, ...]

    @property
    def summary(self) -> str:
        shown = ", ".join(self.applies_to[:_SHOWN_NAMES])
        more = len(self.applies_to) - _SHOWN_NAMES
        return f"{shown}{f' and {more} more' if more > 0 else ''}"


@dataclass(frozen=True, slots=True)
class RestsOn:
    documents: tuple[Document, ...]
    assumptions: tuple[Assumption, ...]


def rests_on(proposal: Proposal, scenario_ids: Iterable[ScenarioId]) -> RestsOn:
    shown = set(scenario_ids)
    found: dict[str, list[str]] = defaultdict(list)
    for row in sorted(proposal.provenance.values(), key=lambda r: r.id):
        if not row.assumed:
            continue
        name = _name(proposal, row.table, row.record_id, shown)
        if name is not None:
            what = (
                f"{name} ({row.field.replace('_id', '').replace('_', ' ')})" if row.field else name
            )
            if what not in found[row.reason]:
                found[row.reason].append(what)
    cited = {r.document_id for r in proposal.provenance.values() if r.document_id is not None}
    return RestsOn(
        tuple(d for d in proposal.documents.values() if d.id in cited),
        tuple(Assumption(reason, tuple(names)) for reason, names in found.items()),
    )


def _name(proposal: Proposal, table: str, record_id: int, shown: set[ScenarioId]) -> str | None:
    """The record as a reader knows it, if it is in the scenarios shown (pay: always)."""
    if table in _PAY:
        record = proposal.records(Table(table)).get(record_id)
        return str(getattr(record, "code", "") or getattr(record, "name", "") or "pay")
    if table == Table.POSTHOLDERS.value:
        holder = proposal.postholders.get(PostholderId(record_id))
        post = proposal.posts.get(holder.post_id) if holder else None
        return f"holder of {post.title}" if post and post.scenario_id in shown else None
    if table == Table.POSTS.value:
        found = proposal.posts.get(PostId(record_id))
        return found.title if found and found.scenario_id in shown else None
    if table == Table.UNITS.value:
        unit = proposal.units.get(UnitId(record_id))
        return unit.name if unit and unit.scenario_id in shown else None
    if table == Table.DOTTED_LINES.value:
        line = proposal.dotted_lines.get(DottedLineId(record_id))
        if line and line.scenario_id in shown:
            return f"dotted line from {proposal.posts[line.from_post_id].title}"
    return None
