"""layout_scenario: a scenario in, a Layout out, by the engine the options name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from orgchart_app.collector import collector_paused
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.layout import compact, graphviz_engine
from orgchart_app.layout.chart import Chart, UnitNode, build_chart, dismantle
from orgchart_app.layout.connectors import Router
from orgchart_app.layout.detour import SearchBudget
from orgchart_app.layout.laid_from import laid_from
from orgchart_app.layout.model import Layout, PostBox, Rect, UnitContainer
from orgchart_app.layout.obstacles import Obstacles
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.row_plan import NO_PLAN, RowPlan
from orgchart_app.layout.same_sizes import relettered
from orgchart_app.layout.text import CONTAINER_TITLE_SIZE, row_height, text_width


def layout_scenario(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: LayoutOptions = LayoutOptions(),
    markers: Mapping[PostId, str] | None = None,
    previous: Layout | None = None,
) -> Layout:
    """The scenario's chart (or one unit's, with options.unit_id) laid out by options.engine.
    markers: change markers to show on boxes (compare mode). previous: the layout this one
    follows (its rows kept in options.keep_rows), reused as it is when the edit between them
    changed no box's size."""
    kept = relettered(previous, proposal, scenario_id, options, markers) if previous else None
    if kept is not None:
        return kept
    with collector_paused():
        layout = _layout(proposal, scenario_id, options, markers)
    return replace(layout, source=laid_from(proposal, scenario_id, options, markers))


def _layout(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> Layout:
    chart = build_chart(proposal, scenario_id, options, markers)
    try:
        return _placed(proposal, chart, scenario_id, options, markers)
    finally:
        dismantle(chart)


def _placed(
    proposal: Proposal,
    chart: Chart,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> Layout:
    if options.engine == "graphviz":
        if not graphviz_engine.available():
            notice = graphviz_engine.MISSING_NOTICE
        else:
            try:
                graphviz_engine.place(chart, options)
                return assemble(proposal, chart, options, "graphviz", ())
            except graphviz_engine.GraphvizFailed:
                notice = graphviz_engine.FAILED_NOTICE
                chart = build_chart(proposal, scenario_id, options, markers)
        rows = compact.place(chart, options)
        return assemble(proposal, chart, options, "compact", (notice,), rows)
    rows = compact.place(chart, options)
    return assemble(proposal, chart, options, "compact", (), rows)


def assemble(
    proposal: Proposal,
    chart: Chart,
    options: LayoutOptions,
    engine: str,
    notices: tuple[str, ...],
    rows: RowPlan = NO_PLAN,
) -> Layout:
    """The Layout of a placed chart (every node's x, y set)."""
    boxes: list[PostBox] = []
    rects: dict[PostId, Rect] = {}
    for node in chart.post_nodes.values():
        box = node.box.placed(round(node.x + node.box_dx, 2), round(node.y, 2))
        boxes.append(box)
        rects[box.post_id] = box.rect
    summary_rects: dict[PostId, Rect] = {}
    for manager_id, summary in chart.summaries.items():
        box = summary.box.placed(round(summary.x + summary.box_dx, 2), round(summary.y, 2))
        boxes.append(box)
        summary_rects[manager_id] = box.rect
    containers = [_container(proposal, node, chart, options) for node in chart.unit_nodes.values()]
    # Lines keep clear of container titles as well as boxes.
    obstacles = Obstacles([*(b.rect for b in boxes), *(_title_rect(c) for c in containers)])
    # Line management first: it has first call on the time for searching ways round.
    router = Router(chart, options, obstacles, SearchBudget(), options.keep_routes)
    connectors = router.solid_connectors(rects, summary_rects) + router.dotted_connectors(
        proposal, rects
    )
    # Every box sits inside its unit's container, so the outermost containers bound the chart.
    outer = [c.rect for c in containers if c.parent_id is None] or [b.rect for b in boxes]
    outer += [c.label_rect for c in connectors if c.label_rect is not None]  # rarely pushed outside
    width = max((r.right for r in outer), default=0.0)
    height = max((r.bottom for r in outer), default=0.0)
    return Layout(
        scenario_id=chart.scenario_id,
        boxes=tuple(boxes),
        containers=tuple(containers),
        connectors=tuple(connectors),
        width=round(width + compact.CHART_MARGIN, 2),
        height=round(height + compact.CHART_MARGIN, 2),
        engine=engine,
        notices=notices,
        rows=rows,
        routes=router.recorder.memo(),
    )


def _title_rect(container: UnitContainer) -> Rect:
    inset = container.title_inset
    width = max(text_width(line, CONTAINER_TITLE_SIZE, bold=True) for line in container.title_lines)
    return Rect(
        container.rect.x + inset,
        container.rect.y + inset,
        width,
        len(container.title_lines) * row_height(CONTAINER_TITLE_SIZE),
    )


def _container(
    proposal: Proposal, node: UnitNode, chart: Chart, options: LayoutOptions
) -> UnitContainer:
    unit = node.unit
    organisation = proposal.organisations.get(unit.organisation_id)
    depth = 0
    parent = unit.parent_id
    while parent is not None and parent in chart.unit_nodes and depth <= len(chart.unit_nodes):
        depth += 1
        parent = chart.units[parent].parent_id
    return UnitContainer(
        unit_id=unit.id,
        unit_ref=unit.unit_ref,
        parent_id=unit.parent_id if unit.parent_id in chart.unit_nodes else None,
        rect=Rect(round(node.x, 2), round(node.y, 2), round(node.w, 2), round(node.h, 2)),
        title=unit.name,
        kind=unit.kind,
        status=unit.status,
        colour=unit.colour or (organisation.colour if organisation else ""),
        organisation=organisation.short_name if organisation else "",
        depth=depth,
        title_lines=node.title_lines,
        title_inset=options.container_padding,
    )
