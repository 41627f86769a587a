"""A file past the bounds of a sane proposal is refused before any row is read, in one sentence.

test_safe_open.py and test_save_lengths.py reach these through whole files; these check a small
database in memory directly, so each bound is pinned at its edge and each phrase exactly.
"""

from __future__ import annotations

import sqlite3

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage.connection import MAX_VALUE_BYTES, connect_memory
from orgchart_app.storage.limits import (
    DEFAULT_LIMITS,
    Limits,
    check_file_size,
    check_sizes,
    meta_limit,
    quoted,
    refuse_long_text,
    text_limit,
)

SMALL = Limits(max_rows=3, max_label_chars=10, max_text_chars=20, max_file_bytes=3 * 1024**2)


def _database(*statements: str) -> sqlite3.Connection:
    db = connect_memory()
    db.execute("CREATE TABLE post (id INTEGER, title TEXT, notes TEXT)")
    db.execute("CREATE TABLE proposal_meta (key TEXT, value TEXT)")
    for statement in statements:
        db.execute(statement)
    return db


def _refusal(db: sqlite3.Connection, limits: Limits = SMALL) -> str:
    with pytest.raises(FileRefused) as refused:
        check_sizes(db, "plan.sqlite", limits)
    return str(refused.value)


def test_the_default_limits() -> None:
    assert DEFAULT_LIMITS == Limits(
        max_file_bytes=524_288_000,
        max_rows=1_000_000,
        max_label_chars=1_000,
        max_text_chars=100_000,
        max_full_check_bytes=268_435_456,
    )


def test_a_file_up_to_the_size_limit_is_read() -> None:
    check_file_size(3 * 1024**2, "plan.sqlite", SMALL)
    with pytest.raises(FileRefused) as refused:
        check_file_size(3 * 1024**2 + 1, "plan.sqlite", SMALL)
    assert str(refused.value) == (
        '"plan.sqlite" is too large to be a proposal (3 MB; the limit is 3 MB): '
        "it will not be opened."
    )


def test_rows_up_to_the_limit_are_read_and_one_more_is_refused() -> None:
    db = _database(*["INSERT INTO post (id) VALUES (1)"] * 3)
    check_sizes(db, "plan.sqlite", SMALL)
    db.execute("INSERT INTO post (id) VALUES (4)")
    assert _refusal(db) == (
        '"plan.sqlite" holds 4 rows in table "post" (the limit is 3): '
        "it is not a proposal the designer can open."
    )


def test_thousands_are_separated_in_a_row_count() -> None:
    db = _database("INSERT INTO post (id) VALUES (1)", "INSERT INTO post (id) VALUES (2)")
    message = _refusal(db, Limits(max_rows=1))
    assert message.startswith('"plan.sqlite" holds 2 rows in table "post" (the limit is 1)')
    db.execute("CREATE TABLE unit (id INTEGER)")
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001) "
        "INSERT INTO unit SELECT i FROM n"
    )
    assert _refusal(db, Limits(max_rows=1000)) == (
        '"plan.sqlite" holds 1,001 rows in table "unit" (the limit is 1,000): '
        "it is not a proposal the designer can open."
    )


def test_tables_are_checked_in_order_of_name() -> None:
    db = _database(*["INSERT INTO post (id) VALUES (1)"] * 4)
    db.execute("CREATE TABLE unit (id INTEGER)")
    db.executemany("INSERT INTO unit VALUES (?)", [(i,) for i in range(5)])
    assert 'table "post"' in _refusal(db)


def test_tables_not_of_a_proposal_are_not_measured() -> None:
    db = _database("CREATE TABLE scratch (note TEXT)")
    db.executemany("INSERT INTO scratch VALUES (?)", [("x" * 50,)] * 10)
    check_sizes(db, "plan.sqlite", SMALL)


def test_labels_and_prose_have_their_own_limits() -> None:
    db = _database(f"INSERT INTO post VALUES (1, '{'t' * 10}', '{'n' * 20}')")
    check_sizes(db, "plan.sqlite", SMALL)
    db.execute(f"UPDATE post SET title = '{'t' * 11}'")
    assert _refusal(db) == (
        '"plan.sqlite" has a post title 11 characters long (the limit is 10): '
        "the file is damaged or was not made by the designer."
    )
    db.execute(f"UPDATE post SET title = 't', notes = '{'n' * 21}'")
    assert _refusal(db) == (
        '"plan.sqlite" has a post notes 21 characters long (the limit is 20): '
        "the file is damaged or was not made by the designer."
    )


