"""The reader's refusals word for word: which row a bad key is named by, the proposal_meta
table, SQLite's own errors, and files of an older format (mutation testing found these
unpinned: the tests before checked a phrase inside the sentence, or both readers alike)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy.exc

from orgchart_app.domain.model import ProposalInfo
from orgchart_app.samples import build_bury
from orgchart_app.storage import open_proposal, save_proposal
from orgchart_app.storage.connection import connect_memory, set_time_budget
from orgchart_app.storage.reader_rows import database_failure
from tests.storage.helpers import crafted
from tests.storage.test_safe_open import refusal
from tests.storage.test_strict_open import _rebuilt_without_keys

FIXTURES = Path(__file__).with_name("fixtures")
BACKUP = "Use a backup or ask the sender again."
# A pay point of the Bury sample's assumed NJC spine: pay scale 1, 2020/21, spinal point 19.
POINT = "pay_scale_id = 1 AND pay_year = '2020/21' AND point = 19"


def _damaged(name: str, problem: str) -> str:
    return f'"{name}" is damaged: {problem}. {BACKUP}'


def test_a_single_key_that_is_not_a_whole_number_is_named_by_its_row(tmp_path: Path) -> None:
    # Text sorts after every number in SQLite: the post read last, the 74th of Bury's 74.
    assert len(build_bury().posts) == 74
    path = crafted(
        tmp_path / "key.sqlite",
        *_rebuilt_without_keys("post"),
        "UPDATE post SET id = 'abc' WHERE id = 14",
    )
    assert refusal(path) == _damaged(
        "key.sqlite", "post row 74, field \"id\": the text 'abc' where a whole number belongs"
    )


def test_a_bad_row_of_a_table_with_a_key_of_several_columns_is_named_by_its_key(
    tmp_path: Path,
) -> None:
    path = crafted(tmp_path / "point.sqlite", f"UPDATE pay_point SET salary = 'lots' WHERE {POINT}")
    assert refusal(path) == _damaged(
        "point.sqlite",
        "pay_point (1, '2020/21', 19), field \"salary\": the text 'lots' where a number belongs",
    )


def test_a_key_of_several_columns_twice_is_named_by_its_key(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "twice.sqlite",
        *_rebuilt_without_keys("pay_point"),
        f"INSERT INTO pay_point SELECT * FROM pay_point WHERE {POINT}",
    )
    assert refusal(path) == _damaged("twice.sqlite", "pay_point (1, '2020/21', 19) appears twice")


def test_a_key_of_several_columns_holding_binary_data_is_named_by_its_row(tmp_path: Path) -> None:
    # Binary data sorts after text: the point is read last of pay scale 1's, the 52nd row.
    points = build_bury().pay_points
    assert sum(1 for scale, _, _ in points if scale == 1) == 52
    path = crafted(
        tmp_path / "blob.sqlite",
        *_rebuilt_without_keys("pay_point"),
        f"UPDATE pay_point SET pay_year = x'0001' WHERE {POINT}",
    )
    assert refusal(path) == _damaged(
        "blob.sqlite",
        'pay_point row 52, field "pay_year": 2 bytes of binary data where text belongs',
    )


def test_a_proposal_meta_value_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "meta.sqlite", "UPDATE proposal_meta SET value = x'00ff' WHERE key = 'title'"
    )
    assert refusal(path) == _damaged(
        "meta.sqlite", "proposal_meta 'title': 2 bytes of binary data where text belongs"
    )


def test_a_proposal_meta_key_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = crafted(tmp_path / "key.sqlite", "INSERT INTO proposal_meta VALUES (x'0102', 'x')")
    assert refusal(path) == _damaged(
        "key.sqlite", "a proposal_meta key: 2 bytes of binary data where text belongs"
    )


def test_a_proposal_meta_key_twice_is_refused(tmp_path: Path) -> None:
    path = crafted(
        tmp_path / "twice.sqlite",
        *_rebuilt_without_keys("proposal_meta"),
        "INSERT INTO proposal_meta SELECT * FROM proposal_meta WHERE key = 'title'",
    )
    assert refusal(path) == _damaged("twice.sqlite", "proposal_meta 'title' appears twice")


def test_a_file_without_proposal_meta_rows_opens_untitled(tmp_path: Path) -> None:
    path = crafted(tmp_path / "bare.sqlite", "DELETE FROM proposal_meta")
    proposal = open_proposal(path).proposal
    assert proposal.info == ProposalInfo(title="Untitled proposal", notes="", revision=0)
    assert proposal.posts == build_bury().posts


def test_text_that_is_not_utf8_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = crafted(tmp_path / "text.sqlite", "UPDATE post SET title = CAST(x'ff' AS TEXT)")
    assert refusal(path) == (
        '"text.sqlite" is damaged: some of its text is not readable (not UTF-8). ' + BACKUP
    )


def _older_file(folder: Path, *statements: str) -> Path:
    """The version 1 fixture, changed behind the designer's back."""
    path = folder / "old.sqlite"
    shutil.copy2(FIXTURES / "proposal_v1.sqlite", path)
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(statement)
    return path


