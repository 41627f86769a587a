"""The writer: what a save records about itself, and the copy fallback where there are no hard links."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from orgchart_app import __version__
from orgchart_app.storage import backup_path, open_proposal, save_proposal, writer
from orgchart_app.storage.conflicts import read_meta
from orgchart_app.storage.identity import user_name
from tests.storage.helpers import digest, large_proposal, same_content


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """link() fails as it does on FAT (EPERM); the file system is otherwise real."""
    def refuse(source: object, target: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "link", refuse)


def test_the_previous_version_is_copied_aside_and_the_save_completes(
        tmp_path: Path, no_hard_links: None, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 20), target)
    before = digest(target)
    kept: list[str] = []
    real_replace = os.replace

    def replace(source: str | Path, destination: str | Path) -> None:
        if str(source).endswith(".saving"):  # the moment the new version takes the name
            kept.append(digest(backup_path(target)))
        real_replace(source, destination)

    monkeypatch.setattr(writer.os, "replace", replace)
    save_proposal(large_proposal("Next", 30), target)
    assert kept == [before]             # the previous version was there, whole, as a copy
    assert same_content(open_proposal(target).proposal, large_proposal("Next", 30))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.sqlite"]


def test_the_copy_is_a_separate_file_with_the_previous_modification_time(
        tmp_path: Path, no_hard_links: None) -> None:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 5), target)
    os.utime(target, (1_600_000_000, 1_600_000_000))
    backup = writer.Backup.make(target)
    assert backup is not None and backup.path == backup_path(target)
    assert backup.inode != target.stat().st_ino == os.stat(target).st_ino
    assert backup.path.stat().st_mtime == 1_600_000_000    # copy2 keeps the times
    assert digest(backup.path) == digest(target)
    backup.remove()
    assert not backup.path.exists() and target.exists()


def test_a_save_records_its_revision_author_version_and_time_in_utc(tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite"
    proposal = large_proposal("Recorded", 3)
    first = save_proposal(proposal, target)
    proposal.info = first
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    second = save_proposal(proposal, target)
    meta = read_meta(target)
    assert (first.revision, second.revision, meta["revision"]) == (1, 2, "2")
    assert (meta["title"], meta["saved_by"]) == (proposal.info.title, user_name())
    # With its time zone: a colleague in another zone must read the same moment.
    saved_at = dt.datetime.fromisoformat(meta["saved_at"])
    assert saved_at.utcoffset() == dt.timedelta(0)
    assert start <= saved_at <= dt.datetime.now(dt.UTC)
    assert open_proposal(target).proposal.info == second
    assert _meta_value(target, "saved_by_version") == __version__


def _meta_value(path: Path, key: str) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("SELECT value FROM proposal_meta WHERE key = ?", (key,)).fetchone()[0])
    finally:
        db.close()
