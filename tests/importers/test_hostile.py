"""Hostile input gets one clear sentence, quickly: huge files, huge cells, junk, zip bombs."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from orgchart_app.importers import ImportRefused, import_files
from tests.importers.files import establishment_rows, write_csv, write_xlsx

# A hang guard, not a speed test: every refusal here takes well under a second.
GUARD_SECONDS = 60


def refusal(action: Callable[[], object]) -> str:
    """The ImportRefused message `action` raises, failing if it hangs or does not refuse."""
    outcome: list[BaseException | object] = []
    thread = threading.Thread(target=lambda: outcome.append(_catch(action)), daemon=True)
    thread.start()
    thread.join(GUARD_SECONDS)
    assert not thread.is_alive(), "the import did not finish"
    (error,) = outcome
    assert isinstance(error, ImportRefused), error
    message = str(error)
    assert message.count(". ") == 0 and "\n" not in message  # one sentence
    return message


def _catch(action: Callable[[], object]) -> BaseException | object:
    try:
        return action()
    except BaseException as error:  # noqa: BLE001 - handed back to the test thread
        return error


def test_a_50_mb_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert "50 MB" in refusal(lambda: import_files([path]))


def test_a_cell_of_a_million_characters_is_refused(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[2][1] = "A" * 1_000_000
    path = write_csv(tmp_path / "cell.csv", rows)
    assert "line 3" in refusal(lambda: import_files([path]))


def test_a_long_cell_in_an_xlsx_is_refused(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[2][12] = "B" * 32_767  # Excel's own limit is fine ...
    write_xlsx(tmp_path / "ok.xlsx", rows)
    assert import_files([tmp_path / "ok.xlsx"]).report.posts_created == 5
    path = tmp_path / "cell.csv"
    rows[2][12] = "B" * 40_000  # ... a longer cell was not written by a spreadsheet
    write_csv(path, rows)
    assert "40,000 characters" in refusal(lambda: import_files([path]))


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(256)) * 64,
        b"\x00\x01\x02garbage" * 1000,
        b"\x89PNG\r\n\x1a\n" + bytes(4000),
    ],
)
def test_binary_junk_is_refused(tmp_path: Path, junk: bytes) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(junk)
    assert "binary" in refusal(lambda: import_files([path]))


def test_an_old_xls_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "save it from Excel as .xlsx" in refusal(lambda: import_files([path]))


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\r\n \r\n")
    assert "empty" in refusal(lambda: import_files([path]))


def test_a_zip_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (40 * 1024 * 1024))
    assert "zip bomb" in refusal(lambda: import_files([path]))


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<doc/>")
    assert "not an Excel workbook" in refusal(lambda: import_files([path]))


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not really")
    assert "damaged Excel file" in refusal(lambda: import_files([path]))


def test_too_many_columns_are_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wide.csv", [[f"C{i}" for i in range(500)], ["x"] * 500])
    assert "500 columns" in refusal(lambda: import_files([path]))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "cannot be read" in refusal(lambda: import_files([tmp_path / "nowhere.csv"]))


def test_a_file_of_line_breaks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "breaks.csv"
    path.write_bytes(b"Post Number,Job Title\n" + b"\n" * 2_000_000)
    assert "lines" in refusal(lambda: import_files([path]))


def test_rows_padded_with_thousands_of_empty_cells_import(tmp_path: Path) -> None:
    rows = [row + [""] * 5000 for row in establishment_rows()]
    assert import_files([write_csv(tmp_path / "padded.csv", rows)]).report.posts_created == 5


def test_a_sheet_claiming_the_largest_size_excel_allows_imports_quickly(tmp_path: Path) -> None:
    honest = write_xlsx(tmp_path / "honest.xlsx", establishment_rows())
    lying = tmp_path / "lying.xlsx"
    with (
        zipfile.ZipFile(honest) as source,
        zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"A1:M6", b"A1:XFD1048576")
                assert b"XFD1048576" in data
            out.writestr(entry, data)
    outcome: list[object] = []
    thread = threading.Thread(
        target=lambda: outcome.append(_catch(lambda: import_files([lying]))), daemon=True
    )
    thread.start()
    thread.join(GUARD_SECONDS)
    assert not thread.is_alive(), "the import did not finish"
    (result,) = outcome
    assert result.report.posts_created == 5 and result.report.sources[0].blank_lines == 0  # type: ignore[attr-defined]
