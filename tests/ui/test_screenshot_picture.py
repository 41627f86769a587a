"""A `--screenshot` picture is the window as it has just painted it, copied from what it painted
(offscreen, where pictures are taken), not the whole window painted a second time."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QImage, QPixmap

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
