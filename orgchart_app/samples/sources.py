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
from orgchart_app.samples.people import FICTIONAL

INVENTED = "the report names none of the staff affected: a fictional person"

# A field's reason ("" as the field: the whole record is assumed).
Assumptions = Mapping[str, Mapping[str, str]]
# Dotted lines, per (from ref, to ref): field -> reason.
LineAssumptions = Mapping[tuple[str, str], Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class InScenario:
    """Assumptions true of one scenario only: a line the report gives for the to-be may be
    unstated for the as-is (refs are shared across scenarios)."""

    posts: Assumptions = field(default_factory=dict)
    units: Assumptions = field(default_factory=dict)
    lines: LineAssumptions = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """A place in another report than the citation's own (a name only that one prints)."""

    title: str
    reference: str
    place: str


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    reference: str
    # The place a record no table names is stated at, per scenario name ("Appendix 3").
    scenario_places: Mapping[str, str]
    posts: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)
    organisations: Mapping[str, str | Elsewhere] = field(default_factory=dict)
    post_assumptions: Assumptions = field(default_factory=dict)
    unit_assumptions: Assumptions = field(default_factory=dict)
    # Every grade, pay scale and on-cost record: stated at this place, or assumed for this reason.
    pay_place: str = ""
    pay_reason: str = ""
    budget_place: str = ""
    # Where a dotted line is stated, per (from ref, to ref), if not at its scenario's place.
    lines: Mapping[tuple[str, str], str] = field(default_factory=dict)
    line_assumptions: LineAssumptions = field(default_factory=dict)
    # Per scenario name.
    in_scenario: Mapping[str, InScenario] = field(default_factory=dict)
    holder_reason: str = ""
    # Where a postholder's name is printed, per post ref (else the post's own place).
    holder_places: Mapping[str, str | Elsewhere] = field(default_factory=dict)


class _Rows:
    def __init__(self, proposal: Proposal, document_id: DocumentId) -> None:
        self.proposal, self.document_id = proposal, document_id

    def state(self, table: Table, record_id: int, place: str | Elsewhere) -> None:
        document_id = self.document_id
        if isinstance(place, Elsewhere):
            document_id, place = self._document(place), place.place
        self._add(
            Provenance(self._id(), table.value, record_id, "", Basis.STATED, document_id, place)
        )

    def _document(self, elsewhere: Elsewhere) -> DocumentId:
        for document in self.proposal.documents.values():
            if (document.title, document.reference) == (elsewhere.title, elsewhere.reference):
                return document.id
        document_id = self.proposal.next_id(Table.DOCUMENTS)
        self.proposal.documents[document_id] = Document(
            document_id, elsewhere.title, elsewhere.reference
        )
        return document_id

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
        name = proposal.scenarios[unit.scenario_id].name
        rows.state(Table.UNITS, unit.id, citation.units.get(unit.unit_ref, _place(citation, name)))
        for assumptions in (citation.unit_assumptions, _in(citation, name).units):
            rows.assume(Table.UNITS, unit.id, assumptions.get(unit.unit_ref, {}))
    for post in proposal.posts.values():
        name = proposal.scenarios[post.scenario_id].name
        rows.state(Table.POSTS, post.id, citation.posts.get(post.post_ref, _place(citation, name)))
        for assumptions in (citation.post_assumptions, _in(citation, name).posts):
            rows.assume(Table.POSTS, post.id, assumptions.get(post.post_ref, {}))
    _cite_the_rest(proposal, citation, rows)


def _place(citation: Citation, scenario_name: str) -> str:
    return citation.scenario_places.get(scenario_name, "")


def _in(citation: Citation, scenario_name: str) -> InScenario:
    return citation.in_scenario.get(scenario_name, InScenario())


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
        name = proposal.scenarios[line.scenario_id].name
        rows.state(Table.DOTTED_LINES, line.id, citation.lines.get(ends, _place(citation, name)))
        for assumptions in (citation.line_assumptions, _in(citation, name).lines):
            rows.assume(Table.DOTTED_LINES, line.id, assumptions.get(ends, {}))
    for holder in proposal.postholders.values():
        ref = proposal.posts[holder.post_id].post_ref
        if holder.notes == FICTIONAL:
            rows.assume(Table.POSTHOLDERS, holder.id, {"": INVENTED})
        elif citation.holder_reason:
            rows.assume(Table.POSTHOLDERS, holder.id, {"": citation.holder_reason})
        else:
            place = citation.holder_places.get(ref, citation.posts.get(ref, ""))
            rows.state(Table.POSTHOLDERS, holder.id, place)
