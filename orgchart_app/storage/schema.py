"""The tables of a proposal file (schema version 7), as SQLModel rows; see docs/FILE_FORMAT.md."""

from __future__ import annotations

from typing import Any

import sqlalchemy
from sqlmodel import Field, SQLModel

from orgchart_app.domain.tables import Table

# The version and table names live in fileformat.py, which the start reads files with, without
# SQLAlchemy; they are named here too for the modules that migrate, save and serve teams.
from orgchart_app.storage.fileformat import APPLICATION_ID, OUR_TABLES, SCHEMA_VERSION

metadata = SQLModel.metadata


def _defaulted(value: str) -> Any:
    # Columns added since version 3 carry a default in the file too, so rows written by other
    # tools (sqlite3, a spreadsheet's export) that leave them out still read.
    return Field(default=value, sa_column_kwargs={"server_default": value})


class MetaRow(SQLModel, table=True):
    __tablename__ = "proposal_meta"
    key: str = Field(primary_key=True)
    value: str


class OrganisationRow(SQLModel, table=True):
    __tablename__ = "organisation"
    id: int = Field(primary_key=True)
    name: str
    short_name: str
    kind: str
    colour: str = ""
    pay_scale_id: int | None = Field(default=None, foreign_key="pay_scale.id")


class ScenarioRow(SQLModel, table=True):
    __tablename__ = "scenario"
    id: int = Field(primary_key=True)
    name: str = Field(unique=True)
    kind: str
    effective_date: str | None = None
    based_on_id: int | None = Field(default=None, foreign_key="scenario.id")
    costing_point: str = "top"
    pay_year: str = ""
    description: str = ""


