"""Recovery files: written, listed after a crash (with when and from which file), restored, discarded."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused
from orgchart_app.samples import build_bury, build_manchester
from orgchart_app.storage import (
    RecoverySlot,
    changed_since,
    list_recovery,
    open_proposal,
    recovery_folder,
    save_proposal,
)
from orgchart_app.storage.recovery import RECOVERY_FOLDER_ENV
from tests.storage.helpers import REPO, same_content

# A designer that autosaves once (work not in the file: a new title), then keeps running
# (or is killed: a crash).
AUTOSAVE_AND_WAIT = (
    "import dataclasses, sys, time\nfrom pathlib import Path\nfrom orgchart_app.samples import build_bury\n"
    "from orgchart_app.storage import RecoverySlot\nwork = build_bury()\n"
    "work.info = dataclasses.replace(work.info, title='Unsaved work')\n"
    "RecoverySlot.for_document(Path(sys.argv[1]), Path(sys.argv[2])).write(work)\n"
    "print('saved', flush=True)\ntime.sleep(120)"
)


def test_write_list_restore_discard(tmp_path: Path) -> None:
    source = tmp_path / "bury.sqlite"
    opened = open_proposal(save_and(source))
    folder = tmp_path / "recovery"
    slot = RecoverySlot.for_document(source, folder)
    edited = opened.proposal.copy()
    first = next(iter(edited.posts.values()))
    edited.posts[first.id] = dataclasses.replace(first, title="Renamed, not yet saved")
    slot.write(edited, opened.stamp)
    (entry,) = list_recovery(folder)
    assert entry.source == source.resolve() and entry.title == edited.info.title
    assert entry.describe().startswith(
        f'Unsaved changes to "bury.sqlite" ({edited.info.title}), saved at '
    )
    restored = entry.restore()
    assert restored.snapshot() == edited.snapshot()  # revision included: it was not a real save
    assert entry.source_stamp == opened.stamp and changed_since(entry.source_stamp) is None
    slot.discard()
    assert list_recovery(folder) == [] and list(folder.iterdir()) == []


def save_and(path: Path) -> Path:
    save_proposal(build_bury(), path)
    return path


def test_a_crashed_designers_copy_is_offered_but_a_running_ones_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    source = save_and(tmp_path / "bury.sqlite")
    designer = subprocess.Popen(
        [sys.executable, "-c", AUTOSAVE_AND_WAIT, str(source), str(folder)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
        stdout=subprocess.PIPE,
    )
    try:
        assert designer.stdout is not None and designer.stdout.readline().strip() == "saved"
        assert list_recovery(folder) == []  # another window still has it
        assert len(list_recovery(folder, include_running=True)) == 1
    finally:
        designer.send_signal(signal.SIGKILL)
        designer.communicate()
    (entry,) = list_recovery(folder)
    assert entry.source == source.resolve() and entry.pid == designer.pid
    unsaved = build_bury()
    unsaved.info = dataclasses.replace(unsaved.info, title="Unsaved work")
    assert same_content(entry.restore(), unsaved)


def test_untitled_work_and_several_documents_from_worker_threads(tmp_path: Path) -> None:
    slots = [
        RecoverySlot.for_document(None, tmp_path),
        RecoverySlot.for_document("/x/m.sqlite", tmp_path),
    ]
    with ThreadPoolExecutor(2) as pool:
        list(
            pool.map(
                lambda pair: pair[0].write(pair[1]),
                zip(slots, [build_bury(), build_manchester()], strict=True),
            )
        )
    entries = {entry.data_path: entry for entry in list_recovery(tmp_path)}
    untitled = entries[slots[0].data_path]
    assert untitled.source is None and untitled.describe().startswith(
        "Unsaved changes to a proposal never saved"
    )
    assert same_content(entries[slots[1].data_path].restore(), build_manchester())


def test_a_later_autosave_replaces_the_earlier_one(tmp_path: Path) -> None:
    slot = RecoverySlot.for_document(None, tmp_path)
    slot.write(build_bury())
    later = slot.write(build_manchester())
    (entry,) = list_recovery(tmp_path)
    assert entry.saved_at == later.saved_at and same_content(entry.restore(), build_manchester())


def test_damaged_entries_are_skipped_or_refused(tmp_path: Path) -> None:
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "orphan.json").write_text(
        '{"saved_at": "2026-01-01T00:00:00+00:00"}', encoding="utf-8"
    )
    slot = RecoverySlot.for_document(None, tmp_path)
    slot.write(build_bury())
    slot.data_path.write_bytes(b"garbage")
    (entry,) = list_recovery(tmp_path)
    with pytest.raises(FileRefused, match="not a proposal file"):
        entry.restore()


def test_the_folder_can_be_moved_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(RECOVERY_FOLDER_ENV, str(tmp_path / "elsewhere"))
    assert recovery_folder() == tmp_path / "elsewhere"
    RecoverySlot.for_document(None).write(build_bury())
    assert len(list_recovery()) == 1
    monkeypatch.delenv(RECOVERY_FOLDER_ENV)
    assert recovery_folder().parts[-2:] == ("orgchart-designer", "recovery")


def test_a_recovery_folder_that_cannot_be_written_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(FileRefused, match="^Could not write the recovery copy: "):
        RecoverySlot.for_document(None, blocker / "recovery").write(build_bury())
