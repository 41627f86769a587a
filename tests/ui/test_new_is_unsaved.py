"""Every way a proposal comes into being leaves it unsaved until it is saved: Close and Quit ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.importers.run import import_files
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from orgchart_app.ui.dialogs.prompts import UnsavedChoice
from orgchart_app.ui.window.main_window import MainWindow
from tests.importers.files import establishment_rows, write_csv


def asked_on_close(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Close the proposal, staying if asked; the names the question was asked about."""
    asked: list[str] = []

    def answer(cls: type, parent: object, name: str) -> UnsavedChoice:
        asked.append(name)
        return UnsavedChoice.CANCEL

    monkeypatch.setattr(dialogs.UnsavedChanges, "ask", classmethod(answer))
    window.menu_actions.close.trigger()
    return asked


def test_a_new_proposal_is_unsaved_and_close_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.menu_actions.new.trigger()
    assert window.isWindowModified()
    assert asked_on_close(window, monkeypatch) == ["Untitled proposal"]
    assert window.document.proposal.scenarios  # still open: the user chose to stay


def test_an_imported_establishment_is_unsaved_and_close_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "establishment.csv", establishment_rows())
    imported = import_files([source]).proposal
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, parent=None: imported))
    window.menu_actions.import_establishment.trigger()
    assert len(window.document.proposal.posts) == 5
    assert window.isWindowModified()
    assert asked_on_close(window, monkeypatch) == ["Untitled proposal"]
    window.document.undo_stack.setClean()


def test_a_paste_into_a_new_proposal_undone_still_leaves_it_unsaved(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.menu_actions.new.trigger()
    head = next(iter(window.document.proposal.posts))
    window.document.select([head])
    window.menu_actions.copy.trigger()
    window.menu_actions.paste.trigger()
    window.menu_actions.undo.trigger()
    assert window.isWindowModified()
    assert asked_on_close(window, monkeypatch) == ["Untitled proposal"]


def test_closing_leaves_an_empty_window_with_nothing_to_ask(window: MainWindow) -> None:
    window.menu_actions.new.trigger()
    window.document.undo_stack.setClean()
    window.menu_actions.close.trigger()
    assert window.document.proposal == Proposal() and not window.isWindowModified()
