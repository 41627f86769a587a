"""What is stated and what is assumed, in the designer: the properties panel says where the
selected post's values come from, and View > Show Assumed Values highlights what rests on an
assumption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from orgchart_app.domain import PostId
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.conftest import open_in
from tests.ui.test_docks import post_id


def click_in_tree(qtbot, window: MainWindow, target: PostId) -> None:  # type: ignore[no-untyped-def]
    tree = window.structure_dock.view
    index = window.structure_dock.model.post_index(target)
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    assert window.document.selection == (target,)


def test_the_properties_panel_says_what_is_stated_and_what_is_assumed(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    click_in_tree(qtbot, window, post_id(window, "BC-1050"))
    text = window.properties_dock.panel.sources.text()
    assert "This post: stated: Bury Council HR &amp; Appeals Panel, 25 March 2021" in text
    assert "s.4.1; s.5.5" in text
    assert "Grade" not in text  # the report gives no grade, and the sample assumes none
    click_in_tree(qtbot, window, post_id(window, "BC-1014"))
    text = window.properties_dock.panel.sources.text()
    assert "Status: assumed: which 3 of the 7 Officers are vacant" in text
    click_in_tree(qtbot, window, post_id(window, "BC-1054"))
    text = window.properties_dock.panel.sources.text()
    assert "Reviewing Team" not in text and "placeholder" in text


def test_show_assumed_values_highlights_the_posts_resting_on_an_assumption(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, manchester_file: Path
) -> None:
    open_in(qtbot, window, manchester_file)
    scene = window.central.chart.chart
    staff, dass = post_id(window, "MCC-031"), post_id(window, "MCC-010")
    assert scene.posts[staff].box.change_marker == ""
    window.menu_actions.show_assumed.trigger()
    qtbot.waitUntil(lambda: scene.posts[staff].box.change_marker == "assumed")
    assert scene.posts[dass].box.change_marker == ""  # the DASS: all stated (s.3.2)
    window.menu_actions.show_assumed.trigger()
    qtbot.waitUntil(lambda: scene.posts[staff].box.change_marker == "")
