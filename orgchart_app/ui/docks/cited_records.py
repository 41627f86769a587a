"""The records "Where does this come from?" is asked of, each with its fields as the designer
labels them: a post, a unit, a dotted line, an organisation. The dialog and the panels' "Where
from" lines are the same for all; only this says what the record is called and what it holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from orgchart_app.domain import DottedLine, Post, Proposal, Unit
from orgchart_app.domain.model import Organisation, Scenario
from orgchart_app.domain.tables import Table

# The fields' names as the properties form labels them, in its order.
POST_LABELS = {
    "title": "Title",
    "post_ref": "Post ref",
    "grade": "Grade",
    "status": "Status",
    "employer_id": "Employer",
    "deployed_to_id": "Deployed to",
    "unit_id": "Unit",
    "reports_to_id": "Reports to",
    "fte": "FTE",
    "quantity": "Quantity",
    "cost_code": "Cost code",
    "statutory_role": "Statutory role",
    "notes": "Notes",
    "funded": "Funded in the budget",
    "officer_category": "Officer category",
    "salary": "Salary",
    "spinal_point": "Spinal point",
    "end_date": "Ends",
    "funding_source": "Funding source",
    "is_assistant": "Assistant (beside the manager)",
    "temporary_line": "Interim line manager",
}
# As the unit's menu (Rename, Status, Unit Details) and the structure tree name them.
UNIT_LABELS = {
    "name": "Name",
    "unit_ref": "Reference",
    "kind": "Kind",
    "organisation_id": "Organisation",
    "parent_id": "Part of",
    "status": "Status",
    "colour": "Colour",
    "description": "Description",
    "lead_post_id": "Lead post",
}
# As the Properties panel labels a selected line's fields.
LINE_LABELS = {
    "from_post_id": "From",
    "to_post_id": "To",
    "kind": "Kind",
    "share_percent": "Share of time",
    "label": "Label",
    "temporary": "Interim",
}
# As Scenario Details and the Scenario menu name them.
SCENARIO_LABELS = {
    "name": "Name",
    "kind": "Kind",
    "effective_date": "Effective date",
    "based_on_id": "Based on",
    "costing_point": "Costing point",
    "pay_year": "Pay year",
    "description": "Description",
}
# As Edit > Organisations heads its columns.
ORGANISATION_LABELS = {
    "short_name": "Short name",
    "name": "Name",
    "kind": "Kind",
    "colour": "Colour",
    "pay_scale_id": "Pay scale",
}


@dataclass(frozen=True, slots=True)
class CitedRecord:
    """One record a source can be given for, and how the user knows it and its fields."""

    table: Table
    record_id: int
    # "post", "unit": the record's kind, as "The whole unit", "This unit" say it.
    noun: str
    # What the dialog heads itself with: "Brokerage (unit)".
    heading: str
    labels: Mapping[str, str]

    @property
    def whole(self) -> str:
        return f"The whole {self.noun}"

    def label(self, field: str) -> str:
        return self.labels.get(field, field)


def cited_post(post: Post) -> CitedRecord:
    return CitedRecord(Table.POSTS, post.id, "post", f"{post.title} ({post.post_ref})", POST_LABELS)


def cited_unit(unit: Unit) -> CitedRecord:
    return CitedRecord(Table.UNITS, unit.id, "unit", f"{unit.name} (unit)", UNIT_LABELS)


def cited_line(proposal: Proposal, line: DottedLine) -> CitedRecord:
    ends = (proposal.posts.get(p) for p in (line.from_post_id, line.to_post_id))
    titles = " to ".join(post.title if post else "a removed post" for post in ends)
    return CitedRecord(
        Table.DOTTED_LINES, line.id, "dotted line", f"{titles} (dotted line)", LINE_LABELS
    )


def cited_organisation(organisation: Organisation) -> CitedRecord:
    return CitedRecord(
        Table.ORGANISATIONS,
        organisation.id,
        "organisation",
        f"{organisation.name} (organisation)",
        ORGANISATION_LABELS,
    )


def cited_scenario(scenario: Scenario) -> CitedRecord:
    return CitedRecord(
        Table.SCENARIOS, scenario.id, "scenario", f"{scenario.name} (scenario)", SCENARIO_LABELS
    )
