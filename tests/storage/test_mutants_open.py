"""open_proposal's own checks word for word (the header's marks, the tables a format must have,
the last guards), and read_meta, the cheap look at a file a conflict check takes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import SCHEMA_VERSION, open_proposal
from orgchart_app.storage.fileformat import APPLICATION_ID
from orgchart_app.storage.meta import read_meta, revision_number
from tests.storage.helpers import crafted


def _refusal(path: Path) -> str:
    with pytest.raises(FileRefused) as refused:
        open_proposal(path)
    return str(refused.value)


def _with_version(path: Path, version: int, *statements: str) -> Path:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    return path


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    return crafted(tmp_path / "plan.sqlite")


def test_a_current_file_opens_unmigrated_with_its_stamp(saved: Path) -> None:
    opened = open_proposal(saved)
    assert opened.schema_version == SCHEMA_VERSION
    assert not opened.migrated
    status = saved.stat()
    assert (opened.stamp.path, opened.stamp.size, opened.stamp.mtime_ns) == (
        saved,
        status.st_size,
        status.st_mtime_ns,
    )
    assert opened.stamp.revision == opened.proposal.info.revision == 1


def test_another_programs_database_is_named_as_such(tmp_path: Path) -> None:
    path = _with_version(tmp_path / "other.sqlite", 3, "CREATE TABLE things (x)")
    assert _refusal(path) == (
        '"other.sqlite" is a SQLite database, but not an org chart proposal '
        "(another program made it): open it with that program."
    )


def test_a_newer_format_names_both_versions(saved: Path) -> None:
    _with_version(saved, SCHEMA_VERSION + 1)
    assert _refusal(saved) == (
        f'"plan.sqlite" was written by a newer version of the designer (file format '
        f"{SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}): "
        "update the designer to open it."
    )


def test_a_file_without_a_format_version_is_damaged(saved: Path) -> None:
    _with_version(saved, 0)
    assert _refusal(saved) == '"plan.sqlite" is damaged: it has no file format version.'


def test_an_older_file_needs_only_the_tables_its_format_had(saved: Path) -> None:
    # A version 8 file lacking a version 1 table is damaged; lacking a later one, it is not
    # refused for that (the migration makes it).
    _with_version(saved, 8, "DROP TABLE dotted_line")
    assert _refusal(saved) == (
        '"plan.sqlite" is damaged: it has no table "dotted_line", which every proposal file '
        "of format 8 has. Use a backup or ask the sender again."
    )


def test_a_current_file_needs_every_table_and_the_first_missing_is_named(saved: Path) -> None:
    _with_version(saved, SCHEMA_VERSION, "DROP TABLE provenance", "DROP TABLE document")
    assert _refusal(saved) == (
        f'"plan.sqlite" is damaged: it has no table "document", which every proposal file '
        f"of format {SCHEMA_VERSION} has. Use a backup or ask the sender again."
    )


def test_the_application_id_is_orgc() -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"OrgC"


def test_meta_is_read_as_text_and_nothing_for_what_is_not_a_proposal(
    saved: Path, tmp_path: Path
) -> None:
    meta = read_meta(saved)
    assert set(meta) == {"revision", "saved_at", "saved_by", "title"}
    assert meta["revision"] == "1"
    assert all(type(value) is str for value in meta.values())
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 50)
    assert read_meta(tmp_path / "junk.sqlite") == {}
    assert read_meta(tmp_path / "missing.sqlite") == {}
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE things (x)")
    assert read_meta(other) == {}


def test_a_revision_is_a_whole_number_or_nothing() -> None:
    assert revision_number("7") == 7
    assert revision_number(None) == 0
    assert revision_number("seven") == 0
    assert revision_number("") == 0


def test_an_sqlite_error_without_a_code_says_what_sqlite_said() -> None:
    from orgchart_app.storage.faults import describe_failure

    assert describe_failure(sqlite3.OperationalError("database is locked")) == (
        "database is locked"
    )
