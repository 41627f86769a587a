"""Where an export may write, and how: never over a file it reads, over an existing file only
when the user said so, and always through a temporary file beside the target renamed into place,
so a failure part-way leaves the old file whole and nothing half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from orgchart_app.domain.errors import FileRefused
from orgchart_app.domain.file_kinds import FileKind, shown
from orgchart_app.storage.faults import describe_failure


class OutputExists(FileRefused):
    """The target exists and the user has not said to replace it; the caller says how to."""


def check_destination(
    path: str | Path,
    *,
    inputs: Iterable[str | Path] = (),
    replace: bool = False,
    input_role: str = "the file being read",
) -> Path:
    """`path` if a file may be written there, else FileRefused saying why in one sentence.

    Never a file among `inputs` (by any name: a link, a hard link, another spelling), whatever
    `replace` says; an existing file only with `replace`; never a folder, a pipe or a device.
    """
    target = Path(path)
    name = shown(target)
    if not str(path).strip():
        raise FileRefused("Give the name of the file to write.")
    kind = FileKind.of(target)
    if kind is FileKind.FILE and any(_same_file(target, source) for source in inputs):
        raise FileRefused(
            f'"{name}" is {input_role}: writing it would destroy it, so choose another name.'
        )
    if kind is FileKind.FOLDER:
        raise FileRefused(f'"{name}" is a folder: give the name of a file to write in it.')
    if kind.is_special:
        raise FileRefused(
            f'"{name}" is {kind.value}, not a file: give the name of a file to write.'
        )
    if kind is FileKind.UNREACHABLE:
        raise FileRefused(f'"{name}" cannot be written: {FileKind.why_unreachable(target)}.')
    # Through a link, the folder that matters is the one the file will really be written in.
    folder = Path(os.path.realpath(target)).parent if target.is_symlink() else target.parent
    check_folder(folder, target.name)
    if kind is FileKind.FILE and not replace:
        raise OutputExists(f'"{name}" already exists')
    return target


def check_folder(folder: Path, for_name: str) -> None:
    """FileRefused unless `folder` is an existing folder that `for_name` can be written in."""
    kind = FileKind.of(folder)
    if kind is FileKind.FOLDER:
        return
    what = "does not exist" if kind is FileKind.MISSING else f"is {kind.value}, not a folder"
    raise FileRefused(
        f'"{shown(for_name)}" cannot be written: the folder "{shown(folder)}" {what}.'
    )


def check_output_folder(folder: str | Path) -> Path:
    """`folder` if files may be written in it (made when missing, inside an existing folder)."""
    folder = Path(folder)
    if not str(folder).strip():
        raise FileRefused("Give the name of the folder to write the files in.")
    kind = FileKind.of(folder)
    if kind is FileKind.MISSING:
        check_folder(folder.parent, folder.name)
    elif kind is not FileKind.FOLDER:
        raise FileRefused(
            f'"{shown(folder)}" is {kind.value}, not a folder: give a folder to write the files in.'
        )
    return folder


def _same_file(target: Path, source: str | Path) -> bool:
    try:
        return os.path.samefile(target, source)
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def written_beside(path: str | Path) -> Iterator[Path]:
    """A temporary file beside `path` to write; renamed over `path` when the block ends
    without an error, removed when it raises. Raises FileRefused when the folder will not
    take a file. Through a symbolic link, the file it points at is the one replaced."""
    target = Path(os.path.realpath(path))
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent
        )
        os.close(handle)
    except OSError as error:
        raise FileRefused(
            f'"{shown(Path(path).name)}" cannot be written: {describe_failure(error)}.'
        ) from None
    temporary = Path(name)
    try:
        # mkstemp makes the file private to its owner; an export is an ordinary document.
        os.chmod(temporary, 0o666 & ~_umask())
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise FileRefused(
            f'"{shown(Path(path).name)}" cannot be written: {describe_failure(error)}.'
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _umask() -> int:
    """The process's umask; read from /proc where there is one, because setting it to read it
    back would, for that instant, give files other threads create (autosave) no protection."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask
