"""The bounds that keep a hostile file from hanging or swamping the import."""

from __future__ import annotations

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.wording import megabytes_text

# A 50,000-post establishment exported as CSV is about 8 MB; anything past this is not a post list.
MAX_FILE_BYTES = 25 * 1024 * 1024
# The most an Excel cell can hold: a longer cell was not written by a spreadsheet.
MAX_CELL_CHARS = 32_767
MAX_ROWS = 200_000
# Blank lines included: a file of nothing but line breaks is refused early, not walked to the end.
MAX_LINES = 1_000_000
MAX_COLUMNS = 200
# What the sheets of an .xlsx may expand to once unzipped (a zip bomb expands to gigabytes).
MAX_XLSX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_XLSX_RATIO = 200


class ImportRefused(FileRefused):
    """The input cannot be imported at all; the message is one sentence saying why."""


def megabytes(size: int) -> str:
    return megabytes_text(size)
