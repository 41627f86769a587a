"""The dotted-line columns of an establishment list.

The dotted-line column names the post number of each dotted-line manager, with an optional share
of time: "P120", "P120 (20%)" or "P120 20%; P130 10%". Optional columns say more about the lines:
their kind ("matrix", or "matrix; secondment", one per line), a share of time for lines whose
cell gives none ("20%") and whether they are interim ("yes"). A number that is no post in the
file, or a value that cannot be read, is listed as a problem and no line is made up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orgchart_app.domain import (
    DottedLine,
    DottedLineId,
    DottedLineKind,
    PostId,
    Proposal,
    ScenarioId,
)
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind

_ENTRY = re.compile(r"^(?P<ref>[^\s(%]+)\s*\(?\s*(?:(?P<share>\d+(?:\.\d+)?)\s*%)?\s*\)?$")
_SHARE = re.compile(r"^(?P<share>\d+(?:\.\d+)?)\s*%?$")
_KINDS = {
    "": DottedLineKind.ACCOUNTABILITY,
    "dotted": DottedLineKind.ACCOUNTABILITY,
    "accountability": DottedLineKind.ACCOUNTABILITY,
    "accountable": DottedLineKind.ACCOUNTABILITY,
    "matrix": DottedLineKind.MATRIX,
    "professional": DottedLineKind.PROFESSIONAL,
    "secondment": DottedLineKind.SECONDMENT,
    "seconded": DottedLineKind.SECONDMENT,
}
_YES = frozenset({"yes", "y", "true", "1", "interim", "temporary"})
_NO = frozenset({"", "no", "n", "false", "0"})
NOT_MADE = "; no dotted line was made"


@dataclass(frozen=True, slots=True)
class ImportedLine:
    ref: str
    kind: DottedLineKind
    share: float | None
    interim: bool


def parse_dotted(text: str) -> list[tuple[str, float | None]] | None:
    """The (post number, share) entries of a cell, or None when it cannot be read."""
    entries = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = _ENTRY.match(part)
        if match is None:
            return None
        share = match["share"]
        entries.append((match["ref"], float(share) if share else None))
    return entries


def read_lines(row: PostRow) -> list[ImportedLine] | str:
    """The lines a row's dotted-line columns describe, or the problem that stops them."""
    entries = parse_dotted(row.dotted_line)
    if entries is None:
        return (
            f'"{row.dotted_line}" is not a post number with an optional share such as '
            f'"P120 (20%)"{NOT_MADE}'
        )
    kinds = [part.strip().casefold() for part in row.dotted_kind.split(";")]
    if unknown := next((k for k in kinds if k not in _KINDS), None):
        return f'"{unknown}" is not a kind of line (dotted, matrix, professional or secondment){NOT_MADE}'
    if len(kinds) not in (1, len(entries)):
        return f'"{row.dotted_kind}" gives {len(kinds)} kinds for {len(entries)} lines{NOT_MADE}'
    interim = row.dotted_interim.strip().casefold()
    if interim not in _YES | _NO:
        return f'"{row.dotted_interim}" is not yes or no (is the dotted line interim?){NOT_MADE}'
    column = _SHARE.match(row.dotted_share.strip())
    if row.dotted_share.strip() and column is None:
        return f'"{row.dotted_share}" is not a share of time such as "20%"{NOT_MADE}'
    column_share = float(column["share"]) if column is not None else None
    lines = []
    for index, (ref, share) in enumerate(entries):
        if None not in (share, column_share) and share != column_share:
            return (
                f'the dotted line of "{row.title}" gives two shares of time '
                f"({share:g}% and {column_share:g}%){NOT_MADE}"
            )
        kind = _KINDS[kinds[index] if len(kinds) > 1 else kinds[0]]
        lines.append(
            ImportedLine(ref, kind, share if share is not None else column_share, interim in _YES)
        )
    return lines


def add_dotted_lines(
    proposal: Proposal,
    scenario_id: ScenarioId,
    rows: Sequence[PostRow],
    refs: Sequence[str],
    ids: Sequence[PostId],
    report: ImportReport,
) -> None:
    by_ref: dict[str, PostId] = {}
    for row, post_id in zip(rows, ids, strict=True):
        if not row.dotted_line.strip():
            continue
        # Most lists have no dotted lines: the index is made for the first one.
        by_ref = by_ref or dict(zip(refs, ids, strict=True))
        lines = read_lines(row)
        if isinstance(lines, str):
            report.add(row.source, row.line, ProblemKind.DOTTED_LINE, lines)
            continue
        for line in lines:
            target = by_ref.get(line.ref)
            if target is None or target == post_id:
                report.add(
                    row.source,
                    row.line,
                    ProblemKind.DOTTED_LINE,
                    f'the dotted line of "{row.title}" goes to "{line.ref}", which is no other '
                    f"post in the file{NOT_MADE}",
                )
                continue
            line_id = DottedLineId(len(proposal.dotted_lines) + 1)
            proposal.dotted_lines[line_id] = DottedLine(
                line_id,
                scenario_id,
                post_id,
                target,
                line.kind,
                line.share,
                temporary=line.interim,
            )
