"""Marker files: made whole or not at all, held by one process, removed only by one holding them.

test_locks.py and test_lock_races.py reach these through the lock beside a file; these call the
marker functions on files in tmp_path, so each promise is checked on its own.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from orgchart_app.storage import markers


def _closed(descriptor: int) -> bool:
    try:
        os.fstat(descriptor)
    except OSError:
        return True
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _beside(marker: Path) -> list[str]:
    return sorted(path.name for path in marker.parent.iterdir())


def test_a_marker_is_made_once_with_its_text_and_nothing_beside_it(tmp_path: Path) -> None:
    marker = tmp_path / ".~a.sqlite.orgchart-lock"
    descriptor = markers.create(marker, "first é")
    assert descriptor is not None
    assert marker.read_text(encoding="utf-8") == "first é"
    assert markers.create(marker, "second") is None
    assert marker.read_text(encoding="utf-8") == "first é"
    assert _beside(marker) == [marker.name]
    os.close(descriptor)


def test_a_held_marker_cannot_be_removed_and_a_let_go_one_can(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "held")
    assert descriptor is not None
    found = markers.read(marker)
    assert found is not None
    assert found.text == "held"
    assert found.inode == marker.stat().st_ino
    assert found.modified == marker.stat().st_mtime
    assert not markers.remove(marker, found)
    assert marker.exists()
    os.close(descriptor)
    assert markers.remove(marker, found)
    assert not marker.exists()
    assert not markers.remove(marker, found)


def test_a_marker_put_in_place_of_the_one_read_is_not_removed(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "old")
    assert descriptor is not None
    found = markers.read(marker)
    assert found is not None
    os.close(descriptor)
    marker.rename(tmp_path / "aside")  # kept, so the new marker cannot reuse its inode
    fresh = markers.create(marker, "new")
    assert fresh is not None
    os.close(fresh)
    assert not markers.remove(marker, found)
    assert marker.read_text(encoding="utf-8") == "new"


def test_a_marker_is_read_up_to_its_size_limit_with_bad_bytes_replaced(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    assert markers.read(marker) is None
    marker.write_bytes(b"\xffok" + b"x" * 5000)
    found = markers.read(marker)
    assert found is not None
    assert found.text.startswith("\ufffdok")
    assert len(found.text.encode("utf-8")) == markers.MAX_MARKER_BYTES + 2  # the � is 3 bytes


def test_a_take_over_replaces_the_marker_read_and_no_other(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    first = markers.create(marker, "theirs")
    assert first is not None
    found = markers.read(marker)
    assert found is not None
    mine = markers.replace(marker, "mine", found)
    assert mine is not None
    assert marker.read_text(encoding="utf-8") == "mine"
    assert _beside(marker) == ["m"]
    # The new marker is held: nobody can remove it while we have it.
    taken = markers.read(marker)
    assert taken is not None
    assert not markers.remove(marker, taken)
    # A take-over of the marker as it was before is refused: it has changed since.
    assert markers.replace(marker, "a third", found) is None
    assert marker.read_text(encoding="utf-8") == "mine"
    assert _beside(marker) == ["m"]
    for descriptor in (first, mine):
        os.close(descriptor)


def test_a_take_over_of_a_marker_gone_meanwhile_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    first = markers.create(marker, "theirs")
    assert first is not None
    found = markers.read(marker)
    assert found is not None
    os.close(first)
    marker.unlink()
    assert markers.replace(marker, "mine", found) is None
    assert _beside(marker) == []


def test_release_removes_our_marker_and_lets_go(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "ours")
    assert descriptor is not None
    markers.release(marker, descriptor, "ours")
    assert not marker.exists()
    assert _closed(descriptor)


def test_release_leaves_a_marker_that_says_something_else(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "ours")
    assert descriptor is not None
    marker.write_text("rewritten in place", encoding="utf-8")
    markers.release(marker, descriptor, "ours")
    assert marker.read_text(encoding="utf-8") == "rewritten in place"
    assert _closed(descriptor)
    found = markers.read(marker)
    assert found is not None and markers.remove(marker, found)  # the OS lock was let go


def test_release_leaves_another_file_under_the_name(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "ours")
    assert descriptor is not None
    marker.rename(tmp_path / "aside")  # kept, so the new file cannot reuse its inode
    marker.write_text("ours", encoding="utf-8")  # same text, another file
    markers.release(marker, descriptor, "ours")
    assert marker.read_text(encoding="utf-8") == "ours"
    assert _closed(descriptor)


def test_release_of_a_marker_removed_meanwhile_still_lets_go(tmp_path: Path) -> None:
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "ours")
    assert descriptor is not None
    marker.unlink()
    markers.release(marker, descriptor, "ours")
    assert not marker.exists()
    assert _closed(descriptor)


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK])
def test_without_hard_links_a_marker_is_made_in_one_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    # A FAT or SMB folder refuses link(); the marker is then created exclusively and written.
    def no_links(*_: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", no_links)
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "one step")
    assert descriptor is not None
    assert marker.read_text(encoding="utf-8") == "one step"
    assert marker.stat().st_mode & 0o777 == 0o644 & ~_umask()
    assert _beside(marker) == ["m"]
    found = markers.read(marker)
    assert found is not None and not markers.remove(marker, found)  # held
    assert markers.create(marker, "second") is None
    assert marker.read_text(encoding="utf-8") == "one step"
    os.close(descriptor)


def test_a_folder_that_refuses_writing_raises_rather_than_falling_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "link", refused)
    marker = tmp_path / "m"
    with pytest.raises(PermissionError):
        markers.create(marker, "text")
    assert _beside(marker) == []


def test_a_marker_that_cannot_be_written_in_one_step_is_not_left_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No hard links, and the disk fills between the staging write and the marker's own.
    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    real_write = os.write
    writes: list[int] = []

    def write_once(descriptor: int, data: bytes) -> int:
        writes.append(descriptor)
        if len(writes) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "write", write_once)
    marker = tmp_path / "m"
    with pytest.raises(OSError) as failed:
        markers.create(marker, "text")
    assert failed.value.errno == errno.ENOSPC
    assert _closed(writes[-1])
    monkeypatch.undo()
    found = markers.read(marker)
    assert found is not None and markers.remove(marker, found)  # nobody holds it


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.EOPNOTSUPP])
def test_where_the_file_system_keeps_no_locks_nobody_holds_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    import fcntl

    def no_locks(*_: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fcntl, "flock", no_locks)
    marker = tmp_path / "m"
    descriptor = markers.create(marker, "unguarded")
    assert descriptor is not None
    os.close(descriptor)
    found = markers.read(marker)
    assert found is not None and markers.remove(marker, found)
    assert not marker.exists()


def test_a_lock_another_holds_is_said_to_be_held_whatever_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    marker = tmp_path / "m"
    descriptor = markers.create(marker, "held")
    assert descriptor is not None
    os.close(descriptor)

    def deadlock(*_: object) -> None:
        raise OSError(errno.EDEADLK, os.strerror(errno.EDEADLK))

    monkeypatch.setattr(fcntl, "flock", deadlock)
    found = markers.read(marker)
    assert found is not None and not markers.remove(marker, found)
    assert marker.exists()
