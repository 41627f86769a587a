"""The details dialogs of records without a panel of their own: the proposal's title and notes,
a scenario's effective date and description, a change's consultation, a pool's selection and an
outcome's details. Each is a RecordDialog: OK is one undo step, a bad value one sentence in the
dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from orgchart_app.domain import PostId, Proposal, Scenario, Unit
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.domain.outcomes import Consultation, Outcome, Pool
from orgchart_app.domain.tables import Table
from orgchart_app.ui.dialogs.record_form import RecordDialog
from orgchart_app.ui.docks.cited_records import CitedRecord, cited_scenario
from orgchart_app.ui.docks.record_fields import (
    RecordField,
    Unreadable,
    read_colour,
    read_count,
    read_date,
    read_decimal,
    read_decimals,
    read_flag,
    read_number,
    read_optional_number,
)
from orgchart_app.ui.window.document import DocumentController

SCENARIO_FIELDS = (
    RecordField("Effective date", "effective_date", "effective date", read_date, "e.g. 01/04/2022"),
    RecordField(
        "Description",
        "description",
        "description",
        placeholder="what this option is",
        prose=True,
    ),
)

CONSULTATION_FIELDS = (
    RecordField("Consultation starts", "start", "start date", read_date, "dd/mm/yyyy"),
    RecordField("Consultation ends", "end", "end date", read_date, "blank: the statutory minimum"),
    RecordField("HR1 sent", "hr1_sent", "date the HR1 was sent", read_date, "dd/mm/yyyy"),
    RecordField("Selection", "selection_date", "selection date", read_date, "dd/mm/yyyy"),
    RecordField("Notices given", "notice_date", "notice date", read_date, "after the end"),
    RecordField(
        "Implementation",
        "implementation_date",
        "implementation date",
        read_date,
        "blank: the effective date",
    ),
    RecordField(
        "Job match to slot in (%)", "slot_threshold", "slotting threshold", read_number, "70"
    ),
    RecordField(
        "Other redundancies",
        "other_redundancies",
        "number of other redundancies",
        read_count,
        "at the establishment within 90 days",
    ),
    RecordField(
        "Redundancy pay on the actual week's pay",
        "actual_pay",
        "actual pay",
        read_flag,
        "Not capped at the statutory week's pay",
    ),
    RecordField(
        "Multiplier of statutory weeks", "multiplier", "multiplier", read_decimal, "1, 1.5 or 2"
    ),
    RecordField(
        "Pay protection (%, each year)",
        "protection",
        "pay protection",
        read_decimals,
        "100, 50: a percentage per protected year",
    ),
    RecordField(
        "Contractual notice (weeks)",
        "contractual_notice_weeks",
        "contractual notice",
        read_count,
        "where longer than the statute's",
    ),
)

POOL_FIELDS = (
    RecordField("Name", "name", "name", placeholder="Pool A"),
    RecordField("Selection", "selection", "selection", placeholder="competitive interview"),
    RecordField("Interview date", "interview_date", "interview date", read_date, "dd/mm/yyyy"),
    RecordField("Notes", "notes", "notes", prose=True),
)

OUTCOME_FIELDS = (
    RecordField(
        "Job match (%)", "job_match", "job match", read_optional_number, "blank: not assessed"
    ),
    RecordField("Leaving date", "leaving_date", "leaving date", read_date, "blank: end of notice"),
    RecordField("Notes", "notes", "notes", prose=True),
)


def _lead_field(proposal: Proposal, unit: Unit) -> RecordField:
    """The lead post by its reference, among the posts of the unit's own scenario."""

    def read(text: str, what: str) -> PostId | None:
        if not text.strip():
            return None
        post = proposal.post_by_ref(unit.scenario_id, text.strip())
        if post is None:
            raise Unreadable(f'The {what} must be a post of this scenario (no "{text.strip()}").')
        return post.id

    def show(post_id: PostId | None) -> str:
        post = proposal.posts.get(post_id) if post_id is not None else None
        return "" if post is None else post.post_ref

    return RecordField("Lead post", "lead_post_id", "lead post", read, "post reference", show)