def test_a_bad_row_of_an_older_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = _older_file(tmp_path, "UPDATE post SET fte = 'lots' WHERE id = 1")
    assert refusal(path) == _damaged(
        "old.sqlite", "post 1, field \"fte\": the text 'lots' where a number belongs"
    )


def test_an_older_file_whose_missing_table_cannot_be_made_is_refused(tmp_path: Path) -> None:
    # Version 1 had no pay_scale table; an index of that name stops the reader making it.
    path = _older_file(tmp_path, "CREATE INDEX pay_scale ON post (title)")
    assert refusal(path) == (
        '"old.sqlite" is damaged and cannot be read '
        f"(there is already an index named pay_scale). {BACKUP}"
    )


def _interrupted() -> sqlite3.OperationalError:
    """The error SQLite raises when a connection's time budget runs out mid-query."""
    db = connect_memory()
    try:
        set_time_budget(db, 0.0)
        with pytest.raises(sqlite3.OperationalError) as raised:
            db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT count(*) FROM n"
            ).fetchone()
        return raised.value
    finally:
        db.close()


def test_a_read_past_its_time_budget_is_called_crafted_not_damaged() -> None:
    expected = '"f.sqlite" took too long to check and was not opened: it is damaged or was crafted.'
    error = _interrupted()
    assert database_failure("f.sqlite", error) == expected
    # As SQLAlchemy wraps it (an older file's tables being made): the sqlite3 error is read.
    wrapped = sqlalchemy.exc.OperationalError("CREATE TABLE x (y)", {}, error)
    assert database_failure("f.sqlite", wrapped) == expected


def test_sqlites_message_is_quoted_to_its_first_line_and_100_characters() -> None:
    long = "x" * 100
    assert database_failure("f.sqlite", sqlite3.DatabaseError(long)) == (
        f'"f.sqlite" is damaged and cannot be read ({long}). {BACKUP}'
    )
    assert database_failure("f.sqlite", sqlite3.DatabaseError(long + "y\nmore")) == (
        f'"f.sqlite" is damaged and cannot be read ({long}...). {BACKUP}'
    )
    assert database_failure("f.sqlite", sqlite3.DatabaseError("file is not a database\nmore")) == (
        f'"f.sqlite" is damaged and cannot be read (file is not a database). {BACKUP}'
    )


def test_one_byte_of_binary_data_is_one_byte(tmp_path: Path) -> None:
    path = crafted(tmp_path / "byte.sqlite", "UPDATE post SET title = x'00' WHERE id = 14")
    assert refusal(path) == _damaged(
        "byte.sqlite", 'post 14, field "title": 1 byte of binary data where text belongs'
    )


def test_the_title_notes_and_revision_are_read_back(tmp_path: Path) -> None:
    proposal = build_bury()
    proposal.info = ProposalInfo(
        title="Adults restructure", notes="Second draft.\nFor the panel.", revision=6
    )
    path = tmp_path / "info.sqlite"
    save_proposal(proposal, path)
    # The save counts itself: revision 6 saved is revision 7 on disk.
    assert open_proposal(path).proposal.info == ProposalInfo(
        title="Adults restructure", notes="Second draft.\nFor the panel.", revision=7
    )
