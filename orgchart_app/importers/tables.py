"""Read a CSV or XLSX file into a plain table of text cells, each row with its line number."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from orgchart_app.domain.file_kinds import FileKind, shown
from orgchart_app.domain.wording import count_text
from orgchart_app.importers.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINES,
    MAX_ROWS,
    ImportRefused,
    megabytes,
)
from orgchart_app.quick import quick_constructor

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if 0 <= index < len(self.cells) else ""


@dataclass
class Table:
    """A file's header and data rows; `line` is the CSV line (or sheet row) a row starts on."""

    source: str
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    blank_lines: int = 0
    encoding: str = ""

    def column(self, index: int) -> list[str]:
        """Every data row's cell in column `index` ("" where a row is shorter; [] for -1)."""
        if index < 0:
            return []
        return [r.cells[index] if index < len(r.cells) else "" for r in self.rows]


# A Row for each line of a big file: made without the frozen __init__'s per-field calls.
_make_row = quick_constructor(Row)


def read_table(path: str | Path) -> Table:
    """The table in `path` (CSV in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252; or XLSX)."""
    path = Path(path)
    name = shown(path.name)
    kind = FileKind.of(path)
    if kind is FileKind.FOLDER or kind.is_special:
        # Reading a named pipe or a device may never end.
        raise ImportRefused(f'"{name}" is {kind.value}, not a file to import.')
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                f'"{name}" is {megabytes(size)}, more than the '
                f"{megabytes(MAX_FILE_BYTES)} an establishment list can be."
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f'"{name}" cannot be read ({error.strerror or error}).') from None
    if not data.strip():
        raise ImportRefused(f'"{name}" is empty.')
    if data.startswith(ZIP_MAGIC):
        from orgchart_app.importers.xlsx import read_xlsx  # openpyxl is slow to import

        return read_xlsx(path)
    if data.startswith(OLE_MAGIC):
        raise ImportRefused(
            f'"{name}" is an old-style Excel (.xls) or Word file: save it from '
            "Excel as .xlsx or CSV and import that."
        )
    text, encoding = decode(data, name)
    if looks_like_json(text) or path.suffix.casefold() == ".json":
        # Imported here: json_table builds on this module's rows.
        from orgchart_app.importers.json_table import parse_json

        try:
            return parse_json(text, name, encoding)
        except ImportRefused:
            if path.suffix.casefold() == ".json":
                raise
            # A CSV whose first header happens to start with "[": read it as the CSV it is.
    return parse_csv(text, name, encoding)


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("[", "{")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in; binary junk is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", errors="replace"), "UTF-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            # Excel's "CSV" on Windows; the five bytes cp1252 leaves undefined are junk anyway.
            text, encoding = data.decode("cp1252", errors="replace"), "Windows-1252"
    if _looks_binary(text):
        raise ImportRefused(f'"{name}" is not a CSV or Excel file (it holds binary data).')
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\r\n\f")
    replaced = sample.count("\ufffd")
    return "\x00" in sample or (controls + replaced) > max(8, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(text: str, name: str, encoding: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[Row] = []
    blank = 0
    last_line = 0
    try:
        for cells in reader:
            start, last_line = last_line + 1, reader.line_num
            if last_line > MAX_LINES:
                raise ImportRefused(
                    f'"{name}" has more than {count_text(MAX_LINES)} lines; an '
                    "establishment list is far shorter."
                )
            if (
                cells
                and len(cells) <= MAX_COLUMNS
                and cells[-1].strip()
                and len(rows) <= MAX_ROWS
                and max(map(len, cells)) <= MAX_CELL_CHARS
            ):
                # Nearly every row: not blank, no padding after its last cell, nothing too big.
                rows.append(_make_row(start, tuple(cells)))
            else:
                blank += not add_row(rows, cells, name, start)
    except csv.Error as error:
        # The csv module stops at 131,072 characters a cell, well past any real cell.
        raise ImportRefused(
            f'"{name}" cannot be read as CSV near line {last_line + 1} ({error}).'
        ) from None
    return make_table(name, rows, blank, encoding)


def checked_cells(cells: list[str] | tuple[str, ...], name: str, line: int) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1].strip():  # spreadsheets pad rows with empty cells
        end -= 1
    cells = cells[:end]
    if len(cells) <= MAX_COLUMNS and max(map(len, cells), default=0) <= MAX_CELL_CHARS:
        return tuple(cells)  # nearly every row; the checks below say what is wrong with the rest
    if len(cells) > MAX_COLUMNS:
        raise ImportRefused(
            f'"{name}" has {len(cells)} columns on line {line}; an establishment '
            f"list has at most {MAX_COLUMNS}."
        )
    for cell in cells:
        if len(cell) > MAX_CELL_CHARS:
            raise ImportRefused(
                f'"{name}" has a cell of {count_text(len(cell))} characters on line {line}, '
                f"more than a spreadsheet cell can hold ({count_text(MAX_CELL_CHARS)})."
            )
    return tuple(cells)


def add_row(rows: list[Row], cells: list[str], name: str, line: int) -> bool:
    """Keep a non-blank row (False for a blank one); refuse a file with too many rows."""
    if not "".join(cells).strip():
        return False
    rows.append(Row(line, checked_cells(cells, name, line)))
    if len(rows) > MAX_ROWS + 1:
        raise ImportRefused(
            f'"{name}" has more than {count_text(MAX_ROWS)} rows; split it and import the parts.'
        )
    return True


def make_table(name: str, rows: list[Row], blank: int, encoding: str) -> Table:
    """The first non-blank row is the header; every later row is data."""
    if not rows:
        raise ImportRefused(f'"{name}" has no rows.')
    header, data = rows[0], rows[1:]
    width = max((len(r.cells) for r in rows), default=0)
    headers = [
        h.strip() or f"Column {i + 1}"
        for i, h in enumerate(header.cells + ("",) * (width - len(header.cells)))
    ]
    return Table(name, headers, data, blank, encoding)
