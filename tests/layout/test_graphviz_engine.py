"""The Graphviz engine on a small chart, and the fallback when dot is not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.layout import LayoutOptions, Rect, graphviz_engine, layout_scenario
from orgchart_app.layout.chart import build_chart
from orgchart_app.layout.model import ConnectorKind
from orgchart_app.samples.synthetic import build_synthetic
from tests.layout.invariants import (
    LABEL_TOLERANCE,
    check_connectors_meet_boxes,
    check_layout,
    check_managers_above,
    title_rect,
)

REPO = Path(__file__).resolve().parents[2]


def test_dot_lays_out_the_bury_chart_with_unit_clusters(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    layout = layout_scenario(bury, to_be, LayoutOptions(engine="graphviz"))
    assert layout.engine == "graphviz" and not layout.notices
    assert len(layout.containers) == len(bury.units_in(to_be))
    check_layout(bury, layout, {p.id for p in bury.posts_in(to_be)})
    check_managers_above(bury, layout)
    check_connectors_meet_boxes(layout)
    compact = layout_scenario(bury, to_be)
    assert {b.post_id: (b.rect.w, b.rect.h) for b in layout.boxes} == {
        b.post_id: (b.rect.w, b.rect.h) for b in compact.boxes
    }  # same boxes, placed by dot


def test_without_dot_the_compact_layout_is_used_with_a_notice(
    bury: Proposal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda name, *args, **kwargs: None)
    monkeypatch.setattr("orgchart_app.layout.graphviz_engine.DOT_FALLBACKS", {})
    layout = layout_scenario(
        bury, bury.scenario_named("To be").id, LayoutOptions(engine="graphviz")
    )
    assert layout.engine == "compact"
    assert layout.notices == (
        "Graphviz (the dot program) is not installed: using the compact layout.",
    )
    assert layout.boxes


def test_the_command_falls_back_without_dot_on_the_path(bury_file: Path, tmp_path: Path) -> None:
    # A real process whose PATH has no dot: exactly what a user without Graphviz runs.
    env = {**os.environ, "PYTHONPATH": str(REPO), "PATH": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "orgchart_app.cli",
            "layout",
            str(bury_file),
            "--scenario",
            "To be",
            "--engine",
            "graphviz",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.splitlines()[0]
        == "Graphviz (the dot program) is not installed: using the compact layout."
    )
    assert "(compact layout)" in result.stdout


@pytest.mark.parametrize("chart", ["bury", "synthetic"])
def test_lines_down_to_a_report_take_no_detour_when_a_plain_elbow_is_clear(
    bury: Proposal, chart: str
) -> None:
    # dot places a report anywhere on the rank below; the router then looks for a clear way. A
    # way round (six points) where a plain elbow (down, across, down) passes no box or title is
    # a needless detour.
    proposal = bury if chart == "bury" else build_synthetic(800, seed=3)
    for scenario in proposal.scenarios.values():
        layout = layout_scenario(proposal, scenario.id, LayoutOptions(engine="graphviz"))
        titles = [title_rect(c) for c in layout.containers]
        for line in layout.connectors:
            manager, report = layout.box_for(line.from_post_id), layout.box_for(line.to_post_id)
            if (
                line.kind is not ConnectorKind.REPORTS_TO
                or manager is None
                or report is None
                or report.rect.y <= manager.rect.bottom
                or len(line.points) <= 4
            ):
                continue
            others = [b.rect for b in layout.boxes if b is not manager and b is not report] + titles
            assert _clear_elbow(manager.rect, report.rect, others) is None, f"{line} takes a detour"


def _clear_elbow(m: Rect, r: Rect, others: list[Rect]) -> float | None:
    """The height of a plain elbow from m down to r that passes through none of the others, if any
    (tried every point down the gap, keeping a quarter of the gap between ranks from either box)."""
    mx, rx = m.x + m.w / 2, r.x + r.w / 2
    clearance = LayoutOptions().v_gap / 4
    y = m.bottom + clearance
    while y <= r.y - clearance:
        segments = (((mx, m.bottom), (mx, y)), ((mx, y), (rx, y)), ((rx, y), (rx, r.y)))
        if not any(_through(segment, rect) for segment in segments for rect in others):
            return y
        y += 1
    return None


def _through(segment: tuple[tuple[float, float], tuple[float, float]], rect: Rect) -> bool:
    (x1, y1), (x2, y2) = segment
    return (
        min(x1, x2) < rect.right - LABEL_TOLERANCE
        and max(x1, x2) > rect.x + LABEL_TOLERANCE
        and min(y1, y2) < rect.bottom - LABEL_TOLERANCE
        and max(y1, y2) > rect.y + LABEL_TOLERANCE
    )


def test_dot_gives_the_chart_its_bounds_for_the_way_round_the_outside(bury: Proposal) -> None:
    # The router's last way round runs just outside the whole chart: under dot, as under the
    # compact engine, the chart's bounds must hold every container.
    options = LayoutOptions(engine="graphviz")
    chart = build_chart(bury, bury.scenario_named("To be").id, options)
    graphviz_engine.place(chart, options)
    top = chart.top
    for unit in chart.unit_nodes.values():
        assert top.x - 0.01 <= unit.x and unit.x + unit.w <= top.x + top.w + 0.01
        assert top.y - 0.01 <= unit.y and unit.y + unit.h <= top.y + top.h + 0.01
    assert top.w > 0 and top.h > 0
