"""Records to rows and back: each field stored as the file format says, each refusal in its words.

The save and open tests reach these through whole files; these convert single records, so each
conversion (enums, amounts, dates, lists of numbers) and each range edge is pinned on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.ids import (
    ConsultationId,
    DottedLineId,
    PayScaleId,
    PoolId,
    PostId,
    ScenarioId,
)
from orgchart_app.domain.model import DottedLine, PayPoint
from orgchart_app.domain.outcomes import Consultation, Pool
from orgchart_app.domain.tables import Table
from orgchart_app.storage.mapping import (
    FieldError,
    column_names,
    conversions,
    fits_range,
    record_key,
    record_label,
    row_reader,
    to_column,
    to_row,
    to_values,
)

LINE = DottedLine(DottedLineId(7), ScenarioId(1), PostId(3), PostId(4), DottedLineKind.MATRIX, 10.0)
POOL = Pool(PoolId(2), ScenarioId(2), "pool A", (PostId(5), PostId(12)), interview_date=None)


def _save_refusal(record: object) -> str:
    with pytest.raises(FileRefused) as refused:
        to_values(record)
    return str(refused.value)


def test_a_record_becomes_its_columns_with_enums_and_ids_as_stored() -> None:
    assert to_row(LINE) == {
        "id": 7,
        "scenario_id": 1,
        "from_post_id": 3,
        "to_post_id": 4,
        "kind": "matrix",
        "share_percent": 10.0,
        "label": "",
        "temporary": False,
    }
    assert column_names(DottedLine) == tuple(to_row(LINE))


def test_amounts_dates_and_lists_are_stored_as_sqlite_holds_them() -> None:
    consultation = Consultation(
        ConsultationId(1),
        ScenarioId(2),
        start=dt.date(2026, 4, 1),
        multiplier=Decimal("1.5"),
        protection=(Decimal(100), Decimal("50.5")),
    )
    row = to_row(consultation)
    assert row["start"] == "2026-04-01"
    assert row["end"] is None
    assert row["multiplier"] == 1.5 and type(row["multiplier"]) is float
    assert row["protection"] == "100.0,50.5"
    assert to_row(POOL)["post_ids"] == "5,12"
    assert to_row(dataclasses.replace(POOL, post_ids=()))["post_ids"] == ""
    assert to_row(PayPoint(PayScaleId(1), "2025/26", 3, Decimal("24404.00")))["salary"] == 24404.0


def test_a_single_value_is_converted_as_a_field_would_be() -> None:
    assert to_column(None) is None
    assert to_column(DottedLineKind.SECONDMENT) == "secondment"
    assert to_column(Decimal("0.1438")) == 0.1438
    assert to_column(dt.date(2021, 4, 1)) == "2021-04-01"
    assert to_column((1, 2, 3)) == "1,2,3"
    assert to_column("text") == "text"
    assert to_column(5) == 5


def test_a_records_conversions_name_only_the_fields_that_may_need_them() -> None:
    found = conversions(DottedLine)
    assert found.converted == (column_names(DottedLine).index("kind"),)
    assert found.values_of(LINE) == to_values(LINE)[:4] + (
        DottedLineKind.MATRIX,
        10.0,
        "",
        False,
    )
    pool = conversions(Pool)
    names = column_names(Pool)
    assert pool.converted == (names.index("post_ids"), names.index("interview_date"))


def test_a_number_fits_its_range_up_to_both_ends() -> None:
    assert fits_range(None, 0.0, 100.0, 0.0)
    assert fits_range(0, 0.0, 100.0, 0.0001)
    assert fits_range(100.0, 0.0, 100.0, 0.0001)
    assert fits_range(0.0001, 0.0, 100.0, 0.0001)
    assert not fits_range(100.5, 0.0, 100.0, 0.0)
    assert not fits_range(-1, 0.0, 100.0, 0.0)
    assert not fits_range(0.00005, 0.0, 100.0, 0.0001)
    assert not fits_range(-0.00005, -1.0, 100.0, 0.0001)
    assert not fits_range(float("nan"), 0.0, 100.0, 0.0)
    assert not fits_range("5", 0.0, 100.0, 0.0)
    assert not fits_range(True, 0.0, 100.0, 0.0)


def test_a_number_the_format_does_not_allow_is_refused_naming_its_record() -> None:
    assert _save_refusal(dataclasses.replace(LINE, share_percent=150.0)) == (
        'Could not save: dotted_line 7, field "share_percent": 150 is outside 0 to 100, which '
        "the file format does not allow; change it and save again."
    )
    assert _save_refusal(PayPoint(PayScaleId(1), "2025/26", 3, Decimal("0.001"))) == (
        'Could not save: pay_point, field "salary": 0.001 is neither 0 nor at least 0.01, which '
        "the file format does not allow; change it and save again."
    )
    consultation = Consultation(ConsultationId(1), ScenarioId(2), multiplier=Decimal("0.5"))
    assert 'consultation 1, field "multiplier": 0.5 is outside 1 to 104' in _save_refusal(
        consultation
    )


def test_a_record_is_labelled_by_its_table_and_id() -> None:
    assert record_label(LINE) == "dotted_line 7"
    assert record_label(POOL) == "pool 2"
    assert record_label(PayPoint(PayScaleId(1), "2025/26", 3, Decimal(1))) == "pay_point"


def test_a_pay_point_is_keyed_by_its_scale_year_and_point() -> None:
    point = PayPoint(PayScaleId(4), "2025/26", 3, Decimal(1))
    assert record_key(Table.PAY_POINTS, point) == (4, "2025/26", 3)
    assert record_key(Table.DOTTED_LINES, LINE) == 7


def _read(record_class: type, row: dict[str, object]) -> object:
    columns = tuple(reversed(row))  # a file's columns come in any order
    # SQLite gives a boolean back as the integer it stored.
    stored = tuple(int(v) if type(v) is bool else v for v in (row[c] for c in columns))
    return row_reader(record_class, columns)(stored)


def _read_refusal(record_class: type, row: dict[str, object]) -> tuple[str, str]:
    with pytest.raises(FieldError) as refused:
        _read(record_class, row)
    return refused.value.field, str(refused.value)


def test_a_row_reads_back_as_the_record_it_was() -> None:
    assert _read(DottedLine, to_row(LINE)) == LINE
    assert _read(Pool, to_row(POOL)) == POOL
    consultation = Consultation(
        ConsultationId(1), ScenarioId(2), start=dt.date(2026, 4, 1), protection=(Decimal("50.5"),)
    )
    assert _read(Consultation, to_row(consultation)) == consultation


def test_a_list_of_numbers_reads_with_spaces_and_empty_parts_left_out() -> None:
    row = to_row(POOL) | {"post_ids": " 5, ,12 ,"}
    read = _read(Pool, row)
    assert isinstance(read, Pool) and read.post_ids == (5, 12)
    assert type(read.post_ids[0]) is int


@pytest.mark.parametrize("cell", ["5,x", "5,-1", "5.5", "1e3"])
def test_a_list_of_whole_numbers_holds_only_whole_numbers(cell: str) -> None:
    assert _read_refusal(Pool, to_row(POOL) | {"post_ids": cell}) == (
        "post_ids",
        f"the text {cell!r} where whole numbers separated by commas belong",
    )


@pytest.mark.parametrize("cell", ["100,NaN", "Infinity", "-5", "x"])
def test_a_list_of_numbers_holds_only_finite_ones_not_below_zero(cell: str) -> None:
    row = to_row(Consultation(ConsultationId(1), ScenarioId(2))) | {"protection": cell}
    assert _read_refusal(Consultation, row) == (
        "protection",
        f"the text {cell!r} where numbers separated by commas belong",
    )


def test_a_list_of_numbers_allows_zero() -> None:
    row = to_row(Consultation(ConsultationId(1), ScenarioId(2))) | {"protection": "0,0.5"}
    read = _read(Consultation, row)
    assert isinstance(read, Consultation) and read.protection == (Decimal(0), Decimal("0.5"))


def test_an_enum_is_one_of_its_values_exactly() -> None:
    for cell in ("MATRIX", "Matrix", 1, None):
        field, message = _read_refusal(DottedLine, to_row(LINE) | {"kind": cell})
        assert field == "kind"
        assert message.endswith(
            " where one of 'accountability', 'matrix', 'professional', 'secondment' belongs"
        )
    assert _read_refusal(DottedLine, to_row(LINE) | {"kind": None})[1].startswith(
        "nothing (NULL) where one of"
    )
    assert _read_refusal(DottedLine, to_row(LINE) | {"kind": "MATRIX"})[1].startswith(
        "the text 'MATRIX' where one of"
    )


def test_an_optional_field_reads_null_as_none_and_anything_else_strictly() -> None:
    read = _read(DottedLine, to_row(LINE) | {"share_percent": None})
    assert isinstance(read, DottedLine) and read.share_percent is None
    assert _read_refusal(DottedLine, to_row(LINE) | {"share_percent": "10"}) == (
        "share_percent",
        "the text '10' where a number belongs",
    )
    assert _read_refusal(DottedLine, to_row(LINE) | {"share_percent": 101}) == (
        "share_percent",
        "101 is outside 0 to 100",
    )


def test_a_typed_id_reads_as_a_whole_number() -> None:
    assert _read_refusal(DottedLine, to_row(LINE) | {"from_post_id": 3.0}) == (
        "from_post_id",
        "the number 3.0 where a whole number belongs",
    )
