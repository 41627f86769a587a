"""The Graphviz engine: `dot` places the boxes, with a cluster per unit; its JSON is read back."""

# Boxes keep the sizes their text needs (fixed-size nodes); containers are the clusters' bounding
# boxes; lines are routed by the same router as the compact engine, so both engines draw alike.

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from orgchart_app.domain.ids import UnitId
from orgchart_app.layout.chart import BoxNode, Chart, SummaryNode, UnitNode
from orgchart_app.layout.compact import CHART_MARGIN, TITLE_MAX_WIDTH
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, wrap

if TYPE_CHECKING:
    import graphviz

MISSING_NOTICE = "Graphviz (the dot program) is not installed: using the compact layout."
FAILED_NOTICE = "Graphviz could not lay this chart out: using the compact layout."
POINTS_PER_INCH = 72.0
# Node positions and cluster bounds are all that is read back: -Tjson0 leaves out -Tjson's drawing
# instructions, which are about a third of dot's work on a 1,000-post chart and most of its output.
DOT_ARGUMENTS = ("-Tjson0",)
# Where installers put dot when it is not on PATH: a program started from the macOS Finder or
# the Windows Start menu gets a PATH without Homebrew's folders or Graphviz's own.
DOT_FALLBACKS = {
    "darwin": ("/opt/homebrew/bin/dot", "/usr/local/bin/dot"),
    "win32": (r"C:\Program Files\Graphviz\bin\dot.exe",),
}


class GraphvizFailed(Exception):
    """dot ran but gave no usable layout."""


def find_dot(platform: str = sys.platform) -> str | None:
    """The dot program: on PATH, else where Homebrew or the Graphviz installer puts it."""
    found = shutil.which("dot")
    if found is not None:
        return found
    return next((c for c in DOT_FALLBACKS.get(platform, ()) if Path(c).exists()), None)


def available() -> bool:
    return find_dot() is not None


def place(chart: Chart, options: LayoutOptions) -> None:
    """Every node's x, y (and a unit's w, h) from dot; raises GraphvizFailed if dot fails."""
    graph = dot_graph(chart, options)
    dot = find_dot()
    if dot is None:
        raise GraphvizFailed("dot is not installed")
    import subprocess  # noqa: PLC0415 - for the Graphviz engine only, not every start (2 ms)

    try:
        # Run by its full path: the graphviz package would look for it on PATH only.
        result = subprocess.run(
            [dot, *DOT_ARGUMENTS],
            input=graph.source.encode("utf-8"),
            capture_output=True,
            check=True,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        data = json.loads(result.stdout)
    except (subprocess.SubprocessError, OSError, ValueError) as error:
        raise GraphvizFailed(str(error)) from error
    _read_back(chart, data)


def dot_graph(chart: Chart, options: LayoutOptions) -> graphviz.Digraph:
    """The chart as dot sees it: fixed-size boxes named p<post id> (s<id> for a collapsed team),
    a cluster_u<unit id> per unit nested like the units, an edge per line of management."""
    import graphviz  # noqa: PLC0415 - a tenth of a second, for the engine a start rarely uses

    graph = graphviz.Digraph(
        graph_attr={
            "rankdir": "TB",
            "nodesep": f"{options.h_gap / POINTS_PER_INCH:.3f}",
            "ranksep": f"{options.v_gap / POINTS_PER_INCH:.3f}",
            "newrank": "true",
            "fontname": "DejaVu Sans Bold",
            "fontsize": f"{CONTAINER_TITLE_SIZE:g}",
        },
        node_attr={"shape": "box", "fixedsize": "true", "label": ""},
    )
    units_in: dict[UnitId | None, list[UnitNode]] = {}
    for unit_node in chart.unit_nodes.values():
        parent_id = unit_node.unit.parent_id
        units_in.setdefault(parent_id if parent_id in chart.unit_nodes else None, []).append(
            unit_node
        )
    posts_in: dict[UnitId, list[BoxNode]] = {}
    for node in (*chart.post_nodes.values(), *chart.summaries.values()):
        posts_in.setdefault(node.post.unit_id, []).append(node)
    stack = [(graph, unit_node) for unit_node in units_in.get(None, [])]
    # Clusters nest like units; built parent first with an explicit stack (units nest deeply).
    pending: list[tuple[graphviz.Digraph, graphviz.Digraph]] = []
    while stack:
        parent, unit_node = stack.pop()
        unit = unit_node.unit
        # Wrapped here, so dot makes room for exactly the lines the container will show.
        unit_node.title_lines = wrap(unit.name, CONTAINER_TITLE_SIZE, TITLE_MAX_WIDTH, bold=True)
        cluster = graphviz.Digraph(
            name=f"cluster_u{unit.id}",
            graph_attr={
                "label": "".join(f"{_escaped(line)}\\l" for line in unit_node.title_lines),
                "labeljust": "l",
                "labelloc": "t",
                "margin": f"{options.container_padding:g}",
            },
        )
        for box_node in posts_in.get(unit.id, []):
            cluster.node(
                _name(box_node),
                width=f"{box_node.box.w / POINTS_PER_INCH:.4f}",
                height=f"{box_node.box.h / POINTS_PER_INCH:.4f}",
            )
        if not posts_in.get(unit.id) and not units_in.get(unit.id):
            cluster.node(f"e{unit.id}", shape="point", width="0.01", style="invis")
        pending.append((parent, cluster))
        stack.extend((cluster, child) for child in units_in.get(unit.id, []))
    for parent, cluster in reversed(pending):
        parent.subgraph(cluster)
    for post_node in chart.post_nodes.values():
        manager_id = post_node.post.reports_to_id
        manager = chart.post_nodes.get(manager_id) if manager_id is not None else None
        if manager is not None:
            graph.edge(_name(manager), _name(post_node))
    for manager_id, summary in chart.summaries.items():
        graph.edge(_name(chart.post_nodes[manager_id]), _name(summary))
    return graph


def _escaped(text: str) -> str:
    # The graphviz package escapes quotes itself but passes backslashes to dot as escapes.
    return text.replace("\\", "\\\\")


def _name(node: BoxNode) -> str:
    return f"{'s' if isinstance(node, SummaryNode) else 'p'}{node.post.id}"


def _read_back(chart: Chart, data: dict[str, object]) -> None:
    """dot's points have y growing upwards from the bottom; ours grow downwards from the top."""
    try:
        left, bottom, right, height = (float(v) for v in str(data["bb"]).split(","))
        # The whole chart's bounds: the router's way round the outside runs along them.
        chart.top.x, chart.top.y = CHART_MARGIN + left, CHART_MARGIN
        chart.top.w, chart.top.h = right - left, height - bottom
        found = data.get("objects", [])
        if not isinstance(found, list):
            raise TypeError("its objects are not a list")
        objects = {str(o["name"]): o for o in found}
        for node in (*chart.post_nodes.values(), *chart.summaries.values()):
            x, y = (float(v) for v in str(objects[_name(node)]["pos"]).split(","))
            node.x = CHART_MARGIN + x - node.box.w / 2
            node.y = CHART_MARGIN + height - y - node.box.h / 2
        for unit_id, unit_node in chart.unit_nodes.items():
            left, bottom, right, top = (
                float(v) for v in str(objects[f"cluster_u{unit_id}"]["bb"]).split(",")
            )
            unit_node.x, unit_node.y = CHART_MARGIN + left, CHART_MARGIN + height - top
            unit_node.w, unit_node.h = right - left, top - bottom
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise GraphvizFailed(f"unexpected output from dot: {error}") from error