def unit_detail_fields(document: DocumentController, unit: Unit) -> tuple[RecordField, ...]:
    """Reference, colour, description and lead post: the Unit Details dialog's and the
    Properties dock's, read the same way."""
    return (
        RecordField("Unit reference", "unit_ref", "unit reference", placeholder="U-12"),
        RecordField("Colour", "colour", "colour", read_colour, "#1f77b4, blank for the default"),
        RecordField(
            "Description", "description", "description", placeholder="what it does", prose=True
        ),
        _lead_field(document.proposal, unit),
    )


def unit_details(document: DocumentController, unit: Unit, parent: QWidget) -> RecordDialog:
    from orgchart_app.edits import UpdateUnit  # noqa: PLC0415 - the edits load when first made

    fields = unit_detail_fields(document, unit)
    return RecordDialog(
        document,
        "Unit Details",
        f"<b>{unit.name}</b> ({unit.kind.value.replace('_', '-')})",
        fields,
        unit,
        lambda after: UpdateUnit(unit.id, changed_fields(fields, unit, after)),
        parent,
    )


def changed_fields(
    fields: Sequence[RecordField], before: Any, after: Any
) -> tuple[tuple[str, object], ...]:
    """The (name, value) pairs a by-name edit (UpdateUnit, UpdateScenario) takes."""
    return tuple(
        (f.attribute, getattr(after, f.attribute))
        for f in fields
        if getattr(after, f.attribute) != getattr(before, f.attribute)
    )


PROPOSAL_FIELDS = (
    RecordField("Title", "title", "title", placeholder="on every page of the papers"),
    RecordField("Notes", "notes", "notes", placeholder="kept with the file", prose=True),
)


def proposal_details(
    document: DocumentController, info: ProposalInfo, parent: QWidget | None = None
) -> RecordDialog:
    from orgchart_app.edits import SetProposalDetails  # noqa: PLC0415 - the edits load when first made

    return RecordDialog(
        document,
        "Proposal Details",
        "The proposal's title, which every page of its papers carries, and its notes.",
        PROPOSAL_FIELDS,
        info,
        lambda after: SetProposalDetails(after.title, after.notes),
        parent,
    )


def scenario_details(
    document: DocumentController, scenario: Scenario, parent: QWidget | None = None
) -> RecordDialog:
    from orgchart_app.edits import UpdateScenario  # noqa: PLC0415 - the edits load when first made

    return RecordDialog(
        document,
        "Scenario Details",
        f"<b>{scenario.name}</b>: when it takes effect, and what it is.",
        SCENARIO_FIELDS,
        scenario,
        lambda after: UpdateScenario(scenario.id, changed_fields(SCENARIO_FIELDS, scenario, after)),
        parent,
        cited_scenario(scenario),
    )


def consultation_details(
    document: DocumentController, consultation: Consultation, parent: QWidget | None = None
) -> RecordDialog:
    from orgchart_app.edits import PutConsultation  # noqa: PLC0415 - the edits load when first made

    name = document.proposal.scenarios[consultation.to_scenario_id].name
    return RecordDialog(
        document,
        "Consultation",
        f"The consultation on the change to <b>{name}</b>: its dates and the local policy "
        "redundancy and protection are costed by. A date left blank is worked out where it can be.",
        CONSULTATION_FIELDS,
        consultation,
        PutConsultation,
        parent,
        CitedRecord(
            Table.CONSULTATIONS,
            consultation.id,
            "consultation",
            f"The consultation on {name}",
            {field.attribute: field.label for field in CONSULTATION_FIELDS},
        ),
    )


def pool_details(document: DocumentController, pool: Pool, parent: QWidget) -> RecordDialog:
    from orgchart_app.edits import PutPool  # noqa: PLC0415 - the edits load when first made

    return RecordDialog(
        document,
        "Pool Details",
        f"<b>{pool.name}</b>: how the people in it are selected, and when.",
        POOL_FIELDS,
        pool,
        PutPool,
        parent,
    )


def outcome_details(
    document: DocumentController, outcome: Outcome, who: str, parent: QWidget
) -> RecordDialog:
    from orgchart_app.edits import PutOutcome  # noqa: PLC0415 - the edits load when first made

    return RecordDialog(
        document,
        "Outcome Details",
        f"<b>{who}</b>: {outcome.kind.label}.",
        OUTCOME_FIELDS,
        outcome,
        PutOutcome,
        parent,
    )
