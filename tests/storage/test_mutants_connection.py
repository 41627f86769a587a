"""connection.py directly: what the hardened connections can and cannot do (issue 24)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from orgchart_app.storage.connection import connect_memory, connect_source
from orgchart_app.storage.fileformat import APPLICATION_ID
from tests.storage.helpers import crafted


def _in_another_thread(connection: sqlite3.Connection, sql: str) -> list[object]:
    # The designer opens files on a worker thread and hands the copy back to the window's.
    results: list[object] = []

    def work() -> None:
        try:
            results.append(connection.execute(sql).fetchone()[0])
        except sqlite3.Error as error:
            results.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return results


def test_the_source_connection_reads_the_file_itself(tmp_path: Path) -> None:
    path = crafted(tmp_path / "plan.sqlite")
    source = connect_source(path)
    try:
        assert source.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert _in_another_thread(source, "SELECT count(*) FROM post") == [
            sqlite3.connect(path).execute("SELECT count(*) FROM post").fetchone()[0]
        ]
    finally:
        source.close()
    # Only the file: no database of another name was made in the working folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sqlite"]


def test_the_source_connection_refuses_writes_and_other_pragmas(tmp_path: Path) -> None:
    path = crafted(tmp_path / "plan.sqlite")
    source = connect_source(path)
    try:
        for statement in (
            "DELETE FROM post",
            "PRAGMA journal_mode = DELETE",
            "PRAGMA writable_schema = ON",
        ):
            with pytest.raises(sqlite3.DatabaseError):
                source.execute(statement)
        assert source.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        source.close()


def test_the_memory_copy_is_in_memory_and_usable_from_another_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    memory = connect_memory()
    try:
        memory.execute("CREATE TABLE t (x)")
        memory.execute("INSERT INTO t VALUES (41)")
        assert _in_another_thread(memory, "SELECT x + 1 FROM t") == [42]
    finally:
        memory.close()
    assert list(tmp_path.iterdir()) == []


def test_the_memory_copy_cannot_attach_another_database(tmp_path: Path) -> None:
    memory = connect_memory()
    try:
        with pytest.raises(sqlite3.OperationalError, match="too many attached"):
            memory.execute("ATTACH DATABASE ? AS other", (str(tmp_path / "other.sqlite"),))
    finally:
        memory.close()
    assert not (tmp_path / "other.sqlite").exists()


def test_the_memory_copy_trusts_no_schema_code_and_checks_cells() -> None:
    memory = connect_memory()
    try:
        assert memory.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert memory.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    finally:
        memory.close()


# Connection.setconfig arrived in Python 3.12: there both connections also refuse views, fire no
# triggers and keep sqlite_master read-only even with writable_schema on (SQLite's defensive
# mode); on 3.11 the PRAGMAs of harden() are all the defence there is, and these run as before.
DEFENDED = hasattr(sqlite3.Connection, "setconfig")


def _outcome(connection: sqlite3.Connection, sql: str) -> object:
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)


def test_the_memory_copy_fires_no_trigger_where_python_can_turn_them_off() -> None:
    memory = connect_memory()
    try:
        memory.execute("CREATE TABLE post (id)")
        memory.execute("CREATE TABLE log (id)")
        memory.execute(
            "CREATE TRIGGER noted AFTER INSERT ON post BEGIN INSERT INTO log VALUES (new.id); END"
        )
        memory.execute("INSERT INTO post VALUES (7)")
        assert memory.execute("SELECT id FROM log").fetchall() == ([] if DEFENDED else [(7,)])
    finally:
        memory.close()


def test_the_memory_copy_reads_no_view_where_python_can_turn_them_off() -> None:
    memory = connect_memory()
    try:
        memory.execute("CREATE TABLE post (id)")
        memory.execute("INSERT INTO post VALUES (7)")
        memory.execute("CREATE VIEW posts AS SELECT id FROM post")
        assert _outcome(memory, "SELECT id FROM posts") == (
            'access to view "posts" prohibited' if DEFENDED else [(7,)]
        )
    finally:
        memory.close()


def test_the_memory_copy_keeps_its_schema_where_python_can_defend_it() -> None:
    memory = connect_memory()
    try:
        memory.execute("CREATE TABLE post (id)")
        memory.execute("PRAGMA writable_schema = ON")
        assert _outcome(memory, "UPDATE sqlite_master SET sql = sql WHERE name = 'post'") == (
            "table sqlite_master may not be modified" if DEFENDED else []
        )
    finally:
        memory.close()


def test_the_source_connection_reads_no_view_of_the_file_where_python_can_turn_them_off(
    tmp_path: Path,
) -> None:
    path = crafted(tmp_path / "plan.sqlite")
    with sqlite3.connect(path) as writer:
        writer.execute("CREATE VIEW posts AS SELECT count(*) FROM post")
    count = sqlite3.connect(path).execute("SELECT count(*) FROM post").fetchone()[0]
    source = connect_source(path)
    try:
        assert _outcome(source, "SELECT * FROM posts") == (
            'access to view "posts" prohibited' if DEFENDED else [(count,)]
        )
    finally:
        source.close()
