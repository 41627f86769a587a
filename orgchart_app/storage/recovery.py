"""Recovery files: autosaved copies of open proposals, offered back after a crash.

Each open document has a RecoverySlot: `<folder>/<key>.sqlite` (a complete proposal, written by
the same atomic writer as Save) and `<key>.json` (which file it came from, when it was saved, by
which process). The folder is platformdirs.user_data_dir("orgchart-designer")/recovery, or
$ORGCHART_RECOVERY_DIR, or the `folder` argument (tests).

How the GUI uses it (debouncing and threads are the GUI's; nothing here keeps shared state):
- on open or new: `slot = RecoverySlot.for_document(path)`;
- a few seconds after the last change: `snapshot = proposal.copy()` on the UI thread (records are
  immutable, so this is cheap), then `slot.write(snapshot, stamp)` on a worker thread; a
  FileRefused from it goes to the status bar, never a dialog;
- on a clean close or a successful Save: `slot.discard()` (Save As: discard, then a new slot);
- at start: `list_recovery()` -> RecoveryFile entries (newest first; not those of another window
  still running); for each, offer `entry.describe()`; Restore: `entry.restore()` gives the
  proposal, `entry.source` the path to save to and `entry.source_stamp` the stamp to check
  before saving over it; then `entry.discard()` once the user has saved or declined.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.proposal import Proposal
from orgchart_app.storage.conflicts import FileStamp
from orgchart_app.storage.faults import describe_failure
from orgchart_app.storage.identity import (
    machine_name,
    now,
    parse_moment,
    process_alive,
    when_text,
)
from orgchart_app.storage.leftovers import tidy
from orgchart_app.storage.naming import remove_stale, temporary_name
from orgchart_app.storage.reader import open_proposal
from orgchart_app.storage.savelock import save_lock_if_free

RECOVERY_FOLDER_ENV = "ORGCHART_RECOVERY_DIR"
# Work not restored within this time is not coming back; the folder must not grow for ever.
KEEP_RECOVERY = dt.timedelta(days=30)
# A copy or description without its partner, this old, was left by a crash mid-write.
_UNDESCRIBED_GRACE = dt.timedelta(hours=1)


def recovery_folder(folder: Path | None = None) -> Path:
    """The folder recovery files go in: `folder`, else $ORGCHART_RECOVERY_DIR, else the user's."""
    if folder is not None:
        return Path(folder)
    if os.environ.get(RECOVERY_FOLDER_ENV):
        return Path(os.environ[RECOVERY_FOLDER_ENV])
    return Path(platformdirs.user_data_dir("orgchart-designer", appauthor=False)) / "recovery"


