"""importers/tables.py directly: files read into rows of text, each refusal one exact sentence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgchart_app.importers.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, ImportRefused
from orgchart_app.importers.tables import (
    Row,
    Table,
    add_row,
    checked_cells,
    decode,
    make_table,
    parse_csv,
    read_table,
    sniff_delimiter,
)


def _refusal(path: Path) -> str:
    with pytest.raises(ImportRefused) as refused:
        read_table(path)
    return str(refused.value)


def test_a_rows_cell_is_blank_outside_the_row() -> None:
    row = Row(2, ("a", "b"))
    assert [row.cell(i) for i in (-1, 0, 1, 2)] == ["", "a", "b", ""]


def test_a_tables_column_is_blank_where_a_row_is_short_and_none_for_minus_one() -> None:
    table = Table("t.csv", ["A", "B"], [Row(2, ("1", "2")), Row(3, ("3",))])
    assert table.column(1) == ["2", ""]
    assert table.column(0) == ["1", "3"]
    assert table.column(-1) == []


def test_a_csv_is_read_with_its_lines_blank_lines_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"Title,Grade\r\nHead,PO1\r\n\r\n, \r\nOfficer,SO1,,\r\n")
    table = read_table(path)
    assert (table.source, table.headers, table.encoding) == (
        "list.csv",
        ["Title", "Grade"],
        "UTF-8",
    )
    assert table.rows == [Row(2, ("Head", "PO1")), Row(5, ("Officer", "SO1"))]
    assert table.blank_lines == 2


def test_a_header_wider_or_blank_is_named_by_column_number() -> None:
    table = parse_csv("Title, ,\nHead,PO1,C1,X\n", "t.csv", "UTF-8")
    assert table.headers == ["Title", "Column 2", "Column 3", "Column 4"]


def test_a_header_cell_is_trimmed() -> None:
    assert parse_csv(" Title ,Grade\n", "t.csv", "UTF-8").headers == ["Title", "Grade"]


def test_a_quoted_cell_over_two_lines_starts_the_next_row_on_its_own_line() -> None:
    table = parse_csv('Title,Notes\nHead,"one\ntwo"\nOfficer,x\n', "t.csv", "UTF-8")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("Head", "one\ntwo")),
        (4, ("Officer", "x")),
    ]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    assert _refusal(tmp_path / "lists") == '"lists" is a folder, not a file to import.'


def test_a_named_pipe_is_refused_unread(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.csv")
    assert _refusal(tmp_path / "pipe.csv") == '"pipe.csv" is a named pipe, not a file to import.'


def test_a_file_over_the_size_limit_is_refused_with_both_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "wb") as handle:
        handle.truncate(25 * 1024 * 1024 + 1)
    assert _refusal(path) == (
        '"big.csv" is 25 MB, more than the 25 MB an establishment list can be.'
    )


def test_a_file_at_the_size_limit_is_not_refused_for_its_size(tmp_path: Path) -> None:
    path = tmp_path / "full.xls"
    with open(path, "wb") as handle:
        handle.write(b"\xd0\xcf\x11\xe0")
        handle.truncate(25 * 1024 * 1024)
    assert "old-style Excel" in _refusal(path)


def test_a_missing_file_is_refused_with_the_systems_reason(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.csv") == (
        '"gone.csv" cannot be read (No such file or directory).'
    )


@pytest.mark.parametrize("data", [b"", b" \r\n\t \n"])
def test_an_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(data)
    assert _refusal(path) == '"empty.csv" is empty.'


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    assert _refusal(path) == (
        '"old.xls" is an old-style Excel (.xls) or Word file: save it from Excel as .xlsx or '
        "CSV and import that."
    )


def test_a_zip_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"PK\x03\x04not really a zip")
    assert _refusal(path) == '"list.csv" is a damaged or unreadable zip/Excel file.'


def test_json_is_read_by_its_look_or_its_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('[{"id": "P1", "title": "Head"}]', encoding="utf-8")
    assert read_table(tmp_path / "a.txt").rows == [Row(1, ("P1", "Head"))]
    (tmp_path / "b.JSON").write_text('{"not": "a list"', encoding="utf-8")
    assert _refusal(tmp_path / "b.JSON").startswith('"b.JSON" ')


def test_a_csv_that_only_looks_like_json_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("[Title],Grade\nHead,PO1\n", encoding="utf-8")
    table = read_table(path)
    assert (table.headers, table.rows) == (["[Title]", "Grade"], [Row(2, ("Head", "PO1"))])


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Café".encode(), "Café", "UTF-8"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "Café", "UTF-8 with BOM"),
        ("Café".encode("utf-16"), "Café", "UTF-16"),
        ("Café".encode("utf-16-be").join([b"\xfe\xff", b""]), "Café", "UTF-16"),
        (b"Caf\xe9 \x80", "Café €", "Windows-1252"),
    ],
)
def test_the_encoding_is_found_and_named(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "f.csv") == (text, encoding)


def test_a_bom_with_a_broken_byte_is_still_utf_8() -> None:
    assert decode(b"\xef\xbb\xbfab\xffc", "f.csv") == ("ab\ufffdc", "UTF-8 with BOM")


@pytest.mark.parametrize(
    ("text", "binary"),
    [
        ("a\x00b", True),
        ("x" * 100 + "\x01" * 8, False),
        ("x" * 100 + "\x01" * 9, True),
        ("x" * 2000 + "\x01" * 20, False),
        ("x" * 2000 + "\x01" * 21, True),
        ("x" * 100 + "\t\r\n\f" * 10, False),
        ("x" * 100 + "\ufffd" * 5 + "\x02" * 4, True),
        ("x" * 70000 + "\x01" * 50, False),
    ],
)
def test_binary_is_told_by_nulls_or_too_many_controls(text: str, binary: bool) -> None:
    if binary:
        with pytest.raises(ImportRefused) as refused:
            decode(text.encode(), "junk.csv")
        assert str(refused.value) == '"junk.csv" is not a CSV or Excel file (it holds binary data).'
    else:
        assert decode(text.encode(), "f.csv")[0] == text


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n", ";"),
        ("a\tb\n", "\t"),
        ("a|b|c\n", "|"),
        ("a,b\n", ","),
        ("abc\n", ","),
        ("\n  \na;b,c;d\n", ";"),
        ("a,b;c\n", ","),
    ],
)
def test_the_delimiter_is_the_commonest_in_the_first_line(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_a_broken_csv_is_refused_near_its_line() -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_csv('Title\nHead\n"' + "x" * 140_000 + '"\n', "bad.csv", "UTF-8")
    assert str(refused.value) == (
        '"bad.csv" cannot be read as CSV near line 3 (field larger than field limit (131072)).'
    )


def test_too_many_columns_are_refused_with_the_line() -> None:
    cells = ["x"] * (MAX_COLUMNS + 1)
    with pytest.raises(ImportRefused) as refused:
        checked_cells(cells, "wide.csv", 7)
    assert str(refused.value) == (
        f'"wide.csv" has {MAX_COLUMNS + 1} columns on line 7; an establishment list has at most '
        f"{MAX_COLUMNS}."
    )
    assert checked_cells(["x"] * MAX_COLUMNS + ["", " "], "wide.csv", 7) == ("x",) * MAX_COLUMNS


def test_a_cell_too_long_is_refused_with_its_length_and_line() -> None:
    with pytest.raises(ImportRefused) as refused:
        checked_cells(["a", "b" * (MAX_CELL_CHARS + 1)], "long.csv", 4)
    assert str(refused.value) == (
        '"long.csv" has a cell of 32,768 characters on line 4, more than a spreadsheet cell '
        "can hold (32,767)."
    )
    assert checked_cells(["b" * MAX_CELL_CHARS], "long.csv", 4) == ("b" * MAX_CELL_CHARS,)


def test_a_long_cell_in_a_csv_is_refused_there() -> None:
    text = "Title,Notes\nHead," + "n" * (MAX_CELL_CHARS + 1) + "\n"
    with pytest.raises(ImportRefused, match="on line 2, more than"):
        parse_csv(text, "long.csv", "UTF-8")


def test_too_many_columns_in_a_csv_are_refused_there() -> None:
    text = "Title\n" + ",".join(["x"] * (MAX_COLUMNS + 1)) + "\n"
    with pytest.raises(ImportRefused, match=f"has {MAX_COLUMNS + 1} columns on line 2;"):
        parse_csv(text, "wide.csv", "UTF-8")


def test_a_blank_row_is_not_kept_and_others_are_trimmed() -> None:
    rows: list[Row] = []
    assert add_row(rows, [" ", ""], "f.csv", 3) is False
    assert add_row(rows, ["a", " "], "f.csv", 4) is True
    assert rows == [Row(4, ("a",))]


def test_a_file_with_no_rows_is_refused() -> None:
    with pytest.raises(ImportRefused) as refused:
        make_table("none.csv", [], 4, "UTF-8")
    assert str(refused.value) == '"none.csv" has no rows.'


def test_the_first_row_is_the_header_and_the_rest_data() -> None:
    table = make_table("t.csv", [Row(3, ("A",)), Row(4, ("1", "2"))], 2, "XLSX")
    assert table == Table("t.csv", ["A", "Column 2"], [Row(4, ("1", "2"))], 2, "XLSX")


def test_json_after_blank_lines_or_as_a_tree_is_read_by_its_look(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('\n  [{"id": "P1", "title": "Head"}]\n', encoding="utf-8")
    assert read_table(tmp_path / "a.txt").headers == ["id", "title"]
    tree = '{"id": "P1", "title": "Head", "children": [{"id": "P2", "title": "Officer"}]}'
    (tmp_path / "b.txt").write_text(tree, encoding="utf-8")
    assert [r.cells[:2] for r in read_table(tmp_path / "b.txt").rows] == [
        ("P1", "Head"),
        ("P2", "Officer"),
    ]


@pytest.mark.parametrize("text", ["", " \n\t\n"])
def test_a_text_without_a_line_is_taken_as_commas(text: str) -> None:
    assert sniff_delimiter(text) == ","


def test_only_the_first_64_kib_is_looked_at_for_the_delimiter() -> None:
    # Cut at 65,536 characters the first line is ";"; one character more it would be ";,".
    assert sniff_delimiter("\n" * 65535 + ";,,\n") == ";"


def test_a_file_whose_lines_end_in_carriage_returns_alone_is_read() -> None:
    table = parse_csv("Title,Grade\rHead,PO1\r", "mac.csv", "UTF-8")
    assert table.rows == [Row(2, ("Head", "PO1"))]


def test_a_quoted_line_break_is_kept_as_written() -> None:
    table = parse_csv('Title,Notes\r\nHead,"one\r\ntwo"\r\n', "t.csv", "UTF-8")
    assert table.rows == [Row(2, ("Head", "one\r\ntwo"))]


def test_a_broken_header_is_refused_near_line_one() -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_csv('"' + "x" * 140_000 + '"\nHead\n', "bad.csv", "UTF-8")
    assert str(refused.value).startswith('"bad.csv" cannot be read as CSV near line 1 (')


def test_a_million_lines_are_read_and_one_more_refused() -> None:
    ok = parse_csv("Title\n" + "\n" * 999_998 + "Head\n", "long.csv", "UTF-8")
    assert (ok.rows, ok.blank_lines) == ([Row(1_000_000, ("Head",))], 999_998)
    with pytest.raises(ImportRefused) as refused:
        parse_csv("Title\n" + "\n" * 999_999 + "Head\n", "long.csv", "UTF-8")
    assert str(refused.value) == (
        '"long.csv" has more than 1,000,000 lines; an establishment list is far shorter.'
    )


def test_a_padded_row_with_a_long_cell_is_refused_by_the_files_name() -> None:
    text = "Title,Notes,\nHead," + "n" * (MAX_CELL_CHARS + 1) + ",\n"
    with pytest.raises(ImportRefused) as refused:
        parse_csv(text, "long.csv", "UTF-8")
    assert str(refused.value) == (
        '"long.csv" has a cell of 32,768 characters on line 2, more than a spreadsheet cell '
        "can hold (32,767)."
    )


def test_a_row_of_blank_cells_is_no_cells() -> None:
    assert checked_cells([" ", ""], "f.csv", 2) == ()


def test_a_full_width_row_is_refused_for_its_long_cell_not_its_width() -> None:
    cells = ["x"] * (MAX_COLUMNS - 2) + ["b" * MAX_CELL_CHARS, "c" * (MAX_CELL_CHARS + 1)]
    with pytest.raises(ImportRefused) as refused:
        checked_cells(cells, "f.csv", 9)
    assert str(refused.value).startswith('"f.csv" has a cell of 32,768 characters on line 9')


def test_a_broken_utf_16_character_is_replaced_not_refused() -> None:
    data = b"\xff\xfe" + "Head".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le")
    assert decode(data, "f.csv") == ("Head\ufffdx", "UTF-16")


@pytest.mark.parametrize(
    "text",
    [
        # 20 controls in 2,000 characters: not more than a hundredth.
        "x" * 1980 + "\x01" * 20,
        # 655 controls in the first 65,536 characters; the 656th comes after them.
        "\x01" * 655 + "x" * (65536 - 655) + "\x01" + "x" * 100,
    ],
)
def test_controls_are_counted_against_a_hundredth_of_the_first_64_kib(text: str) -> None:
    assert decode(text.encode(), "f.csv")[0] == text


def test_a_file_of_more_rows_than_allowed_is_refused_at_the_first_too_many() -> None:
    full = [Row(2, ("x",))] * MAX_ROWS
    assert add_row(full, ["a"], "big.csv", 9) is True
    with pytest.raises(ImportRefused) as refused:
        add_row(full, ["b"], "big.csv", 10)
    assert str(refused.value) == (
        '"big.csv" has more than 200,000 rows; split it and import the parts.'
    )


def test_a_json_file_keeps_its_encoding_and_one_not_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('[{"id": "P1"}]', encoding="utf-8")
    assert read_table(tmp_path / "a.json").encoding == "UTF-8, JSON"
    (tmp_path / "b.json").write_text("Title\nHead\n", encoding="utf-8")
    assert _refusal(tmp_path / "b.json") == (
        '"b.json" is not valid JSON (line 1); export it again or save it as CSV.'
    )


def test_binary_junk_is_refused_by_the_files_name(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(b"Title\n\x00\x01\x02")
    assert _refusal(path) == '"junk.csv" is not a CSV or Excel file (it holds binary data).'
