"""Recovery copies, the cases test_recovery.py and test_leftovers.py leave open: the slot's names,
what a copy's description records, the order of the list, and what pruning keeps or removes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import socket
import subprocess
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.samples import build_bury
from orgchart_app.storage import RecoverySlot, list_recovery, save_proposal
from orgchart_app.storage.recovery import RecoveryFile


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def _as_crashed(meta: Path, days: float = 0) -> None:
    """Make a copy's description say its designer is gone (and, with `days`, when it saved)."""
    record = json.loads(meta.read_text(encoding="utf-8"))
    record["pid"] = _dead_pid()
    record["saved_at"] = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat()
    meta.write_text(json.dumps(record), encoding="utf-8")


def test_a_slot_is_named_after_its_document_and_twelve_random_digits(tmp_path: Path) -> None:
    named = RecoverySlot.for_document(tmp_path / "bury.sqlite", tmp_path / "recovery")
    assert re.fullmatch(r"bury-[0-9a-f]{12}", named.key)
    assert named.source == (tmp_path / "bury.sqlite").resolve()
    assert named.data_path == tmp_path / "recovery" / f"{named.key}.sqlite"
    assert named.meta_path == tmp_path / "recovery" / f"{named.key}.json"
    for nothing in (None, ""):
        untitled = RecoverySlot.for_document(nothing, tmp_path)
        assert re.fullmatch(r"untitled-[0-9a-f]{12}", untitled.key)
        assert untitled.source is None
    assert RecoverySlot.for_document(None, tmp_path).key != untitled.key


def test_a_written_copy_is_described_as_it_is_listed(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "recovery"
    work = build_bury()
    work.info = dataclasses.replace(work.info, title="Café changes £")
    written = RecoverySlot.for_document(tmp_path / "bury.sqlite", folder).write(work)
    assert (written.machine, written.pid, written.title) == (
        socket.gethostname(),
        os.getpid(),
        "Café changes £",
    )
    (listed,) = list_recovery(folder, include_running=True)
    assert listed == written
    assert written.data_path.exists() and written.meta_path.exists()
    # The folder is the user's alone: it holds their unsaved work.
    assert folder.stat().st_mode & 0o777 == 0o700
    text = written.meta_path.read_text(encoding="utf-8")
    assert '"title": "Café changes £"' in text


def test_a_copy_that_cannot_be_written_says_why_in_words(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        RecoverySlot.for_document(None, tmp_path / "file" / "recovery").write(build_bury())
    assert str(refused.value) == (
        "Could not write the recovery copy: the folder no longer exists (a network drive may "
        "have been disconnected)."
    )


def test_a_description_without_a_title_reads_as_untitled(tmp_path: Path) -> None:
    meta = tmp_path / "x-0123456789ab.json"
    entry = RecoveryFile.from_json(
        meta, json.dumps({"saved_at": "2026-11-21T10:42:00+00:00", "machine": "m", "pid": 5})
    )
    assert entry is not None
    assert entry.title == ""
    assert entry.data_path == tmp_path / "x-0123456789ab.sqlite"


def test_copies_are_listed_newest_first(tmp_path: Path) -> None:
    days = [3, 1, 5, 2]
    slots = [RecoverySlot.for_document(None, tmp_path) for _ in days]
    for slot, age in zip(slots, days, strict=True):
        slot.write(build_bury())
        _as_crashed(slot.meta_path, age)
    listed = [entry.data_path for entry in list_recovery(tmp_path)]
    assert listed == [slots[i].data_path for i in (1, 3, 0, 2)]


def test_a_copy_whose_source_is_gone_or_unreadable_is_kept(tmp_path: Path) -> None:
    gone = tmp_path / "gone.sqlite"
    damaged = tmp_path / "damaged.sqlite"
    for source in (gone, damaged):
        save_proposal(build_bury(), source)
        slot = RecoverySlot.for_document(source, tmp_path / "recovery")
        slot.write(build_bury())  # the same proposal as the file: not needed, while it reads
        _as_crashed(slot.meta_path)
    gone.unlink()
    damaged.write_bytes(b"SQLite format 3\x00 and then nothing")
    listed = {entry.source for entry in list_recovery(tmp_path / "recovery")}
    assert listed == {gone.resolve(), damaged.resolve()}


def test_an_unreadable_description_does_not_hide_the_others(tmp_path: Path) -> None:
    slots = [RecoverySlot.for_document(None, tmp_path) for _ in range(4)]
    for slot in slots:
        slot.write(build_bury())
        _as_crashed(slot.meta_path)
    # The one the folder lists first becomes unreadable (not UTF-8): the rest are still offered.
    first = next(path for path in tmp_path.glob("*.json"))
    first.write_bytes(b'{"title": "\xff"}')
    listed = {entry.meta_path for entry in list_recovery(tmp_path)}
    assert listed == {slot.meta_path for slot in slots} - {first}
    assert first.exists()  # young: perhaps still being written


def test_a_save_lock_left_in_the_folder_by_a_crash_is_removed(tmp_path: Path) -> None:
    marker = tmp_path / ".~x-0123456789ab.sqlite.orgchart-save-lock"
    marker.write_text(
        json.dumps(
            {
                "user": "Alex",
                "machine": socket.gethostname(),
                "pid": _dead_pid(),
                "since": dt.datetime.now(dt.UTC).isoformat(),
            }
        ),
        encoding="utf-8",
    )
    assert list_recovery(tmp_path) == []
    assert not marker.exists()


def test_a_copy_that_cannot_be_dated_is_left_alone(tmp_path: Path) -> None:
    dangling = tmp_path / "x-0123456789ab.sqlite"
    dangling.symlink_to(tmp_path / "nowhere.sqlite")
    assert list_recovery(tmp_path) == []
    assert dangling.is_symlink()


def test_an_old_unreadable_description_goes_with_its_copy(tmp_path: Path) -> None:
    slot = RecoverySlot.for_document(None, tmp_path)
    slot.write(build_bury())
    slot.meta_path.write_text("{not json", encoding="utf-8")
    two_hours_ago = dt.datetime.now().timestamp() - 7200
    os.utime(slot.meta_path, (two_hours_ago, two_hours_ago))
    assert list_recovery(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_an_old_copy_with_its_description_is_kept(tmp_path: Path) -> None:
    slot = RecoverySlot.for_document(None, tmp_path)
    slot.write(build_bury())
    _as_crashed(slot.meta_path, days=1)
    two_hours_ago = dt.datetime.now().timestamp() - 7200
    for path in (slot.data_path, slot.meta_path):
        os.utime(path, (two_hours_ago, two_hours_ago))
    (entry,) = list_recovery(tmp_path)
    assert entry.data_path == slot.data_path
    assert slot.data_path.exists()
