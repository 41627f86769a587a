"""Writing an export through destination.written_beside, for exporters that make their bytes whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from orgchart_app.domain.errors import FileRefused, OrgChartError
from orgchart_app.domain.file_kinds import shown
from orgchart_app.exporters.destination import check_folder, written_beside


class ExportFailed(OrgChartError):
    """An export could not be made (not a file problem); the message is one sentence."""


def write_beside(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write` with a temporary file beside `path`, then rename it over `path`.

    A failure (a full disk, a missing or read-only folder, a file Word holds open on Windows)
    raises FileRefused and leaves `path` as it was and no temporary file behind. The command
    line checks the target first (cli.common.writable); the designer asked the user for it.
    """
    path = Path(path)
    if path.is_dir():
        raise FileRefused(f'"{shown(path)}" is a folder: give the name of a file to write in it.')
    check_folder(path.parent, path.name)
    with written_beside(path) as temporary:
        write(temporary)


def write_bytes(path: Path, data: bytes) -> None:
    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_beside(path, write)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
