"""What the properties panel says of where a post's values come from (stated or assumed)."""

from __future__ import annotations

from html import escape

from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain import Post, Proposal
from orgchart_app.domain.provenance import Provenance
from orgchart_app.domain.tables import Table

# The fields' names as the form labels them.
FIELD_LABELS = {
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
    "salary": "Salary",
}
ASSUMED_COLOUR = "#8a5a00"


def sources_html(proposal: Proposal, post: Post) -> str:
    """ "Where from: stated: Report ..., s.5.3" and a line per field with its own source;
    assumed values in their own colour and words (never colour alone)."""
    sources = ProvenanceIndex(proposal).sources(Table.POSTS, post.id)
    if sources.record is None and not sources.fields:
        return "<i>Where from: not recorded.</i>"
    lines = [_line("This post", proposal, sources.record)]
    for field, row in sorted(sources.fields.items()):
        lines.append(_line(FIELD_LABELS.get(field, field), proposal, row))
    return "<b>Where from</b><br>" + "<br>".join(lines)


def _line(label: str, proposal: Proposal, row: Provenance | None) -> str:
    text = escape(f"{label}: {describe(proposal, row)}")
    if row is not None and row.assumed:
        return f'<span style="color:{ASSUMED_COLOUR}">{text}</span>'
    return text
