"""Read the first sheet of an .xlsx, after checking it cannot expand into a zip bomb."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from orgchart_app.importers.limits import (
    MAX_ROWS,
    MAX_XLSX_RATIO,
    MAX_XLSX_UNCOMPRESSED_BYTES,
    ImportRefused,
    megabytes,
)
from orgchart_app.importers.tables import Row, Table, checked_cells, make_table


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
        raise ImportRefused(f'"{name}" would expand to {megabytes(total)} when unzipped, more '
                            f"than the {megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)} allowed.")
    for entry in entries:
        if entry.file_size > 1_000_000 and entry.file_size > MAX_XLSX_RATIO * max(entry.compress_size, 1):
            raise ImportRefused(f'"{name}" looks like a zip bomb: "{entry.filename}" expands '
                                f"{entry.file_size // max(entry.compress_size, 1):,} times.")


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
    check_zip(path)
    import openpyxl  # noqa: PLC0415 - only .xlsx imports need it

    name = path.name
    try:
        # data_only: a formula cell gives the value Excel saved, never the formula to run.
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise ImportRefused(f'"{name}" is a damaged Excel file ({type(error).__name__}).') from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[Row] = []
        blank = 0
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                blank += 1
                continue
            rows.append(Row(line, checked_cells(cells, name, line)))
            if len(rows) > MAX_ROWS + 1:
                raise ImportRefused(f'"{name}" has more than {MAX_ROWS:,} rows; split it and '
                                    "import the parts.")
    except ImportRefused:
        raise
    except Exception as error:
        raise ImportRefused(f'"{name}" is a damaged Excel file ({type(error).__name__}).') from None
    finally:
        workbook.close()
    return make_table(name, rows, blank, "XLSX")
