"""The writer: what a save records about itself, and the copy fallback where there are no hard links."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from orgchart_app import __version__
from orgchart_app.domain import FileRefused
from orgchart_app.storage import backup_path, open_proposal, save_proposal, writer
from orgchart_app.storage.conflicts import read_meta
from orgchart_app.storage.identity import user_name
from tests.storage.helpers import child, digest, ended, large_proposal, same_content


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """link() fails as it does on FAT (EPERM); the file system is otherwise real."""

    def refuse(source: object, target: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "link", refuse)


def test_the_previous_version_is_copied_aside_and_the_save_completes(
    tmp_path: Path, no_hard_links: None, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    assert kept == [before]  # the previous version was there, whole, as a copy
    assert same_content(open_proposal(target).proposal, large_proposal("Next", 30))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.sqlite"]


def test_the_copy_is_a_separate_file_with_the_previous_modification_time(
    tmp_path: Path, no_hard_links: None
) -> None:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 5), target)
    os.utime(target, (1_600_000_000, 1_600_000_000))
    backup = writer.Backup.make(target)
    assert backup is not None and backup.path == backup_path(target)
    assert backup.inode != target.stat().st_ino == os.stat(target).st_ino
    assert backup.path.stat().st_mtime == 1_600_000_000  # copy2 keeps the times
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
        return str(
            db.execute("SELECT value FROM proposal_meta WHERE key = ?", (key,)).fetchone()[0]
        )
    finally:
        db.close()


def _saved_over(tmp_path: Path) -> Path:
    target = tmp_path / "shared.sqlite"
    save_proposal(large_proposal("Original", 5), target)
    return target


def _on_replace(monkeypatch: pytest.MonkeyPatch, act: object) -> None:
    """Run `act(source, destination)` in place of each os.replace the writer makes."""
    monkeypatch.setattr(writer.os, "replace", act)


def test_the_new_version_is_written_beside_the_target_under_a_hidden_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_over(tmp_path)
    real_replace, seen = os.replace, []

    def replace(source: str | Path, destination: str | Path) -> None:
        seen.append((Path(source).parent, Path(source).name, Path(destination).name))
        real_replace(source, destination)

    _on_replace(monkeypatch, replace)
    save_proposal(large_proposal("Next", 5), target)
    (folder, staging, backup), (same_folder, temporary, final) = seen
    assert staging.startswith(".~shared.sqlite.previous.") and backup == ".~shared.sqlite.previous"
    assert temporary.startswith(".shared.sqlite.") and temporary.endswith(".saving")
    assert (folder, same_folder, final) == (tmp_path, tmp_path, "shared.sqlite")


def test_a_backup_removed_by_someone_else_meanwhile_does_not_fail_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_over(tmp_path)
    real_replace = os.replace

    def replace(source: str | Path, destination: str | Path) -> None:
        real_replace(source, destination)
        if str(source).endswith(".saving"):
            backup_path(target).unlink()  # another save, or a user tidying the folder

    _on_replace(monkeypatch, replace)
    save_proposal(large_proposal("Next", 5), target)
    assert same_content(open_proposal(target).proposal, large_proposal("Next", 5))


def test_a_folder_that_cannot_be_flushed_does_not_fail_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot open a folder to fsync it; nor can some network file systems."""
    target = _saved_over(tmp_path)
    real_open = os.open

    def open_(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)).is_dir():
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer.os, "open", open_)
    save_proposal(large_proposal("Next", 5), target)
    assert same_content(open_proposal(target).proposal, large_proposal("Next", 5))


def test_a_temporary_file_lost_with_the_drive_still_gives_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_over(tmp_path)
    before = digest(target)
    real_replace = os.replace

    def replace(source: str | Path, destination: str | Path) -> None:
        if str(source).endswith(".saving"):
            Path(source).unlink()  # the share dropped the file: nothing to tidy
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, destination)

    _on_replace(monkeypatch, replace)
    with pytest.raises(FileRefused) as refused:
        save_proposal(large_proposal("Next", 5), target)
    assert str(refused.value) == (
        'Could not save "shared.sqlite": the drive could not be written (a disk error, or a '
        "network drive dropped). Nothing on disk was changed and your work is still open."
    )
    assert digest(target) == before


def test_a_backup_that_cannot_be_kept_names_the_first_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_over(tmp_path)
    before = digest(target)

    def replace(source: str | Path, destination: str | Path) -> None:
        Path(source).unlink()  # the staging name is gone with the share
        raise OSError(errno.EIO, "Input/output error")

    _on_replace(monkeypatch, replace)
    with pytest.raises(FileRefused) as refused:
        save_proposal(large_proposal("Next", 5), target)
    assert "the drive could not be written" in str(refused.value)
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.sqlite"]


def test_a_save_killed_while_writing_leaves_only_its_temporary_file(tmp_path: Path) -> None:
    """SQLite keeps its journal in memory: a crash leaves one stray file, not two."""
    target = _saved_over(tmp_path)
    assert ended(child("exit-at", "writing", target, "New", 3000)) == 3
    (stray,) = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert stray.startswith(".shared.sqlite.") and stray.endswith(".saving")
