"""The samples say where everything they set comes from: the report and its section, or an
assumption and why. A sample is built first, then cited: each post by its ref, each unit by
its ref (in every scenario), the organisations, budget lines and pay records; what a table does
not name is stated at the scenario's appendix."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.tables import Table

# A field's reason ("" as the field: the whole record is assumed).
Assumptions = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    reference: str
    # The place a record no table names is stated at, per scenario name ("Appendix 3").
    scenario_places: Mapping[str, str]
    posts: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)
    organisations: Mapping[str, str] = field(default_factory=dict)
    post_assumptions: Assumptions = field(default_factory=dict)
    unit_assumptions: Assumptions = field(default_factory=dict)
    # Every grade, pay scale and on-cost record: stated at this place, or assumed for this reason.
    pay_place: str = ""
    pay_reason: str = ""
    budget_place: str = ""
    # Dotted lines, per (from ref, to ref): field -> reason.
    line_assumptions: Mapping[tuple[str, str], Mapping[str, str]] = field(default_factory=dict)
    holder_reason: str = ""


class _Rows:
    def __init__(self, proposal: Proposal, document_id: DocumentId) -> None:
        self.proposal, self.document_id = proposal, document_id

    def state(self, table: Table, record_id: int, place: str) -> None:
        self._add(
            Provenance(
                self._id(), table.value, record_id, "", Basis.STATED, self.document_id, place
            )
        )

    def assume(self, table: Table, record_id: int, fields: Mapping[str, str]) -> None:
        for name, reason in fields.items():
            self._add(
                Provenance(self._id(), table.value, record_id, name, Basis.ASSUMED, reason=reason)
            )

    def _id(self) -> ProvenanceId:
        return self.proposal.next_id(Table.PROVENANCE)

    def _add(self, row: Provenance) -> None:
        self.proposal.provenance[row.id] = row


def cite(proposal: Proposal, citation: Citation) -> None:
    document_id = proposal.next_id(Table.DOCUMENTS)
    proposal.documents[document_id] = Document(document_id, citation.title, citation.reference)
    rows = _Rows(proposal, document_id)
    for scenario in proposal.scenarios.values():
        rows.state(Table.SCENARIOS, scenario.id, citation.scenario_places.get(scenario.name, ""))
    for organisation in proposal.organisations.values():
        place = citation.organisations.get(organisation.short_name, "the report's title page")
        rows.state(Table.ORGANISATIONS, organisation.id, place)
    for unit in proposal.units.values():
        default = citation.scenario_places.get(proposal.scenarios[unit.scenario_id].name, "")
        rows.state(Table.UNITS, unit.id, citation.units.get(unit.unit_ref, default))
        rows.assume(Table.UNITS, unit.id, citation.unit_assumptions.get(unit.unit_ref, {}))
    for post in proposal.posts.values():
        default = citation.scenario_places.get(proposal.scenarios[post.scenario_id].name, "")
        rows.state(Table.POSTS, post.id, citation.posts.get(post.post_ref, default))
        rows.assume(Table.POSTS, post.id, citation.post_assumptions.get(post.post_ref, {}))
    _cite_the_rest(proposal, citation, rows)


def _cite_the_rest(proposal: Proposal, citation: Citation, rows: _Rows) -> None:
    for table in (Table.PAY_SCALES, Table.GRADES, Table.ON_COST_RULES):
        for record_id in proposal.records(table):
            if citation.pay_reason:
                rows.assume(table, record_id, {"": citation.pay_reason})
            else:
                rows.state(table, record_id, citation.pay_place)
    for line_id in proposal.budget_lines:
        rows.state(Table.BUDGET_LINES, line_id, citation.budget_place)
    for line in proposal.dotted_lines.values():
        ends = (
            proposal.posts[line.from_post_id].post_ref,
            proposal.posts[line.to_post_id].post_ref,
        )
        default = citation.scenario_places.get(proposal.scenarios[line.scenario_id].name, "")
        rows.state(Table.DOTTED_LINES, line.id, default)
        rows.assume(Table.DOTTED_LINES, line.id, citation.line_assumptions.get(ends, {}))
    for holder in proposal.postholders.values():
        if citation.holder_reason:
            rows.assume(Table.POSTHOLDERS, holder.id, {"": citation.holder_reason})
        else:
            rows.state(
                Table.POSTHOLDERS,
                holder.id,
                citation.posts.get(proposal.posts[holder.post_id].post_ref, ""),
            )
