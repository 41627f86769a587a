"""The save's rows: which columns the INSERT names, a table with no records, and a range only
the save's own check refuses (mutation testing found these unpinned: the file is the same
either way, so only the rows, or the refusal's words, tell)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused, Table
from orgchart_app.domain.ids import DottedLineId, PostholderId
from orgchart_app.samples import build_bury
from orgchart_app.storage import save_proposal
from orgchart_app.storage.mapping import RECORD_CLASSES
from orgchart_app.storage.schema import ROW_CLASSES, sql_table
from orgchart_app.storage.writer_rows import table_rows
from orgchart_app.storage.writer_schema import nullable_columns

HOLDER = RECORD_CLASSES[Table.POSTHOLDERS]
# What every postholder has: the optional dates, age, pay and strain are NULL when unknown.
ALWAYS = ("id", "post_id", "name", "employee_number", "fte", "contract", "notes")


def _holder_nullable() -> frozenset[str]:
    return nullable_columns(sql_table(ROW_CLASSES[Table.POSTHOLDERS]))


def test_the_columns_a_row_may_leave_out_are_the_optional_ones() -> None:
    assert _holder_nullable() == {
        "contract_end",
        "service_start",
        "date_of_birth",
        "age",
        "salary",
        "spinal_point",
        "pension_strain",
    }


def test_a_column_empty_in_every_record_is_left_out_of_the_insert() -> None:
    # Bury's first postholder: a name and nothing optional (no dates, age, pay or strain).
    first = build_bury().postholders[PostholderId(1)]
    assert (first.service_start, first.date_of_birth, first.salary) == (None, None, None)
    holders = [dataclasses.replace(first, id=PostholderId(n)) for n in (1, 2, 3)]
    rows = table_rows(holders, HOLDER, _holder_nullable())
    assert rows.columns == ALWAYS
    assert [row[:3] for row in rows.rows] == [(n, first.post_id, first.name) for n in (1, 2, 3)]
    # One holder's date of birth keeps that column, NULL in the others' rows.
    holders[1] = dataclasses.replace(holders[1], date_of_birth=dt.date(1970, 5, 17))
    rows = table_rows(holders, HOLDER, _holder_nullable())
    assert rows.columns == (*ALWAYS[:6], "date_of_birth", "notes")
    assert [row[6] for row in rows.rows] == [None, "1970-05-17", None]


def test_no_records_make_no_rows() -> None:
    rows = table_rows([], HOLDER, _holder_nullable())
    assert rows.columns == ALWAYS
    assert list(rows.rows) == []


def test_a_share_past_100_percent_stops_the_save_in_its_own_words(tmp_path: Path) -> None:
    # share_percent is the only field of a dotted line with a range: when no value of a table's
    # ranged columns fits, only the save's own check of that column can refuse it.
    proposal = build_bury()
    line = proposal.dotted_lines[DottedLineId(2)]
    proposal.dotted_lines[line.id] = dataclasses.replace(line, share_percent=150.0)
    target = tmp_path / "too much.sqlite"
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, target)
    assert str(refused.value) == (
        'Could not save: dotted_line 2, field "share_percent": 150 is outside 0 to 100, which '
        "the file format does not allow; change it and save again."
    )
    assert list(tmp_path.iterdir()) == []
