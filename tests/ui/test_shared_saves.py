"""Shared drives through the window: an old lock is offered for take-over, never taken in
silence; a damaged marker is replaced and said; a save overlapping a colleague's is asked about."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from orgchart_app.storage import lock_path, open_proposal, read_lock
from orgchart_app.ui.dialogs.prompts import ConflictChoice, LockChoice
from orgchart_app.ui.window.main_window import MainWindow
from tests.storage.helpers import child, ended
from tests.ui.conftest import open_in
from tests.ui.test_file_safety import answer, rename_first_post


def left_open_since(path: Path, since: dt.datetime) -> str:
    lock_path(path).write_text(
        json.dumps(
            {
                "user": "Alex Smith",
                "machine": "LAPTOP-12",
                "pid": 4242,
                "since": since.isoformat(),
                "app": "orgchart-designer",
            }
        )
    )
    owner = read_lock(path)
    assert owner is not None
    return owner.describe()


def two_days_ago() -> dt.datetime:
    return (dt.datetime.now() - dt.timedelta(days=2)).replace(hour=18, minute=2).astimezone()


def test_a_marker_left_overnight_is_taken_over_when_the_user_says_so(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    who = left_open_since(shared_copy, two_days_ago())
    asked = answer(monkeypatch, "TakeOverLock", True)
    open_in(qtbot, window, shared_copy)
    assert asked == [("bury.sqlite", who)] and " since 18:02 on " in who
    assert not window.document.read_only and window.document.path == shared_copy
    owner = read_lock(shared_copy)
    assert owner is not None and owner.user != "Alex Smith"


def test_declining_the_take_over_offers_read_only_and_keeps_their_marker(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    who = left_open_since(shared_copy, two_days_ago())
    theirs = lock_path(shared_copy).read_text()
    answer(monkeypatch, "TakeOverLock", False)
    asked = answer(monkeypatch, "LockedFile", LockChoice.READ_ONLY)
    open_in(qtbot, window, shared_copy)
    assert asked == [("bury.sqlite", who)] and window.document.read_only
    assert lock_path(shared_copy).read_text() == theirs


def test_a_crafted_marker_is_replaced_and_the_user_told(
    qtbot, window: MainWindow, shared_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    lock_path(shared_copy).write_text(
        json.dumps(
            {"user": "X", "machine": "Y", "pid": 10**30, "since": "9999-12-31T23:59:59+00:00"}
        )
    )
    open_in(qtbot, window, shared_copy)
    assert window.document.path == shared_copy and not window.document.read_only
    assert "could not be read and was replaced" in window.statusBar().currentMessage()


def test_a_save_overlapping_a_colleagues_is_asked_about_not_lost(
    qtbot, window: MainWindow, shared_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, shared_copy)
    rename_first_post(window, "My Title")
    colleague = child("slow-save", shared_copy, "Their version")
    assert colleague.stdout is not None and colleague.stdout.readline().strip() == "swapping"
    asked = answer(monkeypatch, "ChangedOnDisk", ConflictChoice.CANCEL)
    window.menu_actions.save.trigger()  # their save is under way: ours waits for it, then sees it
    assert ended(colleague, timeout=60) == 0
    assert len(asked) == 1 and "changed on disk" in str(asked[0][0])
    assert open_proposal(shared_copy).proposal.info.title == "Their version"
    assert window.isWindowModified()


def test_saving_a_file_opened_through_a_symlink_keeps_the_link(
    qtbot, window: MainWindow, shared_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    link = tmp_path / "desktop" / "bury shortcut.sqlite"
    link.parent.mkdir()
    link.symlink_to(shared_copy)
    shared_copy.chmod(0o664)
    open_in(qtbot, window, link)
    assert lock_path(link) == lock_path(shared_copy) and read_lock(shared_copy) is not None
    rename_first_post(window, "Saved Through The Link")
    window.menu_actions.save.trigger()
    assert link.is_symlink() and not window.isWindowModified()
    titles = {post.title for post in open_proposal(shared_copy).proposal.posts.values()}
    assert "Saved Through The Link" in titles
    assert shared_copy.stat().st_mode & 0o777 == 0o664
