"""Files handed over by the desktop: macOS's QFileOpenEvent, and the name Wayland matches on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.prompts import UnsavedChoice
from orgchart_app.ui.window.app import FileOpenRequests, prepare_application
from orgchart_app.ui.window.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def requests(qapp: QApplication, window: MainWindow) -> Iterator[FileOpenRequests]:
    filter_ = FileOpenRequests(qapp, window)
    yield filter_
    qapp.removeEventFilter(filter_)  # the window is deleted later; the next test has its own


def hand_over(qtbot, qapp: QApplication, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the Finder's "Open With" does: an event to the application naming the file."""
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))


@pytest.mark.usefixtures("requests")
def test_a_file_handed_over_opens_in_the_window(
    qtbot,
    qapp: QApplication,
    window: MainWindow,  # type: ignore[no-untyped-def]
    bury_file: Path,
) -> None:
    hand_over(qtbot, qapp, window, bury_file)
    assert window.document.path == bury_file
    assert window.document.proposal.scenario_named("To be")
    assert window.windowTitle().startswith(bury_file.name)


@pytest.mark.usefixtures("requests")
def test_unsaved_changes_are_asked_about_before_the_handed_over_file_opens(
    qtbot,
    qapp: QApplication,
    window: MainWindow,
    bury_file: Path,
    manchester_file: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hand_over(qtbot, qapp, window, bury_file)
    window.menu_actions.select_all.trigger()
    window.menu_actions.delete.trigger()
    assert window.document.modified
    replies = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    asked: list[str] = []

    def ask(cls: type, parent: object, name: str) -> UnsavedChoice:
        asked.append(name)
        return replies.pop(0)

    monkeypatch.setattr(dialogs.UnsavedChanges, "ask", classmethod(ask))
    QApplication.sendEvent(qapp, QFileOpenEvent(str(manchester_file)))
    assert asked == [bury_file.name] and window.document.path == bury_file  # cancelled: stays
    hand_over(qtbot, qapp, window, manchester_file)
    assert len(asked) == 2 and window.document.path == manchester_file
    assert not window.document.modified


def test_the_desktop_file_name_is_the_linux_desktop_entrys(qapp: QApplication) -> None:
    prepare_application(qapp)
    entry = REPO / "packaging" / "linux" / f"{QGuiApplication.desktopFileName()}.desktop"
    assert entry.is_file()
    assert "Exec=orgchart-designer" in entry.read_text(encoding="utf-8")
