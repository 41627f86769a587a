"""The Graphviz engine on a small chart, and the fallback when dot is not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.layout import LayoutOptions, layout_scenario
from tests.layout.invariants import check_connectors_meet_boxes, check_layout, check_managers_above

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
    assert {b.post_id: (b.rect.w, b.rect.h) for b in layout.boxes} == \
        {b.post_id: (b.rect.w, b.rect.h) for b in compact.boxes}  # same boxes, placed by dot


def test_without_dot_the_compact_layout_is_used_with_a_notice(bury: Proposal,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name, *args, **kwargs: None)
    monkeypatch.setattr("orgchart_app.layout.graphviz_engine.DOT_FALLBACKS", {})
    layout = layout_scenario(bury, bury.scenario_named("To be").id, LayoutOptions(engine="graphviz"))
    assert layout.engine == "compact"
    assert layout.notices == ("Graphviz (the dot program) is not installed: using the compact layout.",)
    assert layout.boxes


def test_the_command_falls_back_without_dot_on_the_path(bury_file: Path, tmp_path: Path) -> None:
    # A real process whose PATH has no dot: exactly what a user without Graphviz runs.
    env = {**os.environ, "PYTHONPATH": str(REPO), "PATH": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "orgchart_app.cli", "layout", str(bury_file),
                             "--scenario", "To be", "--engine", "graphviz"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Graphviz (the dot program) is not installed: using the compact layout."
    assert "(compact layout)" in result.stdout
