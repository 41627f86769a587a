"""The key, on demand in every view: View > Key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings
from tests.ui.test_compare_read_only import comparing


def colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def test_view_key_shows_what_the_chart_means_alone_and_while_comparing(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    key = next(a for a in window.menus.view.actions() if a.text().replace("&", "") == "Key")
    assert not window.key_dock.isVisible()
    key.trigger()
    assert window.key_dock.isVisible()
    texts = " ".join(label.text() for label in window.key_dock.labels)
    assert all(
        word in texts
        for word in ("vacant", "held", "matrix", "dotted", "interim", "to be confirmed")
    )
    pictures = [
        label.pixmap().toImage()
        for label in window.key_dock.findChildren(type(window.key_dock.labels[0]))
        if not label.pixmap().isNull()
    ]
    assert len(pictures) == len(window.key_dock.labels) and all(colours(p) > 1 for p in pictures)
    comparing(qtbot, window)
    assert window.key_dock.isVisible()  # stays in compare mode, beside the changes legend


def test_the_key_is_drawn_when_first_shown_and_comes_back_with_the_windows_layout(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    path = window.document.path
    assert window.key_dock.widget() is None  # hidden since the start: nothing drawn for it
    window.central.chart.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.key_dock.isVisible)
    body = window.key_dock.widget()
    assert body is not None and body.isVisible() and body.height() > 0
    window.document.undo_stack.setClean()
    window.close()  # keeps the window's layout, the key shown in it, in the settings
    again = MainWindow(settings=Settings())
    again.show()
    qtbot.waitExposed(again)
    with qtbot.waitSignal(again.files.opened, timeout=10_000):
        again.files.open_path(path)
    qtbot.waitUntil(again.key_dock.isVisible)
    qtbot.waitUntil(
        lambda: again.key_dock.widget() is not None and again.key_dock.widget().height() > 0
    )
    pictures = [
        label.pixmap()
        for label in again.key_dock.findChildren(QLabel)
        if not label.pixmap().isNull()
    ]
    assert len(pictures) == len(again.key_dock.labels) == 11
    again.document.undo_stack.setClean()
    again.close()
    again.deleteLater()
