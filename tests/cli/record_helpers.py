"""What the record command tests share: the Bury sample (each test copies it), a command that must
succeed, and one that must be refused in one sentence leaving the file byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import REPO, run_in_process

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The output of `orgchart ARGS`, which must succeed and say nothing on stderr."""
    code, out, err = run_in_process(capsys, *args)
    assert (code, err) == (0, ""), (args, err)
    return out


def refused(
    capsys: pytest.CaptureFixture[str], path: Path, args: tuple[str, ...], said: str
) -> str:
    """`orgchart COMMAND ACTION FILE REST` refused: exit 2, one line starting `said`, no
    traceback, nothing on stdout, the file untouched. The line, for further checks."""
    before = path.read_bytes()
    code, out, err = run_in_process(capsys, args[0], args[1], str(path), *args[2:])
    assert code == 2 and out == "" and err.startswith(said), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == before
    return err
