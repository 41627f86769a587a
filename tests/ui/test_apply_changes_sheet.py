"""Edit > Apply Changes from Spreadsheet: a preview of the diff, Apply or Cancel, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgchart_app.samples import sample_data_folder
from orgchart_app.ui.dialogs import tables
from orgchart_app.ui.dialogs.changes_preview import ChangesPreview
from orgchart_app.ui.window.main_window import MainWindow
from tests.cli.helpers import orgchart
from tests.ui.conftest import open_in

SHIPPED = sample_data_folder()


@pytest.fixture
def wyvern(tmp_path: Path) -> Path:
    out = tmp_path / "wyvern.sqlite"
    assert orgchart("import", SHIPPED / "example_establishment.csv", "-o", out).returncode == 0
    return out


def _preview(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, sheet: Path
) -> ChangesPreview:
    """Edit > Apply Changes from Spreadsheet, choosing `sheet` in the file dialog."""
    monkeypatch.setattr(tables.ChooseTable, "ask", classmethod(lambda cls, parent, title: sheet))
    window.menu_actions.apply_changes.trigger()
    preview = window.changes.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    return preview


def _grade(window: MainWindow, ref: str) -> str | None:
    proposal = window.document.proposal
    return next((p.grade for p in proposal.posts.values() if p.post_ref == ref), None)


def test_the_preview_applies_every_row_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, wyvern: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_in(qtbot, window, wyvern)
    preview = _preview(qtbot, window, monkeypatch, SHIPPED / "example_changes.xlsx")
    assert "grade: G8 -> G9" in preview.text.toPlainText()
    assert _grade(window, "NS-2101") == "G8"  # nothing before Apply
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _grade(window, "NS-2101") == "G9")
    assert _grade(window, "NS-4116") is None
    window.menu_actions.undo.trigger()  # Edit > Undo: the whole sheet at once
    assert _grade(window, "NS-2101") == "G8" and _grade(window, "NS-4116") == "G6"


def test_cancel_and_refused_rows_change_nothing(
    qtbot: QtBot, window: MainWindow, wyvern: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_in(qtbot, window, wyvern)
    preview = _preview(qtbot, window, monkeypatch, SHIPPED / "example_changes.csv")
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert _grade(window, "NS-2101") == "G8" and not window.document.undo_stack.canUndo()

    bad = tmp_path / "bad.csv"
    bad.write_text("Post reference,Grade\nNS-2101,G9\nNS-9999,G9\n", encoding="utf-8")
    preview = _preview(qtbot, window, monkeypatch, bad)
    assert 'line 3: there is no post "NS-9999"' in preview.text.toPlainText()
    assert not preview.apply_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    assert _grade(window, "NS-2101") == "G8" and not window.document.undo_stack.canUndo()
