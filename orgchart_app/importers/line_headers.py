"""The headers of the columns describing hand-drawn lines: whom the line goes to, its kind, its
share of time and whether it is interim. Keyed by field value (columns.Field builds on them)."""

from __future__ import annotations

LINE_HEADERS: dict[str, tuple[str, ...]] = {
    "dotted_line": (
        "dotted line",
        "dotted line manager",
        "dotted line to",
        "dotted line post",
        "dotted line reports to",
        "dotted line manager post number",
        "accountable to",
        "matrix manager",
        "professional lead",
    ),
    "dotted_line_kind": (
        "dotted line kind",
        "dotted line type",
        "line kind",
        "line type",
        "kind of line",
        "dotted line relationship",
    ),
    "dotted_line_share": (
        "dotted line share",
        "dotted line percentage",
        "dotted line percent",
        "dotted line time",
        "dotted line split",
        "share of time",
        "time split",
    ),
    "dotted_line_interim": (
        "dotted line interim",
        "dotted line temporary",
        "interim line",
        "temporary line",
    ),
}

_QUALIFIERS = (
    ("dotted_line_kind", frozenset({"kind", "type", "relationship"})),
    ("dotted_line_share", frozenset({"share", "percent", "percentage", "split", "time"})),
    ("dotted_line_interim", frozenset({"interim", "temporary"})),
)


def guess_line_field(words: set[str]) -> str | None:
    """The line field a header's words suggest ("Matrix Type" -> kind), or None."""
    if not words & {"dotted", "matrix"}:
        return None
    return next((field for field, marks in _QUALIFIERS if words & marks), "dotted_line")
