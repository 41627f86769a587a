"""A unit chosen in the structure tree shows in the Properties dock: what it holds, and its name,
status, reference, colour, description and lead post, each change one undo step; choosing a
post shows the post again. Real clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgchart_app.domain import UnitStatus
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import type_into
from tests.ui.test_assumed_values import click_in_tree
from tests.ui.test_docks import post_id
from tests.ui.test_unit_editing import row_centre, unit


def choose_unit(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    dock = window.properties_dock
    dock.show()
    dock.raise_()
    tree = window.structure_dock.view
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(window, unit(window, name).id)
    )


def test_a_unit_chosen_in_the_tree_shows_what_it_holds_and_its_fields(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    choose_unit(qtbot, window, "Brokerage")
    dock = window.properties_dock
    panel = dock.unit_panel
    assert dock.pages.currentWidget() is panel
    brokerage = unit(window, "Brokerage")
    proposal = window.document.proposal
    posts = [p for p in proposal.posts_in(brokerage.scenario_id) if p.unit_id == brokerage.id]
    assert posts  # the team's own posts, worked out here from the file
    count = sum(p.quantity for p in posts)
    assert f"{count} post" in panel.holds.text()
    assert "Brokerage" in panel.heading.text()
    assert panel.name.text() == "Brokerage"
    assert panel.status.currentData() is brokerage.status
    assert "Where from" in panel.sources.text()
    click_in_tree(qtbot, window, post_id(window, "BC-1050"))
    assert dock.pages.currentWidget() is dock.panel


def test_renaming_recolouring_and_a_status_each_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    choose_unit(qtbot, window, "Brokerage")
    panel = window.properties_dock.unit_panel
    brokerage = unit(window, "Brokerage")
    steps = window.document.undo_stack.count()
    panel.name.setFocus()
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Brokerage and Placements")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert window.document.proposal.units[brokerage.id].name == "Brokerage and Placements"
    assert (
        window.structure_dock.model.unit_index(brokerage.id)
        .data()
        .startswith("Brokerage and Placements")
    )
    details = panel.details
    assert details is not None
    type_into(qtbot, details, "colour", "#1f77b4")
    assert window.document.proposal.units[brokerage.id].colour == "#1f77b4"
    type_into(qtbot, details, "colour", "blue-ish")
    assert "colour" in panel.message.text().lower()
    assert window.document.proposal.units[brokerage.id].colour == "#1f77b4"
    target = (
        UnitStatus.IN_PLACE
        if brokerage.status is UnitStatus.TO_BE_CONFIRMED
        else UnitStatus.TO_BE_CONFIRMED
    )
    panel.status.setFocus()
    index = panel.status.findData(target)
    key = Qt.Key.Key_Down if index > panel.status.currentIndex() else Qt.Key.Key_Up
    while panel.status.currentIndex() != index:
        qtbot.keyClick(panel.status, key)
    assert window.document.proposal.units[brokerage.id].status is target
    assert window.document.undo_stack.count() == steps + 3
    for _ in range(3):
        window.menu_actions.undo.trigger()
    assert window.document.proposal.units[brokerage.id] == brokerage
    assert panel.name.text() == "Brokerage"