@dataclass(frozen=True, slots=True)
class RecoverySlot:
    """Where one open document's recovery copy goes; a plain value, safe to hand to a thread."""

    folder: Path
    key: str
    source: Path | None

    @classmethod
    def for_document(cls, source: str | Path | None, folder: Path | None = None) -> RecoverySlot:
        stem = Path(source).stem if source else "untitled"
        return cls(
            recovery_folder(folder),
            f"{stem}-{os.urandom(6).hex()}",  # 48 random bits, as uuid4's first 12 digits
            Path(source).resolve() if source else None,
        )

    @property
    def data_path(self) -> Path:
        return self.folder / f"{self.key}.sqlite"

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{self.key}.json"

    def write(self, proposal: Proposal, stamp: FileStamp | None = None) -> RecoveryFile:
        """Save `proposal` (a copy the caller no longer changes) as this slot's recovery file.

        `stamp` is the source file's stamp from when it was opened or last saved, kept so that
        saving a restored proposal over its source still detects someone else's save.
        """
        entry = RecoveryFile(
            self.data_path,
            self.meta_path,
            self.source,
            now(),
            proposal.info.title,
            machine_name(),
            os.getpid(),
            stamp,
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Description first: a copy is never left without one saying whose it is (and the
            # pruning below removes a description whose copy never came).
            _write_text_atomically(self.meta_path, entry.to_json())
            # Imported here, not at start: the writer loads SQLModel.
            from orgchart_app.storage.writer import write_file

            write_file(proposal, proposal.info, self.data_path)
        except OSError as error:
            raise FileRefused(
                f"Could not write the recovery copy: {describe_failure(error)}."
            ) from None
        return entry

    def discard(self) -> None:
        _remove(self.data_path, self.meta_path)


@dataclass(frozen=True, slots=True)
class RecoveryFile:
    """A recovery copy found on disk: what it is a copy of, and when it was saved."""

    data_path: Path
    meta_path: Path
    source: Path | None
    saved_at: dt.datetime
    title: str
    machine: str
    pid: int
    source_stamp: FileStamp | None

    def describe(self) -> str:
        """'Unsaved changes to "bury.sqlite" (Bury proposal), saved at 10:42.'"""
        what = f'"{self.source.name}"' if self.source else "a proposal never saved"
        return f"Unsaved changes to {what} ({self.title}), saved at {when_text(self.saved_at)}."

    def restore(self) -> Proposal:
        """The recovered proposal; raises FileRefused when the copy itself is damaged."""
        return open_proposal(self.data_path).proposal

    def discard(self) -> None:
        _remove(self.data_path, self.meta_path)

    def running(self) -> bool:
        """Whether the designer that wrote it still runs on this machine (this one included)."""
        return self.machine == machine_name() and process_alive(self.pid)

    def still_needed(self) -> bool:
        """Whether it may hold work found nowhere else: it is complete, not too old, and its
        source file (if any) does not already hold the same proposal."""
        if not self.data_path.exists() or now() - self.saved_at > KEEP_RECOVERY:
            return False
        if self.source is None or not self.source.exists():
            return True
        try:
            saved, kept = open_proposal(self.source).proposal, self.restore()
        except FileRefused:
            return True
        return (saved.snapshot()[1:], saved.info.title, saved.info.notes) != (
            kept.snapshot()[1:],
            kept.info.title,
            kept.info.notes,
        )

    def to_json(self) -> str:
        stamp = self.source_stamp
        return json.dumps(
            {
                "source": str(self.source) if self.source else None,
                "saved_at": self.saved_at.isoformat(),
                "title": self.title,
                "machine": self.machine,
                "pid": self.pid,
                "source_stamp": None
                if stamp is None
                else {"size": stamp.size, "mtime_ns": stamp.mtime_ns, "revision": stamp.revision},
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, meta_path: Path, text: str) -> RecoveryFile | None:
        try:
            data = json.loads(text)
            source = Path(data["source"]) if data.get("source") else None
            saved_at = parse_moment(data["saved_at"])
            stamp = data.get("source_stamp")
            source_stamp = (
                None
                if stamp is None or source is None
                else FileStamp(
                    source, int(stamp["size"]), int(stamp["mtime_ns"]), int(stamp["revision"])
                )
            )
            if saved_at is None:
                return None
            return cls(
                meta_path.with_suffix(".sqlite"),
                meta_path,
                source,
                saved_at,
                str(data.get("title", "")),
                str(data["machine"]),
                int(data["pid"]),
                source_stamp,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def list_recovery(
    folder: Path | None = None, *, include_running: bool = False
) -> list[RecoveryFile]:
    """Recovery files left behind, newest first.

    Copies belonging to a designer still running on this machine (another window) are left out
    unless `include_running`; unreadable entries are skipped, never raised.
    """
    prune_recovery(folder)
    entries = []
    for meta_path in recovery_folder(folder).glob("*.json"):
        try:
            entry = RecoveryFile.from_json(meta_path, meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if entry is None or not entry.data_path.exists():
            continue
        running = (
            entry.machine == machine_name()
            and entry.pid != os.getpid()
            and process_alive(entry.pid)
        )
        if include_running or not running:
            entries.append(entry)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def prune_recovery(folder: Path | None = None) -> None:
    """Remove what no one will want back: half-written files of designers that are gone,
    descriptions without a copy and copies without one, recoveries older than KEEP_RECOVERY,
    and those whose source already holds the same proposal. Never a running designer's."""
    folder = recovery_folder(folder)
    remove_stale(folder)
    for marker in folder.glob(".~*.orgchart-save-lock"):
        with save_lock_if_free(folder / marker.name[2 : -len(".orgchart-save-lock")]):
            pass  # taking a lock its owner left behind removes it
    for data_path in folder.glob("*.sqlite"):
        tidy(data_path)  # the previous copy a designer killed while replacing it kept aside
    for meta_path in folder.glob("*.json"):
        entry = _read_entry(meta_path)
        if entry is None:
            if _age(meta_path) > _UNDESCRIBED_GRACE:
                _remove(meta_path.with_suffix(".sqlite"), meta_path)
        elif not entry.running() and not entry.still_needed():
            entry.discard()
    for data_path in folder.glob("*.sqlite"):
        if not data_path.with_suffix(".json").exists() and _age(data_path) > _UNDESCRIBED_GRACE:
            _remove(data_path)


def _read_entry(meta_path: Path) -> RecoveryFile | None:
    try:
        return RecoveryFile.from_json(meta_path, meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _age(path: Path) -> dt.timedelta:
    try:
        return now() - dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return dt.timedelta(0)


def _write_text_atomically(path: Path, text: str) -> None:
    staging = temporary_name(path)
    try:
        staging.write_text(text, encoding="utf-8")
        os.replace(staging, path)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
