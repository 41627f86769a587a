"""A 5,000-row establishment imported with `orgchart import` opens in the designer and draws."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.ui.window.main_window import MainWindow
from tests.cli.helpers import orgchart
from tests.importers.files import large_establishment
from tests.importers.files import write_csv as write_fixture
from tests.ui.conftest import open_in


def test_a_5000_row_import_opens_in_the_designer(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = large_establishment(5000)
    source = write_fixture(tmp_path / "establishment.csv", rows)
    imported = orgchart("import", source, "-o", tmp_path / "big.sqlite")
    assert imported.returncode == 0, imported.stderr

    open_in(qtbot, window, tmp_path / "big.sqlite")
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy, timeout=60_000)
    assert len(window.document.proposal.posts) == 5000
    # Above 2,000 posts it opens collapsed to the levels that fit; Expand All draws every post.
    assert chart.chart.collapsed and chart.chart.summaries
    chart.expand_all()
    qtbot.waitUntil(lambda: not chart.busy and not chart.chart.summaries, timeout=60_000)
    drawn = chart.chart.posts
    assert len(drawn) == 5000
    # The head of the imported structure is on the chart and selectable from the tree's side.
    head = next(p for p in window.document.proposal.posts.values() if p.post_ref == "P00000")
    window.document.select([head.id])
    assert drawn[head.id].isSelected()
