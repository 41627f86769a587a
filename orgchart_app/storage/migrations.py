"""Brings files written by older versions up to the current schema, in memory only."""

from __future__ import annotations

import re
import sqlite3

from orgchart_app.storage.fileformat import SCHEMA_VERSION

# Schema version 1 (designer 0.0.x): no pay tables, no unit colour, description or lead, and a
# dotted line's share of time was only written in its free-text note ("10% MHCC").
SCHEMA_V1 = """
CREATE TABLE proposal_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE organisation (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
    short_name VARCHAR NOT NULL, kind VARCHAR NOT NULL, colour VARCHAR NOT NULL);
CREATE TABLE scenario (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE,
    kind VARCHAR NOT NULL, effective_date VARCHAR, based_on_id INTEGER REFERENCES scenario(id));
CREATE TABLE unit (id INTEGER PRIMARY KEY, scenario_id INTEGER NOT NULL REFERENCES scenario(id),
    unit_ref VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    parent_id INTEGER REFERENCES unit(id), status VARCHAR NOT NULL);
CREATE TABLE post (id INTEGER PRIMARY KEY, scenario_id INTEGER NOT NULL REFERENCES scenario(id),
    post_ref VARCHAR NOT NULL, title VARCHAR NOT NULL, unit_id INTEGER NOT NULL REFERENCES unit(id),
    employer_id INTEGER NOT NULL REFERENCES organisation(id), grade VARCHAR NOT NULL,
    fte FLOAT NOT NULL, quantity INTEGER NOT NULL, reports_to_id INTEGER REFERENCES post(id),
    deployed_to_id INTEGER REFERENCES organisation(id), status VARCHAR NOT NULL,
    funded BOOLEAN NOT NULL, cost_code VARCHAR NOT NULL, statutory_role VARCHAR NOT NULL,
    notes VARCHAR NOT NULL);
CREATE TABLE postholder (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES post(id),
    name VARCHAR NOT NULL, employee_number VARCHAR NOT NULL);
CREATE TABLE dotted_line (id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id),
    from_post_id INTEGER NOT NULL REFERENCES post(id), to_post_id INTEGER NOT NULL REFERENCES post(id),
    kind VARCHAR NOT NULL, note VARCHAR NOT NULL);
"""

# The tables every file has had since version 1.
V1_TABLES = frozenset(re.findall(r"CREATE TABLE (\w+)", SCHEMA_V1))
_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _v1_to_v2(db: sqlite3.Connection) -> None:
    db.executescript("""
        ALTER TABLE organisation ADD COLUMN pay_scale_id INTEGER;
        ALTER TABLE scenario ADD COLUMN costing_point VARCHAR NOT NULL DEFAULT 'top';
        ALTER TABLE scenario ADD COLUMN pay_year VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE scenario ADD COLUMN description VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN colour VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN description VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN lead_post_id INTEGER;
        ALTER TABLE post ADD COLUMN officer_category VARCHAR NOT NULL DEFAULT 'other';
        ALTER TABLE post ADD COLUMN is_assistant BOOLEAN NOT NULL DEFAULT 0;
        ALTER TABLE post ADD COLUMN temporary_line BOOLEAN NOT NULL DEFAULT 0;
        ALTER TABLE post ADD COLUMN salary FLOAT;
        ALTER TABLE dotted_line ADD COLUMN share_percent FLOAT;
        ALTER TABLE dotted_line ADD COLUMN temporary BOOLEAN NOT NULL DEFAULT 0;
        ALTER TABLE dotted_line RENAME COLUMN note TO label;
    """)
    # Version 1 wrote the share of time only in the note: recover it as a number.
    for line_id, label in db.execute("SELECT id, label FROM dotted_line").fetchall():
        match = _SHARE.search(label or "")
        if match and 0 < float(match.group(1)) <= 100:
            db.execute(
                "UPDATE dotted_line SET share_percent = ? WHERE id = ?",
                (float(match.group(1)), line_id),
            )


