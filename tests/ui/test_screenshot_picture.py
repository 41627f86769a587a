"""A `--screenshot` picture is the window as it has just painted it, copied from what it painted
(offscreen, where pictures are taken), not the whole window painted a second time; and what
nobody sees in it (the welcome page before a file opens) is not painted at all."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QWidget

from orgchart_app.ui.window.app import parse_args, take_screenshot
from orgchart_app.ui.window.main_window import MainWindow


def screenshot(window: MainWindow, source: Path, folder: Path, *options: str) -> QImage:
    copy = folder / "bury.sqlite"
    shutil.copyfile(source, copy)
    picture = folder / "shot.png"
    args = parse_args([str(copy), *options, "--screenshot", str(picture)])
    assert take_screenshot(window, args) == 0
    return QImage(str(picture))


def same_pixels(first: QImage, second: QImage) -> bool:
    form = QImage.Format.Format_RGB32
    return first.convertToFormat(form) == second.convertToFormat(form)


def test_the_picture_is_the_window_as_it_shows_pixel_for_pixel(
    window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    # Painted again, this window gives the very pixels it showed (the command's own window may
    # not: its greyed toolbar arrows come out blurred when painted again, crisp on screen); a
    # picture copied before the chart's last paint would differ.
    picture = screenshot(window, bury_file, tmp_path)
    assert picture.size() == window.size()
    assert same_pixels(picture, window.grab().toImage())


def test_the_picture_of_a_comparison_is_the_window_as_it_shows(
    window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    picture = screenshot(window, bury_file, tmp_path, "--compare", "To be")
    assert window.central.showing() is window.central.compare
    assert same_pixels(picture, window.grab().toImage())


def test_the_window_is_not_painted_a_second_time_for_its_picture(
    window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    grabs: list[QPixmap] = []
    paint_again = window.grab
    window.grab = lambda *args: grabs.append(paint_again(*args)) or grabs[-1]  # type: ignore[method-assign]
    picture = screenshot(window, bury_file, tmp_path)
    assert grabs == []
    assert picture.size() == window.size()


class Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_the_welcome_page_is_not_painted_for_a_picture_of_a_file(
    window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    # The window is shown (and laid out, the docks put away and brought back) as at any start,
    # but nobody sees the welcome page of a picture: it is not painted, only the chart is.
    welcome, chart = Paints(window.central.welcome), Paints(window.central.chart.viewport())
    screenshot(window, bury_file, tmp_path)
    assert welcome.count == 0
    assert chart.count > 0


def test_a_picture_without_a_file_is_the_welcome_page(window: MainWindow, tmp_path: Path) -> None:
    welcome = Paints(window.central.welcome)
    picture = tmp_path / "welcome.png"
    assert take_screenshot(window, parse_args(["--screenshot", str(picture)])) == 0
    assert welcome.count > 0
    assert same_pixels(QImage(str(picture)), window.grab().toImage())


def test_a_picture_does_not_add_its_file_to_the_recent_files(
    window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    # A picture's own settings are thrown away with it; writing them is time a picture waits.
    before = window.settings.recent_files()
    screenshot(window, bury_file, tmp_path)
    assert window.settings.recent_files() == before
