"""Writing an export beside its target and renaming it into place, so a failure leaves nothing half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from orgchart_app.domain.errors import OrgChartError


class ExportFailed(OrgChartError):
    """An export could not be written; the message says why in one sentence."""


def write_beside(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write` with a temporary file beside `path`, then rename it over `path`.

    A failure (a full disk, a missing or read-only folder, a file Word holds open on Windows)
    raises ExportFailed and leaves `path` as it was and no temporary file behind.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportFailed(f"{path} is a folder: give the name of the file to write.")
    if not folder.is_dir():
        raise ExportFailed(f"The folder {folder} does not exist, so {path.name} was not written.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as error:
        raise ExportFailed(f"{path.name} cannot be written in {folder}: {_reason(error)}.") from None
    temporary = Path(name)
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an export is not
        os.replace(temporary, path)
    except PermissionError:
        raise ExportFailed(f"{path} cannot be replaced: it is read-only or open in another "
                           "program (close it in Word or the browser and try again).") from None
    except OSError as error:
        raise ExportFailed(f"{path} cannot be written: {_reason(error)}.") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_bytes(path: Path, data: bytes) -> None:
    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_beside(path, write)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
