"""A council laptop's 1366x768 screen: on first start the chart gets at least half the window,
and every field of the Properties dock can be scrolled into view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings, name_application
from tests.ui.conftest import open_in
from tests.ui.test_assumed_values import click_in_tree


def _on_a_laptop(qtbot, bury_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A first start at 1366x768, the Bury sample opened."""
    name_application()
    window = MainWindow(settings=Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    open_in(qtbot, window, bury_file)
    return window


def test_at_1366_by_768_the_chart_gets_half_the_window_on_first_start(
    qtbot, qapp: QApplication, bury_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _on_a_laptop(qtbot, bury_file)
    chart = window.central.chart
    qtbot.waitUntil(lambda: chart.isVisible() and not chart.busy)
    shown = chart.width() * chart.height()
    assert shown >= 0.5 * window.width() * window.height(), (chart.size(), window.size())
    # Nothing is lost: every dock is one click away (a tab, or the Window menu).
    assert all(
        dock.toggleViewAction() in window.menus.window.actions()
        for dock in (
            window.structure_dock,
            window.properties_dock,
            window.changes_dock,
            window.costs_dock,
        )
    )
    window.document.undo_stack.setClean()
    window.close()


def test_at_1366_by_768_every_field_of_a_selected_post_scrolls_into_view(
    qtbot, qapp: QApplication, bury_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _on_a_laptop(qtbot, bury_file)
    dock = window.properties_dock
    dock.show()
    dock.raise_()
    post = window.document.proposal.post_by_ref(window.document.scenario_id, "BC-1050")  # type: ignore[arg-type]
    assert post is not None
    click_in_tree(qtbot, window, post.id)
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea)
    qtbot.waitUntil(scroll.isVisible)
    # Scrolled up and down only: a form wider than the dock would hide its fields' right edge.
    assert scroll.horizontalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.widget().width() <= scroll.viewport().width()
    last = dock.panel.holders  # the form's last row: the postholders
    scroll.ensureWidgetVisible(last)
    qapp.processEvents()
    shown = QRect(last.mapTo(scroll.viewport(), QPoint(0, 0)), last.size())
    assert last.isVisible() and scroll.viewport().rect().contains(shown), (
        shown,
        scroll.viewport().rect(),
    )
    window.document.undo_stack.setClean()
    window.close()


def test_at_1366_by_768_the_key_fits_the_window_and_every_entry_shows_whole(
    qtbot, qapp: QApplication, bury_file: Path
) -> None:  # type: ignore[no-untyped-def]
    # Five columns of entries asked for 1,526 pixels: showing the key widened the window past a
    # laptop's screen. The entries now flow into as many columns as the window has room for.
    window = _on_a_laptop(qtbot, bury_file)
    window.central.chart.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    key = window.key_dock
    qtbot.waitUntil(key.isVisible)
    qtbot.wait(50)
    assert window.width() == 1366 and key.minimumSizeHint().width() <= 1366
    body = key.widget()
    for label in key.labels:
        shown = QRect(label.mapTo(body, QPoint(0, 0)), label.size())
        assert body.rect().contains(shown), label.text()
        assert label.width() >= label.sizeHint().width(), label.text()
    narrow = key.minimumSizeHint().width()
    assert narrow < 700  # a narrow window still gets the key, in fewer columns
    window.document.undo_stack.setClean()
    window.close()
