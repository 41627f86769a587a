"""What a panel says of where a record's values come from (stated or assumed), and its button
to say it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QPushButton

from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain import Proposal
from orgchart_app.domain.provenance import Provenance
from orgchart_app.ui.docks.cited_records import CitedRecord

ASSUMED_COLOUR = "#8a5a00"
ASK = "Where does this come from?…"


def where_from_widgets(prefix: str = "") -> tuple[QLabel, QPushButton]:
    """A panel's "Where from" line and its button asking "Where does this come from?"; stated
    by a document or assumed is what a clerk asks before a paper goes out."""
    sources = QLabel()
    sources.setObjectName(f"{prefix}provenance")
    sources.setWordWrap(True)
    cite = QPushButton(ASK)
    cite.setObjectName(f"{prefix}cite_button")
    return sources, cite


def sources_html(proposal: Proposal, record: CitedRecord) -> str:
    """ "Where from: stated: Report ..., s.5.3" and a line per field with its own source;
    assumed values in their own colour and words (never colour alone)."""
    sources = ProvenanceIndex(proposal).sources(record.table, record.record_id)
    if sources.record is None and not sources.fields:
        return "<i>Where from: not recorded.</i>"
    lines = [_line(f"This {record.noun}", proposal, sources.record)]
    for field, row in sorted(sources.fields.items()):
        lines.append(_line(record.label(field), proposal, row))
    return "<b>Where from</b><br>" + "<br>".join(lines)


def _line(label: str, proposal: Proposal, row: Provenance | None) -> str:
    text = escape(f"{label}: {describe(proposal, row)}")
    if row is not None and row.assumed:
        return f'<span style="color:{ASSUMED_COLOUR}">{text}</span>'
    return text
