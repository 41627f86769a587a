"""importers/xlsx.py directly: the first sheet's cells as text, formulas kept, zip bombs refused."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from orgchart_app.importers.limits import MAX_COLUMNS, MAX_LINES, ImportRefused
from orgchart_app.importers.tables import Row
from orgchart_app.importers.xlsx import (
    _has_formulas,
    _with_formulas,
    cell_text,
    check_zip,
    read_xlsx,
)


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _zip_claiming(path: Path, size: int, compressed: int) -> Path:
    """A workbook-shaped zip whose central directory claims its sheet is `size` bytes unzipped,
    `compressed` zipped: check_zip reads only those claims."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<sheet/>")
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # the sheet's central directory entry, the last one
    struct.pack_into("<II", data, entry + 20, compressed, size)
    path.write_bytes(bytes(data))
    return path


def _refusal(action: object, *args: object) -> str:
    with pytest.raises(ImportRefused) as refused:
        action(*args)  # type: ignore[operator]
    return str(refused.value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "Yes"),
        (False, "No"),
        (3.0, "3"),
        (0.1 + 0.2, "0.3"),
        (1.23456789, "1.234568"),
        (37, "37"),
        (dt.datetime(2026, 12, 4), "2026-12-04"),
        (dt.datetime(2026, 12, 4, 9, 30), "2026-12-04 09:30:00"),
        (dt.date(2027, 3, 31), "2027-03-31"),
        ("Head", "Head"),
    ],
)
def test_each_kind_of_cell_is_written_as_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_a_workbook_is_read_as_text_with_its_sheet_rows_as_lines(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "list.xlsx",
        [["Title", "FTE", "Start"], ["Head", 0.6, dt.date(2020, 1, 6)], [None, None], ["Clerk", 1]],
    )
    table = read_xlsx(path)
    assert (table.source, table.headers, table.encoding) == (
        "list.xlsx",
        ["Title", "FTE", "Start"],
        "XLSX",
    )
    assert table.rows == [Row(2, ("Head", "0.6", "2020-01-06")), Row(4, ("Clerk", "1"))]
    assert table.blank_lines == 1


def test_a_formula_without_a_saved_value_is_read_as_its_text(tmp_path: Path) -> None:
    path = _book(tmp_path / "f.xlsx", [["Title", "FTE", "Grade"], ["Head", "=37/37", "PO1"]])
    assert _has_formulas(path) is True
    assert read_xlsx(path).rows == [Row(2, ("Head", "=37/37", "PO1"))]


def test_a_workbook_without_formulas_has_none(tmp_path: Path) -> None:
    path = _book(tmp_path / "plain.xlsx", [["Title", "FTE"], ["f", 1]])
    assert _has_formulas(path) is False


