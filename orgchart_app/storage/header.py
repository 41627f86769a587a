"""Reads a SQLite file's 100-byte header, so a foreign or truncated file is named before SQLite opens it."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.file_kinds import FileKind, shown
from orgchart_app.domain.wording import count_text
from orgchart_app.storage.naming import backup_path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """The file's header; FileRefused when it is missing, empty, not SQLite or truncated."""
    name = path.name
    kind = FileKind.of(path)
    if kind is FileKind.MISSING:
        previous = backup_path(path)
        if previous.exists():  # a save was cut off on a file system whose rename is not atomic
            raise FileRefused(
                f'"{path}" does not exist, but its previous version was kept as '
                f'"{previous.name}" in the same folder: rename that to open it.'
            )
        raise FileRefused(f'"{path}" does not exist.')
    if kind is FileKind.UNREACHABLE:
        raise FileRefused(f'"{shown(path)}" cannot be opened: {FileKind.why_unreachable(path)}.')
    if kind is not FileKind.FILE:
        raise FileRefused(f'"{shown(path)}" is {kind.value}, not a proposal file.')
    size = path.stat().st_size
    if size == 0:
        raise FileRefused(f'"{name}" is empty: it is not a proposal file.')
    with path.open("rb") as file:
        raw = file.read(HEADER_SIZE)
    if not raw.startswith(SQLITE_MAGIC):
        raise FileRefused(
            f'"{name}" is not a proposal file: it is not a SQLite database '
            "(perhaps a spreadsheet or a renamed file)."
        )
    if len(raw) < HEADER_SIZE:
        raise FileRefused(f'"{name}" is truncated: the file ends inside its header.')
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise FileRefused(f'"{name}" is damaged: its header gives an impossible page size.')
    # The in-header page count is trustworthy only when written by SQLite 3.7+ (valid_for matches).
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise FileRefused(
            f'"{name}" is truncated: it should be {count_text(page_count * page_size)} bytes '
            f"but is {count_text(size)}. Ask for the file again or use a backup."
        )
    return Header(page_size, page_count, user_version, application_id)


def check_no_pending_changes(path: Path) -> None:
    """Refuse a file another SQLite program is still writing (a non-empty -wal or -journal)."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        try:
            pending = side.stat().st_size > 0
        except OSError:
            continue
        if pending:
            raise FileRefused(
                f'"{path.name}" has changes another program has not finished writing '
                f'("{side.name}"): close that program, then open the file again.'
            )
