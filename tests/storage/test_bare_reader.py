"""The bare sqlite3 reader (current files, at start) reads exactly what the SQLAlchemy-described
reader (older files, after migration) reads: same Proposal value for value, or the same refusal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import subprocess
import sys
import typing
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import FileRefused
from orgchart_app.domain.ids import ConsultationId
from orgchart_app.domain.outcomes import Consultation
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import RECORD_TABLES
from orgchart_app.samples.synthetic import build_synthetic
from orgchart_app.storage import open_proposal, reader, save_proposal
from orgchart_app.storage.fileformat import OUR_TABLES, STORED_TABLES
from orgchart_app.storage.reader_migrated import read_described
from orgchart_app.storage.schema import ROW_CLASSES, sql_table
from tests.storage.helpers import REPO
from tests.storage.mutations import crafted_file

SAMPLES = sorted((REPO / "sample_data").glob("*.sqlite"))


def test_the_plain_file_format_describes_the_tables_schema_py_declares() -> None:
    assert [stored.table for stored in STORED_TABLES] == list(ROW_CLASSES)
    for stored, row_class in zip(STORED_TABLES, ROW_CLASSES.values(), strict=True):
        table = sql_table(row_class)
        assert stored.name == table.name
        assert stored.columns == tuple(column.name for column in table.columns)
        assert stored.keys == tuple(column.name for column in table.primary_key.columns)
    assert OUR_TABLES == {"proposal_meta", *(sql_table(c).name for c in ROW_CLASSES.values())}


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """open_proposal's result (the proposal, or the refusal's sentence) with the bare reader,
    then with the SQLAlchemy-described one in its place: every check before and after the
    same."""

    def outcome() -> Any:
        try:
            return open_proposal(path).proposal
        except FileRefused as refusal:
            return str(refusal)

    bare = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(reader, "read_current", read_described)
        described = outcome()
    return bare, described


def assert_same(bare: Any, described: Any) -> None:
    if isinstance(described, str) or isinstance(bare, str):
        assert bare == described
        return
    assert bare.info == described.info
    for table in RECORD_TABLES:
        bare_records, described_records = bare.records(table), described.records(table)
        # In the same order too: views list records as the file holds them.
        assert list(bare_records.items()) == list(described_records.items()), table
    assert bare == described


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name)
def test_every_sample_reads_the_same_both_ways(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare, described = both_ways(sample, monkeypatch)
    assert isinstance(bare, Proposal) and bare.posts  # a sample opens
    assert_same(bare, described)


def _nullable(record_class: type) -> list[str]:
    hints = typing.get_type_hints(record_class)
    return [
        field.name
        for field in dataclasses.fields(record_class)
        if type(None) in typing.get_args(hints[field.name])
    ]


def with_nulls(proposal: Proposal) -> Iterator[None]:
    """Every field that may be empty, emptied in one record of each table (yields per table)."""
    for table in RECORD_TABLES:
        records = proposal.records(table)
        if not records:
            continue
        key, record = next(iter(records.items()))
        records[key] = dataclasses.replace(record, **dict.fromkeys(_nullable(type(record))))
        yield


def made_files(folder: Path) -> Iterator[Path]:
    """Files the tests make: a consultation with every date, every table's empty fields, a
    synthetic organisation, and the assumed-grade costing."""
    bury = open_proposal(REPO / "sample_data" / "bury_community_commissioning.sqlite").proposal
    to_be = next(s for s in bury.scenarios.values() if s.name == "To be")
    bury.consultations[ConsultationId(1)] = Consultation(
        ConsultationId(1),
        to_be.id,
        slot_threshold=65.5,
        start=dt.date(2025, 4, 1),
        end=dt.date(2025, 5, 16),
        hr1_sent=dt.date(2025, 3, 31),
        selection_date=dt.date(2025, 6, 2),
        notice_date=dt.date(2025, 6, 9),
        implementation_date=dt.date(2025, 9, 1),
        other_redundancies=3,
        actual_pay=True,
        multiplier=Decimal("1.5"),
        protection=(Decimal(100), Decimal("50.5")),
        contractual_notice_weeks=12,
    )
    assert all(bury.records(table) for table in RECORD_TABLES)  # every table populated
    yield _saved(bury, folder / "every-table.sqlite")
    for number, _ in enumerate(with_nulls(bury)):
        yield _saved(bury, folder / f"nulls-{number}.sqlite")
    yield _saved(build_synthetic(300), folder / "synthetic.sqlite")


def _saved(proposal: Proposal, path: Path) -> Path:
    save_proposal(proposal, path)
    return path


def test_files_the_tests_make_read_the_same_both_ways(
    tmp_path: Path, bury_assumed_grades_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [*made_files(tmp_path), bury_assumed_grades_file]
    assert len(files) > 10
    for path in files:
        bare, described = both_ways(path, monkeypatch)
        assert_same(bare, described)
    # The empty fields were stored as NULLs and read back as empty, both ways.
    nulls = open_proposal(tmp_path / "nulls-0.sqlite").proposal
    assert nulls != open_proposal(tmp_path / "every-table.sqlite").proposal


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1))
def test_crafted_files_read_the_same_or_are_refused_in_the_same_words_both_ways(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"crafted-{seed}.sqlite"
    crafted_file(random.Random(seed), path)
    bare, described = both_ways(path, monkeypatch)
    assert_same(bare, described)


_PROBE = """
import json, sys
from orgchart_app.storage import open_proposal
proposal = open_proposal(sys.argv[1]).proposal
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps([len(proposal.posts), loaded]))
"""


def test_opening_a_current_file_loads_neither_sqlmodel_nor_sqlalchemy() -> None:
    sample = REPO / "sample_data" / "bury_community_commissioning.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(sample)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    posts, loaded = json.loads(done.stdout)
    assert posts == len(open_proposal(sample).proposal.posts) > 0
    assert not {"sqlmodel", "sqlalchemy"} & set(loaded)
