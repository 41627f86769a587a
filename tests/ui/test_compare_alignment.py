"""Compare mode lines the two sides up on the post selected, and stacks them on narrow windows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from orgchart_app.ui.window.compare import CompareView, _Side
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_compare_read_only import click_post, comparing

MOVED = "BC-1071"  # Brokerage in the as-is, the Intermediate Tier in the to-be


def on_screen(side: _Side, post_ref: str) -> QPoint:
    item = next(i for i in side.scene.posts.values() if i.box.post_ref == post_ref)
    return side.pane.mapFromScene(item.sceneBoundingRect().topLeft())


def test_selecting_a_post_brings_its_twin_to_the_same_place_on_the_other_side(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    compare: CompareView = comparing(qtbot, bury_window)
    click_post(qtbot, compare.after, MOVED)
    there = on_screen(compare.before, MOVED)
    assert compare.before.pane.viewport().rect().contains(there)
    assert (there - on_screen(compare.after, MOVED)).manhattanLength() <= 2
    # Scrolling one side keeps the two lined up on it.
    bar = compare.after.pane.verticalScrollBar()
    bar.setValue(bar.value() + 40)
    assert (
        on_screen(compare.before, MOVED) - on_screen(compare.after, MOVED)
    ).manhattanLength() <= 2


def test_on_a_narrow_window_the_sides_are_stacked_and_the_view_menu_switches(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    bury_window.resize(900, 700)
    compare = comparing(qtbot, bury_window)
    assert compare.splitter.orientation() == Qt.Orientation.Vertical
    assert bury_window.menu_actions.compare_stacked.isChecked()
    bury_window.menu_actions.compare_stacked.trigger()
    assert compare.splitter.orientation() == Qt.Orientation.Horizontal


def test_a_dotted_line_added_in_the_to_be_is_marked_on_its_side(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    compare = comparing(qtbot, bury_window)
    proposal = bury_window.document.proposal
    marks = {
        proposal.posts[proposal.dotted_lines[i].from_post_id].post_ref: item.marker
        for i, item in compare.after.scene.lines.items()
    }
    assert marks == {"BC-3001": "", "CCG-2001": "", "CCG-2014": "line added"}
    assert all(item.marker == "" for item in compare.before.scene.lines.values())