def _archive(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("tag", [b"<f>", b'<f t="shared">'])
def test_a_formula_tag_across_the_read_size_is_found(tmp_path: Path, tag: bytes) -> None:
    sheet = b" " * ((1 << 20) - 2) + tag + b"A1</f>"
    path = _archive(tmp_path / "big.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    assert _has_formulas(path) is True


def test_a_formula_tag_outside_the_sheets_is_not_a_formula(tmp_path: Path) -> None:
    entries = {"xl/workbook.xml": b"<f>x</f>", "xl/worksheets/sheet1.xml": b"<sheetData/>"}
    assert _has_formulas(_archive(tmp_path / "wb.xlsx", entries)) is False


@pytest.mark.parametrize(
    ("values", "formulas", "read"),
    [
        (("Head", ""), ("Head", "=A1"), ("Head", "=A1")),
        (("Head",), ("Head", "=B2*2"), ("Head", "=B2*2")),
        (("Head", "1"), ("Head", "=A1"), ("Head", "1")),
        (("Head", ""), ("Head", "A1"), ("Head", "")),
        (("Head", "", "x"), ("Head",), ("Head", "", "x")),
    ],
)
def test_a_formula_fills_only_an_empty_cell(
    values: tuple[str, ...], formulas: tuple[str, ...], read: tuple[str, ...]
) -> None:
    assert _with_formulas(values, formulas) == read


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 and then nothing")
    assert _refusal(check_zip, path) == '"bad.xlsx" is a damaged or unreadable zip/Excel file.'


def test_a_zip_without_a_workbook_is_refused(tmp_path: Path) -> None:
    path = _archive(tmp_path / "doc.xlsx", {"word/document.xml": b"<doc/>"})
    assert _refusal(check_zip, path) == (
        '"doc.xlsx" is a zip file but not an Excel workbook (.xlsx).'
    )


def test_a_workbook_expanding_past_the_bound_is_refused(tmp_path: Path) -> None:
    path = _zip_claiming(tmp_path / "huge.xlsx", 300 * 1024 * 1024, 300 * 1024 * 1024)
    assert _refusal(check_zip, path) == (
        '"huge.xlsx" would expand to 300 MB when unzipped, more than the 300 MB allowed.'
    )


def test_a_workbook_expanding_to_the_bound_is_allowed(tmp_path: Path) -> None:
    # Its workbook.xml is 11 bytes: the sheet may claim all the rest.
    check_zip(_zip_claiming(tmp_path / "full.xlsx", 300 * 1024 * 1024 - 11, 300 * 1024 * 1024))


def test_an_entry_expanding_more_than_the_ratio_is_a_zip_bomb(tmp_path: Path) -> None:
    path = _zip_claiming(tmp_path / "bomb.xlsx", 2_000_001, 10_000)
    assert _refusal(check_zip, path) == (
        '"bomb.xlsx" looks like a zip bomb: "xl/worksheets/sheet1.xml" expands 200 times.'
    )
    path = _zip_claiming(tmp_path / "nothing.xlsx", 2_000_000, 0)
    assert "expands 2,000,000 times" in _refusal(check_zip, path)


def test_an_entry_just_over_a_megabyte_may_be_a_bomb(tmp_path: Path) -> None:
    path = _zip_claiming(tmp_path / "bomb.xlsx", 1_000_001, 1)
    assert _refusal(check_zip, path) == (
        '"bomb.xlsx" looks like a zip bomb: "xl/worksheets/sheet1.xml" expands 1,000,001 times.'
    )


@pytest.mark.parametrize(("size", "compressed"), [(2_000_000, 10_000), (1_000_000, 1)])
def test_an_entry_at_the_ratio_or_under_a_megabyte_is_no_bomb(
    tmp_path: Path, size: int, compressed: int
) -> None:
    check_zip(_zip_claiming(tmp_path / "ok.xlsx", size, compressed))


def test_a_damaged_workbook_is_refused_naming_the_fault(tmp_path: Path) -> None:
    path = _archive(tmp_path / "broken.xlsx", {"xl/workbook.xml": b"<not really"})
    assert _refusal(read_xlsx, path) == '"broken.xlsx" is a damaged Excel file (KeyError).'


def _patched(source: Path, path: Path, old: bytes, new: bytes) -> Path:
    """`source` with its sheet's XML changed, as another program might have written it."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as patched:
        for entry in original.infolist():
            data = original.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(old, new)
            patched.writestr(entry, data)
    return path


def test_a_damaged_sheet_is_refused_naming_the_fault(tmp_path: Path) -> None:
    source = _book(tmp_path / "f.xlsx", [["Title"], ["Head"]])
    path = _patched(source, tmp_path / "bad.xlsx", b'<row r="2">', b'<row r="2"><<')
    assert _refusal(read_xlsx, path) == '"bad.xlsx" is a damaged Excel file (ParseError).'


def test_a_formula_with_a_saved_value_is_read_as_its_value(tmp_path: Path) -> None:
    source = _book(tmp_path / "f.xlsx", [["Title", "FTE"], ["Head", "=37/37"]])
    path = _patched(
        source, tmp_path / "saved.xlsx", b"<f>37/37</f><v></v>", b"<f>37/37</f><v>1</v>"
    )
    assert read_xlsx(path).rows == [Row(2, ("Head", "1"))]


def test_a_sheet_too_wide_is_refused_after_reading_one_column_too_many(tmp_path: Path) -> None:
    path = _book(tmp_path / "wide.xlsx", [[f"C{i}" for i in range(MAX_COLUMNS + 50)]])
    assert _refusal(read_xlsx, path) == (
        f'"wide.xlsx" has {MAX_COLUMNS + 1} columns on line 1; an establishment list has at '
        f"most {MAX_COLUMNS}."
    )


def test_a_sheet_as_wide_as_allowed_is_read(tmp_path: Path) -> None:
    path = _book(tmp_path / "wide.xlsx", [[f"C{i}" for i in range(MAX_COLUMNS)], ["x"]])
    assert len(read_xlsx(path).headers) == MAX_COLUMNS


def _sparse(tmp_path: Path, last_line: int) -> Path:
    """Two rows, then nothing until one more on `last_line`: the sheet holds only the rows it
    has, and a reader walks every line between."""
    source = _book(tmp_path / "f.xlsx", [["Title"], ["Head"]])
    far = f'<row r="{last_line}"><c r="A{last_line}" t="inlineStr"><is><t>Last</t></is></c></row>'
    return _patched(
        source, tmp_path / "sparse.xlsx", b"</sheetData>", f"{far}</sheetData>".encode()
    )


def test_a_sheet_running_past_a_million_lines_is_refused(tmp_path: Path) -> None:
    assert _refusal(read_xlsx, _sparse(tmp_path, MAX_LINES + 1)) == (
        '"sparse.xlsx" has more than 1,000,000 rows; an establishment list is far shorter.'
    )


def test_a_sheet_ending_on_its_millionth_line_is_read_with_its_blank_lines_counted(
    tmp_path: Path,
) -> None:
    table = read_xlsx(_sparse(tmp_path, MAX_LINES))
    assert table.rows == [Row(2, ("Head",)), Row(MAX_LINES, ("Last",))]
    assert table.blank_lines == MAX_LINES - 3


def test_a_row_of_spaces_is_a_blank_line_as_an_empty_one_is(tmp_path: Path) -> None:
    path = _book(tmp_path / "f.xlsx", [["Title"], ["  ", " "], [None], ["Head"]])
    table = read_xlsx(path)
    assert (table.rows, table.blank_lines) == ([Row(4, ("Head",))], 2)
