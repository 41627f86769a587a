"""A chart too wide to read whole opens at its reader's start: the head of the largest
organisation drawn, not whichever card sits highest (a one-post partner's, at the far edge)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_canvas_bury import opened_chart


def test_several_organisations_open_at_the_largest_one_s_head(  # type: ignore[no-untyped-def]
    qtbot, manchester_file: Path, tmp_path: Path
) -> None:
    chart = opened_chart(qtbot, manchester_file, tmp_path, "As is", 900, 600)
    document = chart.document
    qtbot.waitUntil(lambda: chart.chart.layout is not None and not chart.busy)
    layout = chart.chart.layout
    assert layout is not None
    proposal = document.proposal
    drawn = {box.post_id for box in layout.boxes}
    # Worked out here from the file: each head's posts beneath it, the most first.
    beneath: dict[int, int] = {}
    for post_id in drawn:
        chain = [p.id for p in proposal.line_chain(post_id) if p.id in drawn]
        beneath[chain[-1]] = beneath.get(chain[-1], 0) + 1
    head = max(beneath, key=lambda h: beneath[h])
    highest = min(layout.boxes, key=lambda b: b.rect.y)
    assert highest.post_id != head  # the sample's MLCO card sits higher than any other head
    assert chart.fit_zoom() < chart.zoom  # too wide to read whole: opened at a reading size
    shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
    assert shown.contains(chart.chart.rect_of([head]))
    assert not shown.intersects(chart.chart.rect_of([highest.post_id]))
