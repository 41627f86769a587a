"""Texts longer than a proposal file holds, cut at import and listed, so the import saves.

A spreadsheet cell holds 32,767 characters, a proposal file's label (a title, a name, a code)
1,000 (storage/limits.py): a save refuses a longer one, since the file would never open again.
An import is not the user's typing, so it is cut here, where the report can say so, rather than
left for a save the user cannot mend from the import wizard.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Iterable
from typing import Any

from orgchart_app.domain import Proposal
from orgchart_app.domain.tables import RECORD_TABLES, Table
from orgchart_app.domain.wording import count_text
from orgchart_app.importers.report import ImportReport, ProblemKind
from orgchart_app.storage.limits import meta_limit, text_limits

# Where a cut text ends: plainly cut, not a text that happens to stop there.
CUT_MARK = "…"


def shorten_long_texts(proposal: Proposal, report: ImportReport) -> None:
    """Cut every text the file could not hold to its limit, each cut a problem of the report."""
    if len(proposal.info.title) > meta_limit("title"):
        proposal.info = dataclasses.replace(
            proposal.info, title=_cut(proposal.info.title, meta_limit("title"))
        )
        report.warnings.append(
            f"The proposal's title is longer than a file holds; only its first "
            f"{count_text(meta_limit('title') - 1)} characters are kept."
        )
    for table in RECORD_TABLES:
        records = list(proposal.records(table).values())
        if not records:
            continue
        record_class: type = type(records[0])
        made = proposal.made_columns.get(table)
        # The columns the records were made from, where the import kept them: no record read.
        columns = made.columns if made is not None and made.stands_for(records) else None
        for name, limit in text_limits(record_class):
            texts = columns[name] if columns else map(operator.attrgetter(name), records)
            if _longest(texts) > limit:
                _cut_field(proposal, table, name, limit, report)


def _longest(texts: Iterable[str | None]) -> int:
    # One C-level pass a column: an import of 50,000 posts pays a few milliseconds.
    return max(map(len, filter(None, texts)), default=0)


def _cut_field(
    proposal: Proposal, table: Table, name: str, limit: int, report: ImportReport
) -> None:
    records = proposal.records(table)
    places = _stated_places(proposal, table)
    # A postholder is not stated apart from the post (personal data): it was on the post's line.
    post_places = _stated_places(proposal, Table.POSTS) if table is not Table.POSTS else {}
    for key, record in list(records.items()):
        text = getattr(record, name)
        if not text or len(text) <= limit:
            continue
        records[key] = dataclasses.replace(record, **{name: _cut(text, limit)})
        source, line = places.get(getattr(record, "id", None)) or post_places.get(
            getattr(record, "post_id", None), ("", 0)
        )
        # The text itself is not quoted: it may be a person's name (personal data).
        report.add(
            source,
            line,
            ProblemKind.CUT_TEXT,
            f"{_record_name(proposal, table, record)}: its {name.replace('_', ' ')} is "
            f"{count_text(len(text))} characters long, more than a proposal file holds; only "
            f"its first {count_text(limit - 1)} characters are kept",
        )


def _cut(text: str, limit: int) -> str:
    return text[: limit - len(CUT_MARK)].rstrip() + CUT_MARK


def _stated_places(proposal: Proposal, table: Table) -> dict[Any, tuple[str, int]]:
    """Record id -> (file, line) where the import found it, from the rows saying so."""
    documents = proposal.documents
    places: dict[Any, tuple[str, int]] = {}
    for row in proposal.provenance.values():
        if row.table != table.value or row.document_id is None:
            continue
        words = row.place.split()
        line = int(words[1]) if len(words) == 2 and words[0] == "line" and words[1].isdigit() else 0
        places[row.record_id] = (documents[row.document_id].reference, line)
    return places


def _record_name(proposal: Proposal, table: Table, record: Any) -> str:
    ref = getattr(record, "post_ref", "")[:40]
    post = proposal.records(Table.POSTS).get(getattr(record, "post_id", None))
    if table is Table.POSTHOLDERS and post is not None:
        return f"the postholder of post {post.post_ref[:40]}"
    kind = table.value.rstrip("s").replace("_", " ")
    return f"{kind} {ref}" if ref else f"{kind} {getattr(record, 'id', '')}".rstrip()
