"""A file's header and its objects are checked before anything is read: each refusal in its words.

test_file.py and test_safe_open.py reach these through open_proposal; these call the checks on
files and databases made here, so each field of the header and each kind of object is pinned.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.header import (
    HEADER_SIZE,
    SQLITE_MAGIC,
    Header,
    check_no_pending_changes,
    read_header,
)
from orgchart_app.storage.integrity import _first_finding, check_database


def _sqlite_file(path: Path, page_size: int = 4096) -> Path:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA page_size = {page_size}")
    db.execute("PRAGMA user_version = 9")
    db.execute("PRAGMA application_id = 1234567")
    db.execute("CREATE TABLE post (id INTEGER PRIMARY KEY, title TEXT)")
    db.executemany("INSERT INTO post (title) VALUES (?)", [("x" * 500,)] * 40)
    db.commit()
    db.close()
    return path


def _with_header(path: Path, offset: int, data: bytes) -> Path:
    raw = bytearray(path.read_bytes())
    raw[offset : offset + len(data)] = data
    path.write_bytes(bytes(raw))
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(FileRefused) as refused:
        read_header(path)
    return str(refused.value)


def test_a_sound_header_is_read_whole(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    header = read_header(path)
    assert header == Header(4096, path.stat().st_size // 4096, 9, 1234567)
    assert header.page_count > 2


def test_a_page_size_of_one_means_65536(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite", page_size=65536)
    assert path.read_bytes()[16:18] == b"\x00\x01"
    assert read_header(path).page_size == 65536


@pytest.mark.parametrize("page_size", [0, 256, 511, 1000, 4097])
def test_an_impossible_page_size_is_damage(tmp_path: Path, page_size: int) -> None:
    path = _with_header(_sqlite_file(tmp_path / "plan.sqlite"), 16, struct.pack(">H", page_size))
    assert _refusal(path) == '"plan.sqlite" is damaged: its header gives an impossible page size.'


def test_the_smallest_page_size_is_allowed(tmp_path: Path) -> None:
    assert read_header(_sqlite_file(tmp_path / "plan.sqlite", page_size=512)).page_size == 512


def test_a_file_shorter_than_its_pages_is_truncated(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    size = path.stat().st_size
    pages = size // 4096
    with path.open("r+b") as file:
        file.truncate(size - 1)
    assert _refusal(path) == (
        f'"plan.sqlite" is truncated: it should be {pages * 4096:,} bytes but is {size - 1:,}. '
        "Ask for the file again or use a backup."
    )


def test_a_page_count_is_trusted_only_when_written_by_a_recent_sqlite(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size - 4096)
    # "Version valid for" no longer matches the change counter: the page count may be stale.
    _with_header(path, 92, struct.pack(">I", struct.unpack(">I", path.read_bytes()[24:28])[0] + 1))
    assert read_header(path).page_size == 4096


def test_a_page_count_of_zero_says_nothing_of_the_size(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    _with_header(path, 28, struct.pack(">I", 0))
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size - 4096)
    assert read_header(path).page_count == 0


def test_a_file_ending_inside_its_header_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    path.write_bytes(SQLITE_MAGIC + b"\x00" * (HEADER_SIZE - len(SQLITE_MAGIC) - 1))
    assert _refusal(path) == '"plan.sqlite" is truncated: the file ends inside its header.'
    path.write_bytes(SQLITE_MAGIC + b"\x10\x00" + b"\x00" * (HEADER_SIZE - len(SQLITE_MAGIC) - 2))
    assert read_header(path).page_size == 4096


def test_a_file_not_sqlite_empty_or_missing_is_named(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert _refusal(path) == (
        '"plan.sqlite" is not a proposal file: it is not a SQLite database '
        "(perhaps a spreadsheet or a renamed file)."
    )
    path.write_bytes(b"")
    assert _refusal(path) == '"plan.sqlite" is empty: it is not a proposal file.'
    assert _refusal(tmp_path / "none.sqlite") == f'"{tmp_path / "none.sqlite"}" does not exist.'


def test_a_missing_file_with_its_previous_version_kept_points_at_it(tmp_path: Path) -> None:
    (tmp_path / ".~plan.sqlite.previous").write_bytes(b"x")
    assert _refusal(tmp_path / "plan.sqlite") == (
        f'"{tmp_path / "plan.sqlite"}" does not exist, but its previous version was kept as '
        '".~plan.sqlite.previous" in the same folder: rename that to open it.'
    )


def test_a_folder_is_not_a_proposal(tmp_path: Path) -> None:
    (tmp_path / "plan.sqlite").mkdir()
    assert _refusal(tmp_path / "plan.sqlite").endswith(
        'plan.sqlite" is a folder, not a proposal file.'
    )


def test_an_unreachable_path_says_why(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    message = _refusal(tmp_path / "plain.txt" / "plan.sqlite")
    assert message.startswith('"/')
    assert message.endswith(' characters)" cannot be opened: not a directory.')


def test_an_empty_side_file_is_no_pending_change(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    check_no_pending_changes(path)
    (tmp_path / "plan.sqlite-wal").write_bytes(b"")
    (tmp_path / "plan.sqlite-journal").write_bytes(b"")
    check_no_pending_changes(path)
    (tmp_path / "plan.sqlite-journal").write_bytes(b"j")
    with pytest.raises(FileRefused) as refused:
        check_no_pending_changes(path)
    assert str(refused.value) == (
        '"plan.sqlite" has changes another program has not finished writing '
        '("plan.sqlite-journal"): close that program, then open the file again.'
    )


def _database(*statements: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE post (id INTEGER PRIMARY KEY, title TEXT)")
    for statement in statements:
        db.execute(statement)
    return db


def _objects_refusal(db: sqlite3.Connection, full: bool = False) -> str:
    with pytest.raises(FileRefused) as refused:
        check_database(db, "plan.sqlite", full=full)
    return str(refused.value)


def test_a_database_of_our_tables_and_indexes_and_sqlites_own_passes() -> None:
    db = _database(
        "CREATE INDEX ix_post_title ON post (title)",
        "CREATE TABLE unit (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)",
        "INSERT INTO unit (name) VALUES ('Care')",
        "ANALYZE",
    )
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sqlite_sequence", "sqlite_stat1"} <= names
    check_database(db, "plan.sqlite", full=True)
    check_database(db, "plan.sqlite", full=False)


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        (
            "CREATE VIEW everyone AS SELECT * FROM post",
            '"plan.sqlite" contains a view ("everyone"), which proposal files never have, so it '
            "will not be opened: ask the sender to save it again from the designer.",
        ),
        (
            "CREATE TRIGGER sneaky AFTER INSERT ON post BEGIN SELECT 1; END",
            '"plan.sqlite" contains a trigger ("sneaky"), which proposal files never have, so it '
            "will not be opened: ask the sender to save it again from the designer.",
        ),
        (
            "CREATE TABLE payload (x)",
            '"plan.sqlite" contains a table that proposal files never have ("payload"), so it '
            "will not be opened: ask the sender to save it again from the designer.",
        ),
    ],
)
def test_objects_a_proposal_never_has_are_refused(statement: str, words: str) -> None:
    assert _objects_refusal(_database(statement)) == words


def test_a_damaged_file_names_sqlites_first_finding(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite", page_size=1024)
    db = sqlite3.connect(path)
    db.execute("CREATE INDEX ix_post_title ON post (title)")
    db.commit()
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_post_title'").fetchone()[
        0
    ]
    db.close()
    with path.open("r+b") as file:  # scramble the index's first page
        file.seek((root - 1) * 1024 + 8)
        file.write(os.urandom(1000))
    damaged = sqlite3.connect(path)
    report = damaged.execute("PRAGMA integrity_check(1)").fetchone()[0]
    assert report.startswith("*** in database main ***\n")
    message = _objects_refusal(damaged, full=True)
    assert message.startswith('"plan.sqlite" is damaged (SQLite integrity check: ')
    assert message.endswith("). Use a backup or ask the sender again.")
    finding = message.removeprefix('"plan.sqlite" is damaged (SQLite integrity check: ')
    assert "***" not in finding and "\n" not in finding
    assert finding.removesuffix("). Use a backup or ask the sender again.") == (
        report.splitlines()[1][:100] + ("..." if len(report.splitlines()[1]) > 100 else "")
    )
    assert len(finding.removesuffix("). Use a backup or ask the sender again.")) <= 103


def test_sqlites_finding_is_cut_to_one_line_of_a_hundred_characters() -> None:
    long = "Page 12: " + "x" * 91
    assert _first_finding((f"*** in database main ***\n\n{long}\nPage 13: more",)) == long
    assert _first_finding((long + "y",)) == long + "..."
    assert _first_finding(None) == "no answer"
    assert _first_finding(("",)) == "no answer"
    assert _first_finding(("*** in database main ***",)) == "no answer"


def test_a_write_ahead_log_with_changes_is_pending_too(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    (tmp_path / "plan.sqlite-wal").write_bytes(b"w")
    with pytest.raises(FileRefused) as refused:
        check_no_pending_changes(path)
    assert '("plan.sqlite-wal")' in str(refused.value)


def test_a_journal_alone_is_pending_too(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    (tmp_path / "plan.sqlite-journal").write_bytes(b"j")
    with pytest.raises(FileRefused) as refused:
        check_no_pending_changes(path)
    assert '("plan.sqlite-journal")' in str(refused.value)


def test_the_largest_page_size_below_65536_is_read(tmp_path: Path) -> None:
    assert read_header(_sqlite_file(tmp_path / "plan.sqlite", page_size=32768)).page_size == 32768


def test_the_headers_numbers_are_unsigned(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    _with_header(path, 60, struct.pack(">I", 2**32 - 1))
    _with_header(path, 68, struct.pack(">I", 2**31 + 5))
    header = read_header(path)
    assert (header.user_version, header.application_id) == (2**32 - 1, 2**31 + 5)


def test_a_page_count_past_two_billion_is_still_a_truncation(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "plan.sqlite")
    counter = 2**31 + 1  # the change counter, with "version valid for" equal to it
    _with_header(path, 24, struct.pack(">II", counter, 2**31 + 3))
    _with_header(path, 92, struct.pack(">I", counter))
    assert _refusal(path).startswith('"plan.sqlite" is truncated: it should be ')


def test_a_virtual_table_is_named_as_one(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE unit USING fts5(name)")
    message = _objects_refusal(db)
    assert message == (
        '"plan.sqlite" contains a virtual table ("unit"), which proposal files never have, so '
        "it will not be opened: ask the sender to save it again from the designer."
    )
