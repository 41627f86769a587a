"""Read-only is shown as a bar across the chart, with "Save a Copy" on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from orgchart_app.ui.dialogs.prompts import LockChoice
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.conftest import open_in
from tests.ui.test_file_safety import answer, someone_else_opens


def test_a_read_only_file_shows_a_bar_whose_button_saves_a_copy(
    qtbot,
    window: MainWindow,
    shared_copy: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    someone_else_opens(shared_copy)
    answer(monkeypatch, "LockedFile", LockChoice.READ_ONLY)
    open_in(qtbot, window, shared_copy)
    bar = window.read_only_bar
    assert (
        bar.isVisible() and "read-only" in bar.message.text() and "Alex Smith" in bar.message.text()
    )
    assert bar.geometry().width() >= window.central.width() - 2  # across the chart
    copy = tmp_path / "my copy.sqlite"
    answer(monkeypatch, "SaveFile", copy)
    qtbot.mouseClick(bar.save_copy, Qt.MouseButton.LeftButton)
    assert copy.exists() and window.document.path == copy and not window.document.read_only
    assert not bar.isVisible()


def test_an_ordinary_file_shows_no_bar(qtbot, window: MainWindow, shared_copy: Path) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, shared_copy)
    assert not window.read_only_bar.isVisible()
