"""File > Save a Copy without People: a copy with no personal data, the open proposal untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.storage import open_proposal
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.window.main_window import MainWindow


def file_menu_action(window: MainWindow, text: str):  # noqa: ANN201 - a QAction
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in menu.actions() if a.text() == text)


def test_the_copy_has_no_personal_field_and_the_document_keeps_its_people(
    bury_window: MainWindow, bury_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal = bury_window.document.proposal
    names = {h.name for h in proposal.postholders.values()}
    assert names and all(n.encode() in bury_file.read_bytes() for n in names)
    asked: list[Path] = []
    target = tmp_path / "for sharing.sqlite"

    def ask(cls: type, parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(dialogs.SaveFile, "ask", classmethod(ask))
    title = bury_window.windowTitle()
    file_menu_action(bury_window, "Save a Copy &without People...").trigger()
    assert asked[0].name == "bury_community_commissioning (no people).sqlite"
    data = target.read_bytes()
    assert not any(n.encode() in data for n in names)
    assert open_proposal(target).proposal.postholders == {}
    assert {h.name for h in bury_window.document.proposal.postholders.values()} == names
    assert bury_window.document.path == bury_file and bury_window.windowTitle() == title
    assert "without people" in bury_window.statusBar().currentMessage()


def test_the_open_file_itself_is_refused(
    bury_window: MainWindow, bury_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = bury_file.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(dialogs.SaveFile, "ask", classmethod(lambda cls, parent, s: bury_file))
    monkeypatch.setattr(
        dialogs.ErrorMessage, "ask", classmethod(lambda cls, parent, title, text: told.append(text))
    )
    file_menu_action(bury_window, "Save a Copy &without People...").trigger()
    assert bury_file.read_bytes() == before
    assert told and "is the open proposal" in told[0]
