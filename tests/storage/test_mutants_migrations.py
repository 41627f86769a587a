"""Older files brought up to the current schema in memory: each step's columns, defaults and data.

test_file.py opens whole files of older versions; these migrate small databases made here, so
each step's effect (a share of time read from a note, an adjustment told from a budget, a column
an earlier tool already added) is checked on its own.
"""

from __future__ import annotations

import sqlite3

import pytest

from orgchart_app.storage.fileformat import SCHEMA_VERSION
from orgchart_app.storage.migrations import SCHEMA_V1, V1_TABLES, migrate

LABELS = {
    1: "10% MHCC",
    2: "12.5 % of the week",
    3: "0% for now",
    4: "150% overtime",
    5: "100%",
    6: "no share given",
    7: "",
    8: "was 5%, now 20%",
    9: "0.5% of a day",
    10: "100.5% of the week",
}


def _version_1(*statements: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA_V1)
    db.executescript("""
        INSERT INTO organisation VALUES (1, 'Bury Council', 'BC', 'local_authority', '');
        INSERT INTO scenario VALUES (1, 'As is', 'as_is', NULL, NULL);
        INSERT INTO unit VALUES (1, 1, 'BC', 'Bury Council', 'organisation', 1, NULL, 'in_place');
        INSERT INTO post VALUES (1, 1, 'BC-1', 'Chief Executive', 1, 1, 'CE', 1.0, 1, NULL, NULL,
            'filled', 1, '', '', '');
        INSERT INTO postholder VALUES (1, 1, 'Alex Smith', 'E1');
    """)
    for line_id, label in LABELS.items():
        db.execute(
            "INSERT INTO dotted_line VALUES (?, 1, 1, 1, 'accountability', ?)", (line_id, label)
        )
    for statement in statements:
        db.execute(statement)
    return db


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_version_1_names_its_tables() -> None:
    assert V1_TABLES == {
        "proposal_meta",
        "organisation",
        "scenario",
        "unit",
        "post",
        "postholder",
        "dotted_line",
    }


def test_a_share_of_time_is_read_from_a_version_1_note() -> None:
    db = _version_1()
    migrate(db, 1)
    shares = dict(db.execute("SELECT id, share_percent FROM dotted_line").fetchall())
    assert shares == {
        1: 10.0,
        2: 12.5,
        3: None,
        4: None,
        5: 100.0,
        6: None,
        7: None,
        8: 5.0,
        9: 0.5,
        10: None,
    }
    labels = dict(db.execute("SELECT id, label FROM dotted_line").fetchall())
    assert labels == LABELS


def test_a_version_1_file_gains_every_later_column_with_its_default() -> None:
    db = _version_1()
    migrate(db, 1)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT costing_point, pay_year, description FROM scenario").fetchone() == (
        "top",
        "",
        "",
    )
    assert db.execute("SELECT colour, description, lead_post_id FROM unit").fetchone() == (
        "",
        "",
        None,
    )
    assert db.execute(
        "SELECT officer_category, is_assistant, temporary_line, salary, end_date, "
        "funding_source, spinal_point FROM post"
    ).fetchone() == ("other", 0, 0, None, None, "", None)
    assert db.execute("SELECT pay_scale_id FROM organisation").fetchone() == (None,)
    assert db.execute("SELECT temporary FROM dotted_line WHERE id = 1").fetchone() == (0,)
    assert db.execute(
        "SELECT fte, contract, contract_end, service_start, date_of_birth, age, salary, "
        "spinal_point, pension_strain, notes FROM postholder"
    ).fetchone() == (1.0, "permanent", None, None, None, None, None, None, None, "")
    # Tables a version 1 file never had are left for the reader to create.
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == V1_TABLES


def test_version_2_and_3_tables_gain_their_later_columns() -> None:
    db = _version_1(
        "CREATE TABLE on_cost_rule (id INTEGER PRIMARY KEY, pension_rate FLOAT)",
        "INSERT INTO on_cost_rule VALUES (1, 0.1438)",
        "CREATE TABLE budget_line (id INTEGER PRIMARY KEY, cost_code VARCHAR NOT NULL, "
        "other FLOAT NOT NULL)",
        "INSERT INTO budget_line VALUES (1, '', -500)",
        "INSERT INTO budget_line VALUES (2, 'C100', -500)",
        "INSERT INTO budget_line VALUES (3, '', 500)",
        "INSERT INTO budget_line VALUES (4, '', 0)",
    )
    migrate(db, 1)
    assert db.execute("SELECT pension_rate, pension_full_rate FROM on_cost_rule").fetchone() == (
        0.1438,
        None,
    )
    kinds = dict(db.execute("SELECT id, kind FROM budget_line").fetchall())
    assert kinds == {1: "adjustment", 2: "budget", 3: "budget", 4: "budget"}
    assert db.execute(
        "SELECT year, funding_source, recurrent, post_refs, subjective_codes, recurrence_assumed "
        "FROM budget_line WHERE id = 2"
    ).fetchone() == ("", "", 1, "", "", 0)


def test_a_later_version_takes_only_the_steps_after_it() -> None:
    db = _version_1()
    db.execute("ALTER TABLE dotted_line RENAME COLUMN note TO label")
    db.execute("ALTER TABLE dotted_line ADD COLUMN share_percent FLOAT")
    # As version 4 wrote it: the people columns are version 5's.
    migrate(db, 4)
    assert "contract" in _columns(db, "postholder")
    assert "officer_category" not in _columns(db, "post")  # version 2's step was not taken
    assert db.execute("SELECT share_percent FROM dotted_line WHERE id = 1").fetchone() == (None,)


def test_columns_another_tool_already_added_are_left_as_they_are() -> None:
    db = _version_1(
        "ALTER TABLE postholder ADD COLUMN fte FLOAT NOT NULL DEFAULT 0.5",
        "CREATE TABLE budget_line (id INTEGER PRIMARY KEY, "
        "recurrence_assumed BOOLEAN NOT NULL DEFAULT 1)",
        "INSERT INTO budget_line (id) VALUES (1)",
    )
    migrate(db, 4)
    assert db.execute("SELECT fte, contract FROM postholder").fetchone() == (0.5, "permanent")
    assert _columns(db, "postholder").count("fte") == 1
    assert db.execute("SELECT recurrence_assumed FROM budget_line").fetchone() == (1,)


def test_a_current_file_needs_no_step() -> None:
    db = _version_1()
    migrate(db, SCHEMA_VERSION)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "label" not in _columns(db, "dotted_line")


def test_the_migration_is_committed() -> None:
    db = _version_1()
    db.commit()
    migrate(db, 1)
    assert not db.in_transaction
    with pytest.raises(sqlite3.OperationalError):
        db.execute("SELECT note FROM dotted_line")
