"""File commands through the menus: prompts before losing work, Save and reopen, damaged files."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from orgchart_app.edits import Redesignate
from orgchart_app.storage import open_proposal
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.prompts import UnsavedChoice
from orgchart_app.ui.files import loader
from orgchart_app.ui.window.main_window import MainWindow
from tests.storage.helpers import crafted
from tests.ui.conftest import open_in


def rename_first_post(window: MainWindow, title: str = "Renamed Post") -> int:
    scenario = window.document.proposal.scenario_named("As is").id
    post = window.document.proposal.posts_in(scenario)[0]
    window.document.push(Redesignate(post.id, title))
    return post.id


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, choice: UnsavedChoice) -> list[str]:
    asked: list[str] = []

    def ask(cls: type, parent: object, name: str) -> UnsavedChoice:
        asked.append(name)
        return choice

    monkeypatch.setattr(dialogs.UnsavedChanges, "ask", classmethod(ask))
    return asked


def test_save_writes_and_reopening_shows_the_change(
    qtbot,
    bury_window: MainWindow,
    bury_file: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = bury_window
    copy = tmp_path / "bury.sqlite"
    shutil.copy(bury_file, copy)
    open_in(qtbot, window, copy)
    post = rename_first_post(window)
    window.menu_actions.save.trigger()
    assert not window.isWindowModified() and "Saved" in window.statusBar().currentMessage()
    window.menu_actions.close.trigger()
    assert not window.document.proposal.posts
    assert window.central.currentWidget() is not window.central.chart  # the welcome page
    open_in(qtbot, window, copy)
    assert window.document.proposal.posts[post].title == "Renamed Post"
    assert window.settings.recent_files()[0] == copy.resolve()


def test_save_as_asks_for_a_name_and_the_title_follows(
    bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "option b"
    monkeypatch.setattr(
        dialogs.SaveFile,
        "ask",
        classmethod(lambda cls, parent, suggested: target.with_suffix(".sqlite")),
    )
    rename_first_post(bury_window)
    bury_window.menu_actions.save_as.trigger()
    assert (tmp_path / "option b.sqlite").exists()
    assert bury_window.windowTitle().startswith("option b.sqlite")


@pytest.mark.parametrize("choice", [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD])
def test_new_with_unsaved_changes_asks_first(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: UnsavedChoice
) -> None:
    post = rename_first_post(bury_window)
    asked = answer_unsaved(monkeypatch, choice)
    bury_window.menu_actions.new.trigger()
    assert asked == ["bury_community_commissioning.sqlite"]
    kept = post in bury_window.document.proposal.posts and (
        bury_window.document.proposal.posts[post].title == "Renamed Post"
    )
    assert kept is (choice is UnsavedChoice.CANCEL)
    if choice is UnsavedChoice.DISCARD:
        assert bury_window.windowTitle().startswith("Untitled proposal")


def test_quit_with_unsaved_changes_can_save_them_first(
    qtbot,
    bury_window: MainWindow,
    bury_file: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "bury.sqlite"
    shutil.copy(bury_file, copy)
    open_in(qtbot, bury_window, copy)
    rename_first_post(bury_window, "Saved On Quit")
    answer_unsaved(monkeypatch, UnsavedChoice.SAVE)
    bury_window.menu_actions.quit.trigger()
    assert not bury_window.isVisible()
    titles = {p.title for p in open_proposal(copy).proposal.posts.values()}
    assert "Saved On Quit" in titles


def test_quit_cancelled_keeps_the_window_open(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    rename_first_post(bury_window)
    answer_unsaved(monkeypatch, UnsavedChoice.CANCEL)
    bury_window.menu_actions.quit.trigger()
    assert bury_window.isVisible() and bury_window.isWindowModified()


def test_opening_a_damaged_file_says_why_and_the_window_stays_usable(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    messages: list[str] = []
    monkeypatch.setattr(dialogs.OpenFile, "ask", classmethod(lambda cls, parent, folder: damaged))
    monkeypatch.setattr(
        dialogs.ErrorMessage,
        "ask",
        classmethod(lambda cls, parent, title, text: messages.append(text)),
    )
    before = bury_window.document.proposal.snapshot()
    with qtbot.waitSignal(bury_window.files.loader.failed, timeout=10_000):
        bury_window.menu_actions.open.trigger()
    assert len(messages) == 1 and "damaged.sqlite" in messages[0]
    assert "Traceback" not in messages[0] and messages[0].count("\n") == 0
    assert bury_window.document.proposal.snapshot() == before
    assert bury_window.windowTitle().startswith("bury_community_commissioning.sqlite")
    rename_first_post(bury_window, "Still Editable")
    assert bury_window.isWindowModified()


def test_a_file_whose_units_contain_each_other_is_refused_not_hung_on(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Once, such a file opened, and the costs dock's table of units spun at 100% CPU for ever.
    looped = crafted(tmp_path / "looped.sqlite", "UPDATE unit SET parent_id = 3 WHERE id = 2")
    messages: list[str] = []
    monkeypatch.setattr(dialogs.OpenFile, "ask", classmethod(lambda cls, parent, folder: looped))
    monkeypatch.setattr(
        dialogs.ErrorMessage,
        "ask",
        classmethod(lambda cls, parent, title, text: messages.append(text)),
    )
    with qtbot.waitSignal(bury_window.files.loader.failed, timeout=10_000):
        bury_window.menu_actions.open.trigger()
    assert (
        len(messages) == 1 and "units contain each other: Community Commissioning > " in messages[0]
    )
    rename_first_post(bury_window, "Still Editable")
    assert bury_window.isWindowModified()


def test_open_recent_lists_what_was_opened(
    qtbot, bury_window: MainWindow, manchester_file: Path
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, bury_window, manchester_file)
    bury_window.menus.recent.aboutToShow.emit()
    names = [a.text() for a in bury_window.menus.recent.actions()]
    assert names == ["&1 manchester_adults.sqlite", "&2 bury_community_commissioning.sqlite"]
    with qtbot.waitSignal(bury_window.files.opened, timeout=10_000):
        bury_window.menus.recent.actions()[1].trigger()
    assert bury_window.document.path is not None
    assert bury_window.document.path.name == "bury_community_commissioning.sqlite"


def test_read_only_shows_in_the_title_and_save_becomes_save_as(
    bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def save_as(cls: type, parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "mine.sqlite"

    monkeypatch.setattr(dialogs.SaveFile, "ask", classmethod(save_as))
    bury_window.document.set_read_only(True)
    assert "(read-only)" in bury_window.windowTitle()
    assert bury_window.menu_actions.save.text() == "&Save a Copy..."
    bury_window.menu_actions.save.trigger()
    assert asked and asked[0].name == "bury_community_commissioning (copy).sqlite"
    assert (tmp_path / "mine.sqlite").exists() and "(read-only)" not in bury_window.windowTitle()


def test_a_failed_save_says_what_failed_and_keeps_the_work(
    bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        dialogs.SaveFile,
        "ask",
        classmethod(lambda cls, parent, suggested: tmp_path / "no such folder" / "x.sqlite"),
    )
    monkeypatch.setattr(
        dialogs.ErrorMessage,
        "ask",
        classmethod(lambda cls, parent, title, text: messages.append(text)),
    )
    rename_first_post(bury_window)
    bury_window.menu_actions.save_as.trigger()
    assert len(messages) == 1 and messages[0].startswith('"x.sqlite" was not saved')
    assert bury_window.isWindowModified()


def test_the_file_is_read_on_a_worker_thread(
    qtbot, window: MainWindow, bury_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    readers: list[threading.Thread] = []
    real_open = loader.open_proposal

    def recording_open(path: Path, **options: bool):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real_open(path, **options)

    monkeypatch.setattr(loader, "open_proposal", recording_open)
    open_in(qtbot, window, bury_file)
    assert readers and readers[0] is not threading.main_thread()
    assert len(window.document.proposal.posts) > 0


def test_a_slow_open_shows_progress_and_cancel_keeps_what_was_open(
    qtbot, bury_window: MainWindow, manchester_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    real_open = loader.open_proposal

    def slow_open(path: Path, **options: bool):  # type: ignore[no-untyped-def]
        release.wait(10)  # a big file on a slow network drive
        return real_open(path, **options)

    monkeypatch.setattr(loader, "open_proposal", slow_open)
    opened: list[object] = []
    bury_window.files.opened.connect(opened.append)
    bury_window.files.open_path(manchester_file)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in bury_window.findChildren(QProgressDialog)))
    progress = next(p for p in bury_window.findChildren(QProgressDialog) if p.isVisible())
    assert "manchester_adults.sqlite" in progress.labelText()
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    bury_window.files.loader.wait()
    qtbot.wait(50)  # let the worker's late result arrive, to be ignored
    assert opened == []
    assert bury_window.document.path is not None
    assert bury_window.document.path.name == "bury_community_commissioning.sqlite"


def test_a_proposal_dropped_from_the_file_manager_opens(
    qtbot, bury_window: MainWindow, manchester_file: Path
) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(manchester_file))])
    at, copy = QPoint(10, 10), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, mime, buttons, keys)
    QApplication.sendEvent(bury_window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(bury_window.files.opened, timeout=10_000):
        QApplication.sendEvent(bury_window, QDropEvent(QPointF(at), copy, mime, buttons, keys))
    not_a_proposal = QMimeData()
    not_a_proposal.setUrls([QUrl.fromLocalFile(str(manchester_file.with_suffix(".txt")))])
    refused = QDragEnterEvent(at, copy, not_a_proposal, buttons, keys)
    refused.ignore()
    QApplication.sendEvent(bury_window, refused)
    assert not refused.isAccepted()
    assert bury_window.document.path == manchester_file
