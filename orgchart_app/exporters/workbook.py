"""Write a ListTable as an Excel sheet: bold header, frozen, filtered, sized, with a totals row."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from orgchart_app.exporters.cells import ListTable, neutralise
from orgchart_app.exporters.destination import written_beside

MAX_WIDTH = 60
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def write_workbook(table: ListTable, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook starts with one worksheet, active
    sheet.title = _sheet_title(table.title)
    sheet.append([neutralise(h) for h in table.header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in table.rows:
        sheet.append([neutralise(v) for v in row])
    last_data_row = sheet.max_row
    if table.totals is not None:
        sheet.append([neutralise(v) for v in table.totals])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
            cell.border = Border(top=Side(style="thin"))
    for column in table.decimal_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
            cell.number_format = "0.00"
    _size_columns(sheet, table)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{last_data_row}"
    with written_beside(path) as temporary:
        book.save(temporary)


def _size_columns(sheet: Worksheet, table: ListTable) -> None:
    for index, header in enumerate(table.header):
        longest = max(
            [len(header)] + [len(str(row[index])) for row in table.rows[:2000] if index < len(row)]
        )
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(MAX_WIDTH, longest + 2)


def _sheet_title(title: str) -> str:
    # Excel forbids []:*?/\ in sheet names and cuts them at 31 characters.
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title)
    return cleaned[:31].strip() or "Posts"