def test_the_longest_value_of_a_column_is_the_one_measured() -> None:
    db = _database(
        "INSERT INTO post VALUES (1, 'short', NULL)",
        f"INSERT INTO post VALUES (2, '{'t' * 12}', NULL)",
        "INSERT INTO post VALUES (3, 'mid', NULL)",
    )
    assert "post title 12 characters long" in _refusal(db)


def test_characters_are_counted_not_bytes() -> None:
    db = _database(f"INSERT INTO post VALUES (1, '{'£' * 10}', NULL)")
    check_sizes(db, "plan.sqlite", SMALL)


def test_a_column_named_with_a_quote_is_still_a_column() -> None:
    db = _database('CREATE TABLE unit ("na""me" TEXT)')
    db.execute(f"INSERT INTO unit VALUES ('{'u' * 11}')")
    assert _refusal(db).startswith('"plan.sqlite" has a unit na"me 11 characters long')
    assert quoted('na"me') == '"na""me"'


def test_meta_values_are_measured_by_their_key() -> None:
    db = _database(
        f"INSERT INTO proposal_meta VALUES ('notes', '{'n' * 20}')",
        f"INSERT INTO proposal_meta VALUES ('title', '{'t' * 10}')",
    )
    check_sizes(db, "plan.sqlite", SMALL)
    db.execute(f"UPDATE proposal_meta SET value = '{'t' * 11}' WHERE key = 'title'")
    assert _refusal(db) == (
        '"plan.sqlite" has a proposal_meta title 11 characters long (the limit is 10): '
        "the file is damaged or was not made by the designer."
    )


def test_a_meta_key_is_measured_as_a_label() -> None:
    db = _database(f"INSERT INTO proposal_meta VALUES ('{'k' * 11}', 'v')")
    assert _refusal(db) == (
        '"plan.sqlite" has a proposal_meta key 11 characters long (the limit is 10): '
        "the file is damaged or was not made by the designer."
    )


def test_a_long_meta_value_is_named_by_its_keys_first_forty_characters() -> None:
    long_key = "k" * 45
    db = _database(f"INSERT INTO proposal_meta VALUES ('{long_key}', '{'v' * 60}')")
    assert _refusal(db, Limits(max_label_chars=50)) == (
        f'"plan.sqlite" has a proposal_meta {"k" * 40} 60 characters long (the limit is 50): '
        "the file is damaged or was not made by the designer."
    )


def test_a_value_too_large_to_load_is_named_by_its_column() -> None:
    db = _database()
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2**30)
    db.execute("INSERT INTO post VALUES (1, 'fine', ?)", ("n" * (MAX_VALUE_BYTES + 1),))
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    assert _refusal(db) == (
        '"plan.sqlite" has a post notes value too large for a proposal (over 16 MB): '
        "it was not made by the designer and will not be opened."
    )


def test_a_meta_value_too_large_to_load_is_named() -> None:
    db = _database()
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2**30)
    db.execute("INSERT INTO proposal_meta VALUES ('notes', ?)", ("n" * (MAX_VALUE_BYTES + 1),))
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    assert _refusal(db) == (
        '"plan.sqlite" has a proposal_meta value value too large for a proposal (over 16 MB): '
        "it was not made by the designer and will not be opened."
    )


def test_the_save_knows_the_readers_limits() -> None:
    for prose in ("notes", "description", "source"):
        assert text_limit(prose) == 100_000
        assert text_limit(prose, SMALL) == 20
    assert text_limit("title") == 1_000
    assert text_limit("title", SMALL) == 10
    assert meta_limit("notes") == 100_000
    assert meta_limit("notes", SMALL) == 20
    assert meta_limit("description", SMALL) == 10
    assert meta_limit("title") == 1_000
    assert str(refuse_long_text("post 14", "title", 1500, 1000)) == (
        'Could not save: post 14, field "title": 1,500 characters long, more than a proposal '
        "file holds (1,000); shorten it and save again."
    )
