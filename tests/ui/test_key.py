"""The key, on demand in every view: View > Key."""

from __future__ import annotations

from PySide6.QtGui import QImage

from orgchart_app.ui.window.main_window import MainWindow
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