def _v2_to_v3(db: sqlite3.Connection) -> None:
    # Version 3 adds the pension's full economic cost to the on-cost rules (NHS: 20.68%).
    # A file migrated from version 1 has no on_cost_rule table yet: create_all makes it whole.
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "on_cost_rule" in tables:
        db.execute("ALTER TABLE on_cost_rule ADD COLUMN pension_full_rate FLOAT")


def _v3_to_v4(db: sqlite3.Connection) -> None:
    # Version 4: budgets over several years and funding sources, adjustments naming posts,
    # the ledger's subjective codes, and fixed-term posts paid by a funding source.
    db.executescript("""
        ALTER TABLE post ADD COLUMN end_date VARCHAR;
        ALTER TABLE post ADD COLUMN funding_source VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE post ADD COLUMN spinal_point INTEGER;
    """)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "budget_line" in tables:
        db.executescript("""
            ALTER TABLE budget_line ADD COLUMN kind VARCHAR NOT NULL DEFAULT 'budget';
            ALTER TABLE budget_line ADD COLUMN year VARCHAR NOT NULL DEFAULT '';
            ALTER TABLE budget_line ADD COLUMN funding_source VARCHAR NOT NULL DEFAULT '';
            ALTER TABLE budget_line ADD COLUMN recurrent BOOLEAN NOT NULL DEFAULT 1;
            ALTER TABLE budget_line ADD COLUMN post_refs VARCHAR NOT NULL DEFAULT '';
            ALTER TABLE budget_line ADD COLUMN subjective_codes VARCHAR NOT NULL DEFAULT '';
            UPDATE budget_line SET kind = 'adjustment' WHERE cost_code = '' AND other < 0;
        """)


# Version 5 makes postholders people: contract, service and pay for the people side of a
# restructure. A name alone (all older files have) reads as a permanent, full-time holder.
_PEOPLE_COLUMNS = {
    "fte": "FLOAT NOT NULL DEFAULT 1.0",
    "contract": "VARCHAR NOT NULL DEFAULT 'permanent'",
    "contract_end": "VARCHAR",
    "service_start": "VARCHAR",
    "date_of_birth": "VARCHAR",
    "age": "INTEGER",
    "salary": "FLOAT",
    "spinal_point": "INTEGER",
    "pension_strain": "FLOAT",
    "notes": "VARCHAR NOT NULL DEFAULT ''",
}


def _v4_to_v5(db: sqlite3.Connection) -> None:
    # Only the columns missing: a file some other tool upgraded in part still opens.
    have = {row[1] for row in db.execute("PRAGMA table_info(postholder)")}
    for column, declaration in _PEOPLE_COLUMNS.items():
        if column not in have:
            db.execute(f"ALTER TABLE postholder ADD COLUMN {column} {declaration}")


def _v5_to_v6(db: sqlite3.Connection) -> None:
    # Version 6 adds the recommendation_item table only, which the reader's create_all makes.
    del db


def _v6_to_v7(db: sqlite3.Connection) -> None:
    # Version 7 adds the pool, outcome and consultation tables only (the people side of a
    # change), which the reader's create_all makes.
    del db


def _v7_to_v8(db: sqlite3.Connection) -> None:
    # Version 8 adds the document and provenance tables only, which the reader's create_all
    # makes: an older file says nothing of where its values come from.
    del db


def _v8_to_v9(db: sqlite3.Connection) -> None:
    # Version 9 says where a budget line's recurrence is an assumption, not the source's word.
    # Only where missing (as 4 -> 5): a file some other tool upgraded in part still opens.
    have = {row[1] for row in db.execute("PRAGMA table_info(budget_line)")}
    if have and "recurrence_assumed" not in have:
        db.execute(
            "ALTER TABLE budget_line ADD COLUMN recurrence_assumed BOOLEAN NOT NULL DEFAULT 0"
        )


_STEPS = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
    7: _v7_to_v8,
    8: _v8_to_v9,
}


def migrate(db: sqlite3.Connection, from_version: int) -> None:
    """Upgrade an in-memory copy from `from_version` to SCHEMA_VERSION, step by step."""
    for version in range(from_version, SCHEMA_VERSION):
        _STEPS[version](db)
    # Tables that did not exist in the older schema are created by the reader's create_all.
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.commit()
