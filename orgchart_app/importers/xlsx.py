"""Read the first sheet of an .xlsx, after checking it cannot expand into a zip bomb."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from orgchart_app.domain.wording import count_text
from orgchart_app.importers.limits import (
    MAX_COLUMNS,
    MAX_LINES,
    MAX_XLSX_RATIO,
    MAX_XLSX_UNCOMPRESSED_BYTES,
    ImportRefused,
    megabytes,
)
from orgchart_app.importers.tables import Row, Table, add_row, make_table


def check_zip(path: Path) -> None:
    """Refuse archives that are not workbooks or whose entries would expand past the bounds."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused(f'"{name}" is a damaged or unreadable zip/Excel file.') from None
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        raise ImportRefused(f'"{name}" is a zip file but not an Excel workbook (.xlsx).')
    total = sum(e.file_size for e in entries)
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise ImportRefused(
            f'"{name}" would expand to {megabytes(total)} when unzipped, more '
            f"than the {megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)} allowed."
        )
    for entry in entries:
        if entry.file_size > 1_000_000 and entry.file_size > MAX_XLSX_RATIO * max(
            entry.compress_size, 1
        ):
            raise ImportRefused(
                f'"{name}" looks like a zip bomb: "{entry.filename}" expands '
                f"{count_text(entry.file_size // max(entry.compress_size, 1))} times."
            )


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> Table:
    """The first sheet as text; a formula without a saved value is read as its formula text."""
    check_zip(path)
    name = path.name
    rows, blank = _read_sheet(path, data_only=True)
    if _has_formulas(path):
        # Files written by programs other than Excel often carry formulas with no saved value:
        # read those cells as the formula's text, so the import reports them instead of
        # silently reading an empty cell.
        formulas = {row.line: row.cells for row in _read_sheet(path, data_only=False)[0]}
        rows = [
            Row(row.line, _with_formulas(row.cells, formulas.get(row.line, ()))) for row in rows
        ]
    return make_table(name, rows, blank, "XLSX")


def _with_formulas(values: tuple[str, ...], formulas: tuple[str, ...]) -> tuple[str, ...]:
    width = max(len(values), len(formulas))
    padded = values + ("",) * (width - len(values))
    return tuple(
        formulas[i]
        if not padded[i] and i < len(formulas) and formulas[i].startswith("=")
        else padded[i]
        for i in range(width)
    )


def _has_formulas(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        for entry in archive.infolist():
            if entry.filename.startswith("xl/worksheets/"):
                with archive.open(entry) as stream:
                    tail = b""
                    while chunk := stream.read(1 << 20):
                        if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                            return True
                        tail = chunk[-3:]
    return False


def _read_sheet(path: Path, data_only: bool) -> tuple[list[Row], int]:
    import openpyxl  # noqa: PLC0415 - only .xlsx imports need it

    name = path.name
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise ImportRefused(f'"{name}" is a damaged Excel file ({type(error).__name__}).') from None
    rows: list[Row] = []
    blank = 0
    try:
        sheet = workbook.worksheets[0]
        # The sheet's own claim of its size would pad every row to it (up to 16,384 columns and
        # 1,048,576 rows): read only the cells that are there, and no more columns than allowed.
        sheet.reset_dimensions()
        for line, values in enumerate(
            sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), start=1
        ):
            if line > MAX_LINES:
                raise ImportRefused(
                    f'"{name}" has more than {count_text(MAX_LINES)} rows; an '
                    "establishment list is far shorter."
                )
            if values.count(None) == len(values):
                # A line with no cell at all, as every line of a sparse sheet's gap is: counted
                # at C speed, or a hostile sheet of one far row takes seconds to refuse.
                blank += 1
                continue
            cells = [cell_text(v) for v in values]
            blank += not add_row(rows, cells, name, line)
    except ImportRefused:
        raise
    except Exception as error:
        raise ImportRefused(f'"{name}" is a damaged Excel file ({type(error).__name__}).') from None
    finally:
        workbook.close()
    return rows, blank
