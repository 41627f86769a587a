"""Opening untrusted files: crafted content is refused in one sentence, or opened with its problems."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused
from orgchart_app.storage import SCHEMA_VERSION, Limits, open_proposal
from orgchart_app.storage.connection import connect_memory, connect_source, set_time_budget
from tests.storage.helpers import crafted, digest

CRAFTED = {
    "trigger": (
        "CREATE TRIGGER sneaky AFTER INSERT ON post BEGIN DELETE FROM unit; END;",
        'contains a trigger ("sneaky")',
    ),
    "view": ("CREATE VIEW everyone AS SELECT * FROM postholder", 'contains a view ("everyone")'),
    "foreign table": (
        "CREATE TABLE payload (x)",
        'contains a table that proposal files never have ("payload")',
    ),
    "wrong application id": ("PRAGMA application_id = 1234", "not an org chart proposal"),
    "newer version": (
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
        f"file format {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}",
    ),
    "broken reference": (
        "UPDATE post SET unit_id = 9999 WHERE post_ref = 'BC-1050'",
        'post 14 ("Head of Adult Safeguarding"), field "unit_id": there is no unit 9999',
    ),
    "megabyte title": (
        "UPDATE post SET title = printf('%.*c', 1048576, 'x') WHERE post_ref = 'BC-1050'",
        "has a post title 1,048,576 characters long",
    ),
    "wrong type": (
        "UPDATE post SET fte = 'lots' WHERE post_ref = 'BC-1050'",
        "post 14, field \"fte\": the text 'lots'",
    ),
    "missing column": ("ALTER TABLE post DROP COLUMN notes", 'table "post" has no column "notes"'),
}


def refusal(path: Path, limits: Limits = Limits()) -> str:
    with pytest.raises(FileRefused) as refused:
        open_proposal(path, limits=limits)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message and "unexpected" not in message
    assert message.startswith(f'"{path.name}"')  # it names the file
    return message


@pytest.mark.parametrize("case", CRAFTED)
def test_a_crafted_file_is_refused_with_one_sentence(case: str, tmp_path: Path) -> None:
    statement, expected = CRAFTED[case]
    path = crafted(tmp_path / "crafted.sqlite", statement)
    before = digest(path)
    assert expected in refusal(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crafted.sqlite"]


def test_a_virtual_table_named_like_ours_is_refused(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "fts.sqlite",
        "DROP TABLE budget_line",
        "CREATE VIRTUAL TABLE budget_line USING fts5(cost_code, description)",
    )
    assert 'contains a virtual table ("budget_line")' in refusal(path)


def test_too_many_rows_are_refused_before_any_row_is_read(tmp_path: Path) -> None:
    path = crafted(tmp_path / "many.sqlite")
    message = refusal(path, Limits(max_rows=20))
    assert 'rows in table "' in message and "(the limit is 20)" in message


def test_the_default_row_limit_is_a_million(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "many.sqlite",
        "INSERT INTO budget_line (id, cost_code, description, "
        "basic_pay, national_insurance, superannuation, other) WITH RECURSIVE n(i) AS "
        "(SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < 1001000) "
        "SELECT i, 'C', '', 0, 0, 0, 0 FROM n",
    )
    message = refusal(path)
    assert re.search(
        r'holds 1,00\d,\d{3} rows in table "budget_line" \(the limit is 1,000,000\)', message
    )


def test_a_file_larger_than_the_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    path = crafted(tmp_path / "huge.sqlite")
    with path.open("r+b") as file:  # a sparse tail: big on paper, no disk used
        file.truncate(600 * 1024 * 1024)
    assert "is too large to be a proposal (600 MB; the limit is 500 MB)" in refusal(path)


def test_long_notes_are_fine_but_absurd_ones_are_refused(tmp_path: Path) -> None:
    path = crafted(tmp_path / "notes.sqlite", "UPDATE post SET notes = printf('%.*c', 5000, 'n')")
    assert open_proposal(path).proposal  # 5,000 characters of notes: a real note
    assert "has a post notes 5,000 characters long" in refusal(path, Limits(max_text_chars=4000))


def test_a_file_with_safe_problems_opens_and_lists_them(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "odd.sqlite",
        "UPDATE post SET fte = 1.5 WHERE post_ref = 'BC-1050'",
        "UPDATE post SET reports_to_id = (SELECT id FROM post WHERE post_ref = 'BC-1050') "
        "WHERE id = (SELECT reports_to_id FROM post WHERE post_ref = 'BC-1050')",
    )
    opened = open_proposal(path)
    assert any("has an FTE of 1.5" in p for p in opened.problems)
    assert any(p.split(": ", 1)[1].startswith("reporting cycle:") for p in opened.problems)


def test_a_sound_file_opens_with_no_problems(bury_file: Path) -> None:
    assert open_proposal(bury_file).problems == ()


def test_the_source_connection_can_only_read(bury_file: Path) -> None:
    source = connect_source(bury_file)
    try:
        assert source.execute("SELECT count(*) FROM post").fetchone()[0] > 0
        assert source.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert source.execute("PRAGMA cell_size_check").fetchone()[0] == 1
        for statement in (
            "UPDATE post SET title = 'x'",
            "PRAGMA writable_schema = ON",
            "ATTACH DATABASE ':memory:' AS other",
            "CREATE TABLE t (x)",
        ):
            with pytest.raises(sqlite3.DatabaseError):
                source.execute(statement)
    finally:
        source.close()


def test_a_query_past_its_time_budget_is_abandoned() -> None:
    db = connect_memory()
    set_time_budget(db, 0.05)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()


def test_a_wal_mode_file_opens_without_creating_files_beside_it(tmp_path: Path) -> None:
    path = crafted(tmp_path / "wal.sqlite", "PRAGMA journal_mode = WAL")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.sqlite"]
    assert open_proposal(path).proposal.posts
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.sqlite"]


def test_a_file_another_program_is_still_writing_is_refused(tmp_path: Path) -> None:
    path = crafted(tmp_path / "busy.sqlite")
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE post SET title = 'Half-finished'")
        writer.commit()  # committed to busy.sqlite-wal, not yet to the file itself
        assert (
            'has changes another program has not finished writing ("busy.sqlite-wal")'
            in refusal(path)
        )
    finally:
        writer.close()
    assert open_proposal(path).proposal.posts  # once it has finished, the file opens
