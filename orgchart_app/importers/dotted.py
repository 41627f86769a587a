"""The dotted-line column of an establishment list: "P120", "P120 (20%)" or "P120 20%; P130 10%".

Each names the post number of a dotted-line (accountability) manager, with an optional share of
time; a number that is no post in the file is listed as a problem and no line is made up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def add_dotted_lines(
    proposal: Proposal,
    scenario_id: ScenarioId,
    rows: Sequence[PostRow],
    refs: Sequence[str],
    ids: Sequence[PostId],
    report: ImportReport,
) -> None:
    by_ref = dict(zip(refs, ids, strict=True))
    for row, post_id in zip(rows, ids, strict=True):
        if not row.dotted_line.strip():
            continue
        entries = parse_dotted(row.dotted_line)
        if entries is None:
            report.add(
                row.source,
                row.line,
                ProblemKind.DOTTED_LINE,
                f'"{row.dotted_line}" is not a post number with an optional share such as '
                '"P120 (20%)"; no dotted line was made',
            )
            continue
        for ref, share in entries:
            target = by_ref.get(ref)
            if target is None or target == post_id:
                report.add(
                    row.source,
                    row.line,
                    ProblemKind.DOTTED_LINE,
                    f'the dotted line of "{row.title}" goes to "{ref}", which is no other '
                    "post in the file; no dotted line was made",
                )
                continue
            line_id = DottedLineId(len(proposal.dotted_lines) + 1)
            proposal.dotted_lines[line_id] = DottedLine(
                line_id, scenario_id, post_id, target, DottedLineKind.ACCOUNTABILITY, share
            )
