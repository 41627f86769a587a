"""Shared files through the window: lock markers, someone else's lock, changes on disk, recovery."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from orgchart_app.edits import Redesignate
from orgchart_app.samples import build_bury
from orgchart_app.storage import (
    LockOwner,
    RecoverySlot,
    list_recovery,
    lock_path,
    open_proposal,
    save_proposal,
)
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.prompts import ConflictChoice, LockChoice, RecoveryChoice
from orgchart_app.ui.window.app import parse_args, start_interactive
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.conftest import open_in


def rename_first_post(window: MainWindow, title: str) -> int:
    scenario = window.document.proposal.scenario_named("As is").id
    post = window.document.proposal.posts_in(scenario)[0]
    window.document.push(Redesignate(post.id, title))
    return post.id


def someone_else_opens(path: Path) -> str:
    owner = LockOwner(
        "Alex Smith", "LAPTOP-12", 4242, dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
    lock_path(path).write_text(owner.to_json(), encoding="utf-8")
    return owner.describe()


def answer(monkeypatch: pytest.MonkeyPatch, dialog: str, reply: object) -> list[tuple[object, ...]]:
    asked: list[tuple[object, ...]] = []

    def ask(cls: type, parent: object, *args: object) -> object:
        asked.append(args)
        return reply

    monkeypatch.setattr(getattr(dialogs, dialog), "ask", classmethod(ask))
    return asked


def test_opening_marks_the_file_and_closing_unmarks_it(
    qtbot, window: MainWindow, shared_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, shared_copy)
    assert lock_path(shared_copy).exists()
    window.menu_actions.close.trigger()
    assert not lock_path(shared_copy).exists()


def test_a_file_someone_has_open_can_be_looked_at_read_only(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    who = someone_else_opens(shared_copy)
    theirs = lock_path(shared_copy).read_text()
    asked = answer(monkeypatch, "LockedFile", LockChoice.READ_ONLY)
    open_in(qtbot, window, shared_copy)
    assert asked == [("bury.sqlite", who)] and "Alex Smith on LAPTOP-12" in who
    assert "(read-only)" in window.windowTitle() and window.document.read_only
    assert lock_path(shared_copy).read_text() == theirs  # their marker stays theirs


def test_a_copy_of_a_file_in_use_is_untitled_and_unsaved(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    someone_else_opens(shared_copy)
    answer(monkeypatch, "LockedFile", LockChoice.COPY)
    open_in(qtbot, window, shared_copy)
    assert window.document.path is None and window.isWindowModified()
    assert window.windowTitle().startswith("Untitled proposal")


def test_leaving_a_file_in_use_keeps_what_was_open(
    qtbot, bury_window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    someone_else_opens(shared_copy)
    answer(monkeypatch, "LockedFile", LockChoice.CANCEL)
    with qtbot.waitSignal(bury_window.files.loader.loaded, timeout=10_000):
        bury_window.files.open_path(shared_copy)
    assert bury_window.document.path is not None
    assert bury_window.document.path.name == "bury_community_commissioning.sqlite"
    assert "Alex Smith" in bury_window.statusBar().currentMessage()


@pytest.mark.parametrize("choice", [ConflictChoice.CANCEL, ConflictChoice.OVERWRITE])
def test_saving_over_a_file_changed_on_disk_asks_first(
    qtbot,
    window: MainWindow,
    shared_copy: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    choice: ConflictChoice,
) -> None:
    open_in(qtbot, window, shared_copy)
    theirs = build_bury()
    theirs.info = open_proposal(shared_copy).proposal.info
    post = rename_first_post(window, "My Title")
    theirs.posts[post] = dataclasses.replace(theirs.posts[post], title="Their Title")
    save_proposal(theirs, shared_copy)  # a colleague saves first
    asked = answer(monkeypatch, "ChangedOnDisk", choice)
    window.menu_actions.save.trigger()
    assert len(asked) == 1 and "changed on disk" in str(asked[0][0])
    on_disk = open_proposal(shared_copy).proposal.posts[post].title
    if choice is ConflictChoice.CANCEL:
        assert on_disk == "Their Title" and window.isWindowModified()
    else:
        assert on_disk == "My Title" and not window.isWindowModified()


def test_changes_are_autosaved_and_saving_removes_the_copy(
    qtbot, window: MainWindow, shared_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, shared_copy)
    rename_first_post(window, "Autosaved Title")
    window.autosaver.wait()
    (entry,) = list_recovery()
    assert entry.source == shared_copy.resolve()
    assert "Autosaved Title" in {p.title for p in entry.restore().posts.values()}
    window.menu_actions.save.trigger()
    window.autosaver.wait()
    assert list_recovery() == []


def test_after_a_crash_the_next_start_offers_the_work_back(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    crashed = open_proposal(shared_copy)
    post = next(iter(crashed.proposal.posts.values()))
    crashed.proposal.posts[post.id] = dataclasses.replace(post, title="Work Before The Crash")
    RecoverySlot.for_document(shared_copy).write(crashed.proposal, crashed.stamp)
    asked = answer(monkeypatch, "OfferRecovery", RecoveryChoice.RESTORE)
    start_interactive(window, parse_args([]))
    assert len(asked) == 1 and '"bury.sqlite"' in str(asked[0][0])
    assert window.document.proposal.posts[post.id].title == "Work Before The Crash"
    assert window.document.path == shared_copy and window.isWindowModified()
    window.autosaver.wait()
    (entry,) = list_recovery()  # the window's own copy replaced the old one
    assert "Work Before The Crash" in {p.title for p in entry.restore().posts.values()}
