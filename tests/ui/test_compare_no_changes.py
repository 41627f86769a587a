"""A comparison of two scenarios that are the same says so in the status bar, and so does export."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.export_pdf import ExportPdfDialog
from orgchart_app.ui.window.main_window import MainWindow

SAME = 'No changes between "As is" and "Option B".'


@pytest.fixture
def same_pair(bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """Bury with "Option B", a copy of "As is" not changed yet, compared with it."""
    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(lambda cls, *args: "Option B"))
    bury_window.menu_actions.new_scenario.trigger()
    bury_window.menu_actions.compare.trigger()
    return bury_window


def exported(monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path) -> str:
    """File > Export PDF, the dialog answered with a written file; the status bar's message."""
    monkeypatch.setattr(
        ExportPdfDialog,
        "run",
        classmethod(lambda cls, parent, document, settings: tmp_path / "Appendix 5.pdf"),
    )
    window.menu_actions.export_pdf.trigger()
    return window.statusBar().currentMessage()


def test_comparing_a_scenario_with_its_unchanged_copy_says_no_changes(
    same_pair: MainWindow,
) -> None:
    pair = same_pair.document.compare
    assert pair is not None and [same_pair.document.proposal.scenarios[s].name for s in pair] == [
        "As is",
        "Option B",
    ]
    assert same_pair.statusBar().currentMessage() == SAME
    assert same_pair.changes_dock.list.topLevelItemCount() == 0


def test_exporting_while_comparing_the_same_scenarios_says_no_changes(
    same_pair: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert exported(monkeypatch, same_pair, tmp_path) == f'Exported "Appendix 5.pdf". {SAME}'


def test_a_comparison_with_changes_says_nothing_of_the_kind(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bury_window.menu_actions.compare.trigger()  # "As is" and "To be" differ
    assert "No changes" not in bury_window.statusBar().currentMessage()
    assert exported(monkeypatch, bury_window, tmp_path) == 'Exported "Appendix 5.pdf".'


def test_once_the_copy_is_changed_the_export_no_longer_says_so(
    same_pair: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = same_pair
    option_b = window.document.compare[1]  # type: ignore[index]
    window.document.select([window.document.proposal.posts_in(option_b)[-1].id])
    window.menu_actions.delete.trigger()
    assert window.changes_dock.list.topLevelItemCount() == 1
    assert exported(monkeypatch, window, tmp_path) == 'Exported "Appendix 5.pdf".'
