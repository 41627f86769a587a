"""Edits of dotted lines: accountability, matrix and professional lines with a share of time."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import DottedLineId
from orgchart_app.domain.model import DottedLine
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def check_dotted_line(proposal: Proposal, line: DottedLine) -> None:
    source = proposal.posts.get(line.from_post_id)
    target = proposal.posts.get(line.to_post_id)
    if source is None or target is None:
        raise EditRefused("A dotted line must join two existing posts.")
    if source.id == target.id:
        raise EditRefused("A dotted line must join two different posts.")
    if not source.scenario_id == target.scenario_id == line.scenario_id:
        raise EditRefused("A dotted line must join two posts of the same scenario.")
    if not isinstance(line.kind, DottedLineKind):
        raise EditRefused("Unknown kind of dotted line.")
    if line.share_percent is not None and not 0 < line.share_percent <= 100:
        raise EditRefused("The share of time must be more than 0% and at most 100%.")
    shares = sum(
        d.share_percent or 0
        for d in proposal.dotted_lines.values()
        if d.from_post_id == line.from_post_id and d.id != line.id
    )
    if shares + (line.share_percent or 0) > 100 + 1e-9:
        raise EditRefused(f'"{source.title}"\'s shares of time would add up to more than 100%.')


def _existing(proposal: Proposal, line_id: DottedLineId) -> DottedLine:
    try:
        return proposal.dotted_lines[line_id]
    except KeyError:
        raise EditRefused("That dotted line does not exist.") from None


def _titles(proposal: Proposal, line: DottedLine) -> str:
    return (
        f'"{proposal.posts[line.from_post_id].title}" and "{proposal.posts[line.to_post_id].title}"'
    )


def add_dotted_line(proposal: Proposal, edit: t.AddDottedLine) -> Plan:
    line = edit.line
    if line.id == 0 or line.id in proposal.dotted_lines:
        line = dataclasses.replace(line, id=DottedLineId(proposal.next_id(Table.DOTTED_LINES)))
    check_dotted_line(proposal, line)
    return Plan(
        [Write(Table.DOTTED_LINES, line.id, line)],
        f"Add a dotted line between {_titles(proposal, line)}",
        resolved=t.AddDottedLine(line),
    )


def remove_dotted_line(proposal: Proposal, edit: t.RemoveDottedLine) -> Plan:
    line = _existing(proposal, edit.line_id)
    return Plan(
        [Write(Table.DOTTED_LINES, line.id, None)],
        f"Remove the dotted line between {_titles(proposal, line)}",
    )


def edit_dotted_line(proposal: Proposal, edit: t.EditDottedLine) -> Plan:
    line = _existing(proposal, edit.line_id)
    updated = dataclasses.replace(
        line,
        kind=edit.kind,
        share_percent=edit.share_percent,
        label=edit.label,
        temporary=line.temporary if edit.temporary is None else edit.temporary,
    )
    if updated == line:
        raise EditRefused("The dotted line already has those values.")
    check_dotted_line(proposal, updated)
    return Plan(
        [Write(Table.DOTTED_LINES, line.id, updated)],
        f"Change the dotted line between {_titles(proposal, line)}",
    )
