"""An edit updates only the canvas items whose values changed: the rest are left as they are."""

from __future__ import annotations

from orgchart_app.layout.model import Layout
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.canvas.line_items import ConnectorItem
from tests.ui.test_canvas import at_post, drag, post, view  # noqa: F401 - the fixture


def _connector_items(chart_view: ChartView) -> dict[tuple[int, str], ConnectorItem]:
    return {
        (i.connectors[0].from_post_id, i.connectors[0].kind.value): i
        for i in chart_view.chart.items()
        if isinstance(i, ConnectorItem)
    }


def test_a_drop_keeps_every_line_item_it_did_not_change(view: ChartView, qtbot) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    before, old = _connector_items(view), view.chart.layout
    director, old_lead, new_lead = post(view, "P1"), post(view, "P2"), post(view, "P4")
    drag(qtbot, view, at_post(view, "P3"), at_post(view, "P4"))
    after = _connector_items(view)
    assert (new_lead, "reports_to") in after and (old_lead, "reports_to") not in after
    # The director's lines and the dotted lines are the same values: the same items draw them.
    kept = [key for key in before if key in after and key[0] != new_lead]
    assert (director, "reports_to") in kept
    assert all(after[key] is before[key] for key in kept)
    sync = view.chart.last_sync
    assert (sync.added, sync.removed) == (1, 1)  # the new lead's line in, the old one's out
    assert sync.updated == _changed_values(old, view.chart.layout)


def _changed_values(old: Layout | None, new: Layout | None) -> int:
    """Boxes and containers whose value differs between the two layouts (same key in both)."""
    assert old is not None and new is not None
    boxes = {b.post_id: b for b in old.boxes}
    units = {c.unit_id: c for c in old.containers}
    return sum(b.post_id in boxes and boxes[b.post_id] != b for b in new.boxes) + sum(
        c.unit_id in units and units[c.unit_id] != c for c in new.containers
    )