class UnitRow(SQLModel, table=True):
    __tablename__ = "unit"
    id: int = Field(primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id", index=True)
    unit_ref: str
    name: str
    kind: str
    organisation_id: int = Field(foreign_key="organisation.id")
    parent_id: int | None = Field(default=None, foreign_key="unit.id")
    status: str = "in_place"
    colour: str = ""
    description: str = ""
    lead_post_id: int | None = Field(default=None, foreign_key="post.id")


class PostRow(SQLModel, table=True):
    __tablename__ = "post"
    id: int = Field(primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id", index=True)
    post_ref: str
    title: str
    unit_id: int = Field(foreign_key="unit.id")
    employer_id: int = Field(foreign_key="organisation.id")
    grade: str = ""
    fte: float = 1.0
    quantity: int = 1
    reports_to_id: int | None = Field(default=None, foreign_key="post.id")
    deployed_to_id: int | None = Field(default=None, foreign_key="organisation.id")
    status: str = "filled"
    funded: bool = True
    cost_code: str = ""
    statutory_role: str = ""
    officer_category: str = "other"
    is_assistant: bool = False
    temporary_line: bool = False
    salary: float | None = None
    notes: str = ""
    end_date: str | None = None
    funding_source: str = _defaulted("")
    spinal_point: int | None = None


class PostholderRow(SQLModel, table=True):
    __tablename__ = "postholder"
    id: int = Field(primary_key=True)
    post_id: int = Field(foreign_key="post.id")
    name: str
    employee_number: str = ""
    fte: float = 1.0
    contract: str = "permanent"
    contract_end: str | None = None
    service_start: str | None = None
    date_of_birth: str | None = None
    age: int | None = None
    salary: float | None = None
    spinal_point: int | None = None
    pension_strain: float | None = None
    notes: str = ""


class DottedLineRow(SQLModel, table=True):
    __tablename__ = "dotted_line"
    id: int = Field(primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id")
    from_post_id: int = Field(foreign_key="post.id")
    to_post_id: int = Field(foreign_key="post.id")
    kind: str = "accountability"
    share_percent: float | None = None
    label: str = ""
    temporary: bool = False


class PayScaleRow(SQLModel, table=True):
    __tablename__ = "pay_scale"
    id: int = Field(primary_key=True)
    name: str
    framework: str = ""
    description: str = ""


class PayPointRow(SQLModel, table=True):
    __tablename__ = "pay_point"
    pay_scale_id: int = Field(foreign_key="pay_scale.id", primary_key=True)
    pay_year: str = Field(primary_key=True)
    point: int = Field(primary_key=True)
    salary: float


class GradeRow(SQLModel, table=True):
    __tablename__ = "grade"
    id: int = Field(primary_key=True)
    pay_scale_id: int = Field(foreign_key="pay_scale.id")
    code: str
    bottom_point: int | None = None
    top_point: int | None = None
    min_salary: float | None = None
    max_salary: float | None = None
    description: str = ""


class OnCostRuleRow(SQLModel, table=True):
    __tablename__ = "on_cost_rule"
    id: int = Field(primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id")
    pay_year: str
    ni_rate: float
    ni_threshold: float
    pension_rate: float
    pension_scheme: str = ""
    apprenticeship_levy_rate: float = 0.0
    source: str = ""
    pension_full_rate: float | None = None


class BudgetLineRow(SQLModel, table=True):
    __tablename__ = "budget_line"
    id: int = Field(primary_key=True)
    cost_code: str
    description: str
    basic_pay: float = 0.0
    national_insurance: float = 0.0
    superannuation: float = 0.0
    other: float = 0.0
    kind: str = _defaulted("budget")
    year: str = _defaulted("")
    funding_source: str = _defaulted("")
    recurrent: bool = Field(default=True, sa_column_kwargs={"server_default": "1"})
    # Since version 9.
    recurrence_assumed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    post_refs: str = _defaulted("")
    subjective_codes: str = _defaulted("")


class RecommendationItemRow(SQLModel, table=True):
    # Since version 6: the recommendations as the report's author worded them.
    __tablename__ = "recommendation_item"
    id: int = Field(primary_key=True)
    from_scenario_id: int = Field(foreign_key="scenario.id")
    to_scenario_id: int = Field(foreign_key="scenario.id")
    position: int
    verb: str
    subject: str
    entries: str = ""
    for_decision: bool = True
    included: bool = True
    sources: str = ""


class PoolRow(SQLModel, table=True):
    # Since version 7: proposed posts ring-fenced to a group of people.
    __tablename__ = "pool"
    id: int = Field(primary_key=True)
    to_scenario_id: int = Field(foreign_key="scenario.id")
    name: str
    # The pool's post ids, comma-separated ("12,13").
    post_ids: str = ""
    selection: str = ""
    interview_date: str | None = None
    notes: str = ""


class OutcomeRow(SQLModel, table=True):
    # Since version 7: what happens to a person in a proposed structure.
    __tablename__ = "outcome"
    id: int = Field(primary_key=True)
    postholder_id: int = Field(foreign_key="postholder.id")
    to_scenario_id: int = Field(foreign_key="scenario.id")
    kind: str
    to_post_id: int | None = Field(default=None, foreign_key="post.id")
    job_match: float | None = None
    pool_id: int | None = Field(default=None, foreign_key="pool.id")
    to_employer_id: int | None = Field(default=None, foreign_key="organisation.id")
    confirmed: bool = False
    leaving_date: str | None = None
    notes: str = ""


class ConsultationRow(SQLModel, table=True):
    # Since version 7: a change's consultation dates and local policy.
    __tablename__ = "consultation"
    id: int = Field(primary_key=True)
    to_scenario_id: int = Field(foreign_key="scenario.id")
    slot_threshold: float = 70.0
    start: str | None = None
    end: str | None = None
    hr1_sent: str | None = None
    selection_date: str | None = None
    notice_date: str | None = None
    implementation_date: str | None = None
    other_redundancies: int = 0
    actual_pay: bool = False
    multiplier: float = 1.0
    # Each protected year's percentage of the salary lost, comma-separated ("100,50").
    protection: str = "100"
    contractual_notice_weeks: int = 0


class DocumentRow(SQLModel, table=True):
    # Since version 8: the sources the proposal cites.
    __tablename__ = "document"
    id: int = Field(primary_key=True)
    title: str
    reference: str = ""


class ProvenanceRow(SQLModel, table=True):
    # Since version 8: where a record or one of its fields comes from (stated or assumed).
    __tablename__ = "provenance"
    id: int = Field(primary_key=True)
    table: str
    record_id: int
    field: str = ""
    basis: str = "stated"
    # Not a foreign key: validate names a reference to a missing document, open does not refuse.
    document_id: int | None = None
    place: str = ""
    reason: str = ""


# Domain table -> row class, in an order that satisfies the foreign keys.
ROW_CLASSES: dict[Table, type[SQLModel]] = {
    Table.PAY_SCALES: PayScaleRow,
    Table.PAY_POINTS: PayPointRow,
    Table.GRADES: GradeRow,
    Table.ORGANISATIONS: OrganisationRow,
    Table.ON_COST_RULES: OnCostRuleRow,
    Table.SCENARIOS: ScenarioRow,
    Table.UNITS: UnitRow,
    Table.POSTS: PostRow,
    Table.POSTHOLDERS: PostholderRow,
    Table.DOTTED_LINES: DottedLineRow,
    Table.BUDGET_LINES: BudgetLineRow,
    Table.RECOMMENDATION_ITEMS: RecommendationItemRow,
    Table.POOLS: PoolRow,
    Table.OUTCOMES: OutcomeRow,
    Table.CONSULTATIONS: ConsultationRow,
    Table.DOCUMENTS: DocumentRow,
    Table.PROVENANCE: ProvenanceRow,
}

__all__ = ["APPLICATION_ID", "OUR_TABLES", "ROW_CLASSES", "SCHEMA_VERSION", "metadata", "sql_table"]


def sql_table(row_class: type[SQLModel]) -> sqlalchemy.Table:
    """The SQLAlchemy table behind a row class (SQLModel sets `__table__`, untyped)."""
    return metadata.tables[str(row_class.__tablename__)]
