"""Posts on the clipboard: copied as JSON (and as plain titles), pasted as one undoable batch."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData

from orgchart_app.domain import (
    OfficerCategory,
    OrganisationId,
    Post,
    PostId,
    PostStatus,
    Proposal,
    ScenarioId,
    UnitId,
)
from orgchart_app.domain.tables import Table

if TYPE_CHECKING:
    from orgchart_app.edits import Batch

MIME_TYPE = "application/x-orgchart-posts+json"
# One copied post as JSON gives it back: values of any JSON type, checked as the post is made.
Record = dict[str, Any]
# Copied as they are; ids are remapped on paste and the reference is allocated afresh.
COPIED_FIELDS = (
    "title",
    "grade",
    "fte",
    "quantity",
    "funded",
    "cost_code",
    "statutory_role",
    "notes",
    "is_assistant",
    "temporary_line",
)


def posts_to_mime(proposal: Proposal, post_ids: Sequence[PostId]) -> QMimeData:
    posts = [proposal.posts[p] for p in post_ids if p in proposal.posts]
    records = [
        {
            **{name: getattr(p, name) for name in COPIED_FIELDS},
            "id": p.id,
            "unit_id": p.unit_id,
            "reports_to_id": p.reports_to_id,
            "employer_id": p.employer_id,
            "deployed_to_id": p.deployed_to_id,
            "status": p.status.value,
            "officer_category": p.officer_category.value,
        }
        for p in posts
    ]
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(records).encode())
    mime.setText("\n".join(p.title for p in posts))
    return mime


def paste_edit(
    proposal: Proposal, mime: QMimeData, scenario_id: ScenarioId, under: PostId | None
) -> Batch | None:
    """New posts for the copied ones, in `scenario_id`, beneath `under` when given; None if none."""
    from orgchart_app.edits import Batch, EstablishPost  # noqa: PLC0415 - the edits load when first made

    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        records = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    if not records or not proposal.units_in(scenario_id):
        return None
    records = _managers_first(records)
    new_ids = {
        record["id"]: PostId(proposal.next_id(Table.POSTS) + n) for n, record in enumerate(records)
    }
    manager = proposal.posts.get(under) if under is not None else None
    edits = tuple(
        EstablishPost(_pasted_post(proposal, record, new_ids, scenario_id, manager))
        for record in records
    )
    return Batch(edits, f"Paste {len(edits)} post{'s' if len(edits) > 1 else ''}")


def _managers_first(records: list[Record]) -> list[Record]:
    # Each pasted post is checked as it is established, so its manager must already exist.
    by_id = {record["id"]: record for record in records}
    ordered: dict[object, Record] = {}

    def place(record: Record, depth: int = 0) -> None:
        manager = by_id.get(record["reports_to_id"])
        if manager is not None and manager["id"] not in ordered and depth < len(records):
            place(manager, depth + 1)
        ordered.setdefault(record["id"], record)

    for record in records:
        place(record)
    return list(ordered.values())


def _pasted_post(
    proposal: Proposal,
    record: Record,
    new_ids: dict[object, PostId],
    scenario_id: ScenarioId,
    manager: Post | None,
) -> Post:
    unit_id = _unit_for(proposal, record, scenario_id, manager)
    reports_to = new_ids.get(record["reports_to_id"])
    if reports_to is None:
        reports_to = manager.id if manager else _same_scenario_post(proposal, record, scenario_id)
    employer = OrganisationId(record["employer_id"])
    if employer not in proposal.organisations:
        employer = proposal.units[unit_id].organisation_id
    deployed = record["deployed_to_id"]
    grade = str(record["grade"])
    if proposal.grades and all(g.code != grade for g in proposal.grades.values()):
        grade = ""
    fields = {name: record[name] for name in COPIED_FIELDS}
    post = Post(
        new_ids[record["id"]],
        scenario_id,
        "",
        unit_id=unit_id,
        employer_id=employer,
        **{**fields, "grade": grade},
    )
    return dataclasses.replace(
        post,
        reports_to_id=reports_to,
        status=PostStatus(record["status"]),
        officer_category=OfficerCategory(record["officer_category"]),
        deployed_to_id=OrganisationId(deployed) if deployed in proposal.organisations else None,
    )


def _unit_for(
    proposal: Proposal, record: Record, scenario_id: ScenarioId, manager: Post | None
) -> UnitId:
    if manager is not None:
        return manager.unit_id
    unit = proposal.units.get(UnitId(record["unit_id"]))
    if unit is not None and unit.scenario_id == scenario_id:
        return unit.id
    return proposal.units_in(scenario_id)[0].id


def _same_scenario_post(
    proposal: Proposal, record: Record, scenario_id: ScenarioId
) -> PostId | None:
    post = proposal.posts.get(PostId(record["reports_to_id"])) if record["reports_to_id"] else None
    return post.id if post is not None and post.scenario_id == scenario_id else None
