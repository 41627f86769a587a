"""The words every format uses to say what an output rests on, so the PDF, Word and web
versions explain the dagger on the charts alike."""

from __future__ import annotations

from orgchart_app.analysis.rests_on import Assumption, RestsOn
from orgchart_app.layout.assumed import ASSUMED_KEY, ASSUMED_MARK

HEADING = "What this rests on"
SOURCES = "Sources"
NO_SOURCES = "The file names no source document."
ASSUMED = "Assumed, not stated by the sources"
EXPLAINED = (
    f"A line marked {ASSUMED_MARK} on the charts rests on one of these. Figures worked "
    "out from them (costs, headroom) are estimates, not facts from the sources."
)
KEY = ASSUMED_KEY


def source_lines(found: RestsOn) -> list[str]:
    return [d.title + (f" ({d.reference})" if d.reference else "") for d in found.documents]


def reason_line(assumption: Assumption) -> str:
    return f"{assumption.reason}."


def applies_line(assumption: Assumption) -> str:
    return f"Applies to: {assumption.summary}."
