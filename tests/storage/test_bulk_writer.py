"""The save writes with sqlite3 itself: the file is the one SQLAlchemy's create_all and a row per
record made, table for table and row for row (the reference below is that earlier writer)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from orgchart_app.domain import FileRefused, Proposal
from orgchart_app.importers import import_files
from orgchart_app.samples import sample_data_folder
from orgchart_app.storage import open_proposal, save_proposal
from orgchart_app.storage.mapping import RECORD_CLASSES, to_row
from orgchart_app.storage.schema import (
    APPLICATION_ID,
    ROW_CLASSES,
    SCHEMA_VERSION,
    metadata,
    sql_table,
)
from tests.importers.files import large_establishment, write_csv
from tests.storage.helpers import same_content

SAMPLES = sorted(sample_data_folder().glob("*.sqlite"))


def reference_file(proposal: Proposal, path: Path) -> Path:
    """The file as a save wrote it through SQLAlchemy: create_all, then one row dict a record."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        metadata.create_all(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            for table, row_class in ROW_CLASSES.items():
                records = proposal.records(table)
                assert all(type(r) is RECORD_CLASSES[table] for r in records.values())
                if records:
                    rows = [to_row(record) for record in records.values()]
                    connection.execute(sql_table(row_class).insert(), rows)
    finally:
        engine.dispose()
    return path


def contents(path: Path) -> dict[str, object]:
    """The schema, the header's numbers and every row of our tables (not the save's own meta)."""
    db = sqlite3.connect(path)
    try:
        found: dict[str, object] = {
            "schema": db.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
            ).fetchall(),
            "pragmas": [
                db.execute(f"PRAGMA {p}").fetchone()
                for p in ("application_id", "user_version", "page_size", "encoding", "auto_vacuum")
            ],
        }
        for row_class in ROW_CLASSES.values():
            name = sql_table(row_class).name
            found[name] = db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        return found
    finally:
        db.close()


def assert_same_file(proposal: Proposal, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    save_proposal(proposal, saved)
    expected = contents(reference_file(proposal, tmp_path / "reference.sqlite"))
    assert contents(saved) == expected
    assert same_content(open_proposal(saved).proposal, proposal)


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_each_sample_saves_to_the_file_the_earlier_writer_made(
    sample: Path, tmp_path: Path
) -> None:
    assert_same_file(open_proposal(sample).proposal, tmp_path)


def test_an_import_saves_to_the_file_the_earlier_writer_made(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", large_establishment(1500))
    assert_same_file(import_files([path]).proposal, tmp_path)


def test_a_column_filled_in_one_row_only_is_written(tmp_path: Path) -> None:
    proposal = open_proposal(SAMPLES[0]).proposal
    holder_id = next(iter(proposal.postholders))
    proposal.postholders[holder_id] = dataclasses.replace(
        proposal.postholders[holder_id],
        date_of_birth=dt.date(1970, 5, 17),
        pension_strain=Decimal("1234.50"),
        age=54,
    )
    assert_same_file(proposal, tmp_path)


def test_a_number_out_of_range_is_refused_naming_the_record(tmp_path: Path) -> None:
    proposal = open_proposal(SAMPLES[0]).proposal
    post_id = sorted(proposal.posts)[3]
    proposal.posts[post_id] = dataclasses.replace(proposal.posts[post_id], fte=float("nan"))
    with pytest.raises(FileRefused, match=f'post {post_id}, field "fte"'):
        save_proposal(proposal, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()
