"""The Graphviz engine: `dot` lays the chart out, with a cluster per unit (placeholder until wired)."""

from __future__ import annotations

import shutil

from orgchart_app.domain import Proposal
from orgchart_app.layout.chart import Chart
from orgchart_app.layout.model import Layout
from orgchart_app.layout.options import LayoutOptions

MISSING_NOTICE = "Graphviz (the dot program) is not installed: using the compact layout."


def available() -> bool:
    return shutil.which("dot") is not None


def layout(proposal: Proposal, chart: Chart, options: LayoutOptions) -> Layout:
    from orgchart_app.layout import compact
    from orgchart_app.layout.engine import assemble
    compact.place(chart, options)
    return assemble(proposal, chart, options, "compact",
                    ("The Graphviz layout is not ready yet: using the compact layout.",))
