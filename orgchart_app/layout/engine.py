"""layout_scenario: a scenario in, a Layout out, by the engine the options name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.layout import compact
from orgchart_app.layout.chart import Chart, build_chart
from orgchart_app.layout.connectors import dotted_connectors, solid_connectors
from orgchart_app.layout.model import Layout, PostBox, Rect, UnitContainer
from orgchart_app.layout.options import LayoutOptions


def layout_scenario(proposal: Proposal, scenario_id: ScenarioId, options: LayoutOptions = LayoutOptions(),
                    markers: Mapping[PostId, str] | None = None) -> Layout:
    """The scenario's chart (or one unit's, with options.unit_id) laid out by options.engine.
    markers: change markers to show on boxes (compare mode)."""
    chart = build_chart(proposal, scenario_id, options, markers)
    notices: tuple[str, ...] = ()
    if options.engine == "graphviz":
        from orgchart_app.layout import graphviz_engine
        if graphviz_engine.available():
            return graphviz_engine.layout(proposal, chart, options)
        notices = (graphviz_engine.MISSING_NOTICE,)
    compact.place(chart, options)
    return assemble(proposal, chart, options, "compact", notices)


def assemble(proposal: Proposal, chart: Chart, options: LayoutOptions, engine: str,
             notices: tuple[str, ...]) -> Layout:
    """The Layout of a placed chart (every node's x, y set)."""
    boxes: list[PostBox] = []
    rects: dict[PostId, Rect] = {}
    for node in (*chart.post_nodes.values(), *chart.summaries.values()):
        rect = Rect(round(node.x + node.box_dx, 2), round(node.y, 2), node.box.rect.w, node.box.rect.h)  # type: ignore[union-attr]
        node.box = replace(node.box, rect=rect)  # type: ignore[arg-type]
        boxes.append(node.box)  # type: ignore[arg-type]
        if node.kind == "post":
            rects[node.post.id] = rect  # type: ignore[union-attr]
    containers = [_container(proposal, node, chart) for node in chart.unit_nodes.values()]
    connectors = solid_connectors(chart, rects, options) + dotted_connectors(proposal, chart, rects)
    width = max((r.right for r in (*(b.rect for b in boxes), *(c.rect for c in containers))), default=0.0)
    height = max((r.bottom for r in (*(b.rect for b in boxes), *(c.rect for c in containers))), default=0.0)
    return Layout(scenario_id=chart.scenario_id, boxes=tuple(boxes), containers=tuple(containers),
                  connectors=tuple(connectors), width=round(width + compact.CHART_MARGIN, 2),
                  height=round(height + compact.CHART_MARGIN, 2), engine=engine, notices=notices)


def _container(proposal: Proposal, node: object, chart: Chart) -> UnitContainer:
    unit = node.unit  # type: ignore[attr-defined]
    organisation = proposal.organisations.get(unit.organisation_id)
    depth = 0
    parent = unit.parent_id
    while parent is not None and parent in chart.unit_nodes and depth <= len(chart.unit_nodes):
        depth += 1
        parent = chart.units[parent].parent_id
    return UnitContainer(
        unit_id=unit.id, unit_ref=unit.unit_ref,
        parent_id=unit.parent_id if unit.parent_id in chart.unit_nodes else None,
        rect=Rect(round(node.x, 2), round(node.y, 2), round(node.w, 2), round(node.h, 2)),  # type: ignore[attr-defined]
        title=unit.name, kind=unit.kind, status=unit.status,
        colour=unit.colour or (organisation.colour if organisation else ""),
        organisation=organisation.short_name if organisation else "", depth=depth,
        title_lines=node.title_lines)  # type: ignore[attr-defined]
