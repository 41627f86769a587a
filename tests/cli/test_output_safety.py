"""Where `orgchart import` and `orgchart export` may write: never over their own input, over an
existing file only with --force, and what they say when they will not (issue 22, point 1)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from orgchart_app.cli.common import CommandFailed, write_proposal
from orgchart_app.samples import build_bury
from tests.cli.helpers import FolderState, run_in_process
from tests.importers.files import establishment_rows, write_csv

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def proposal(bury_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path(shutil.copyfile(bury_file, tmp_path / "p.sqlite"))


@pytest.mark.parametrize("option", ["--csv", "--pdf", "--xlsx"])
@pytest.mark.parametrize("spelling", ["same name", "symlink", "hard link", "other spelling"])
def test_export_never_writes_over_its_own_input_even_forced(
    option: str, spelling: str, proposal: Path, capsys: Capture
) -> None:
    target = {
        "same name": "p.sqlite",
        "symlink": "link.sqlite",
        "hard link": "hard.sqlite",
        "other spelling": str(proposal.parent / ".." / proposal.parent.name / "p.sqlite"),
    }[spelling]
    Path("link.sqlite").symlink_to("p.sqlite")
    os.link("p.sqlite", "hard.sqlite")
    before = FolderState.of(proposal.parent)
    code, out, err = run_in_process(capsys, "export", "p.sqlite", option, target, "--force")
    assert code == 2 and out == ""
    assert "is the file being read" in err and "choose another name" in err
    assert FolderState.of(proposal.parent) == before


def test_export_replaces_an_existing_file_only_when_forced(proposal: Path, capsys: Capture) -> None:
    Path("posts.csv").write_text("a colleague's list\n", encoding="utf-8")
    code, _, err = run_in_process(capsys, "export", "p.sqlite", "--csv", "posts.csv")
    assert code == 2
    assert err == (
        'orgchart: "posts.csv" already exists: choose another name, or add --force to replace it.\n'
    )
    assert Path("posts.csv").read_text(encoding="utf-8") == "a colleague's list\n"
    code, out, _ = run_in_process(capsys, "export", "p.sqlite", "--csv", "posts.csv", "--force")
    assert code == 0 and "Wrote 37 rows" in out
    assert Path("posts.csv").read_text(encoding="utf-8-sig").startswith("Post number,")
    assert sorted(p.name for p in proposal.parent.iterdir()) == ["p.sqlite", "posts.csv"]


def test_export_through_a_symlink_updates_the_file_it_points_at(
    proposal: Path, capsys: Capture
) -> None:
    Path("real.csv").write_text("old\n", encoding="utf-8")
    Path("shortcut.csv").symlink_to("real.csv")
    assert run_in_process(capsys, "export", "p.sqlite", "--csv", "shortcut.csv", "--force")[0] == 0
    assert Path("shortcut.csv").is_symlink()
    assert Path("real.csv").read_text(encoding="utf-8-sig").startswith("Post number,")


def test_export_checks_every_output_before_writing_any(proposal: Path, capsys: Capture) -> None:
    Path("taken.xlsx").write_bytes(b"precious")
    code, _, err = run_in_process(
        capsys, "export", "p.sqlite", "--csv", "new.csv", "--xlsx", "taken.xlsx"
    )
    assert code == 2 and '"taken.xlsx" already exists' in err
    assert not Path("new.csv").exists()
    code, _, err = run_in_process(
        capsys, "export", "p.sqlite", "--csv", "same.csv", "--xlsx", "same.csv"
    )
    assert (
        code == 2 and err == 'orgchart: "same.csv" is named twice: give each output its own name.\n'
    )
    assert not Path("same.csv").exists()


@pytest.mark.parametrize("option", ["--csv", "--pdf"])
def test_a_missing_folder_is_named_as_missing(option: str, proposal: Path, capsys: Capture) -> None:
    code, _, err = run_in_process(capsys, "export", "p.sqlite", option, "nowhere/out.file")
    assert code == 2
    assert err == 'orgchart: "out.file" cannot be written: the folder "nowhere" does not exist.\n'


def test_a_named_pipe_is_called_a_named_pipe(proposal: Path, capsys: Capture) -> None:
    os.mkfifo("pipe")
    _, _, err = run_in_process(capsys, "export", "p.sqlite", "--pdf", "pipe", "--force")
    assert (
        err == 'orgchart: "pipe" is a named pipe, not a file: give the name of a file to write.\n'
    )
    assert Path("pipe").is_fifo()
    _, out, err = run_in_process(capsys, "validate", "pipe")
    assert out == '"pipe" is a named pipe, not a proposal file.\n'
    _, _, err = run_in_process(capsys, "import", "pipe", "-o", "new.sqlite")
    assert err == 'orgchart: "pipe" is a named pipe, not a file to import.\n'


def test_organogram_is_written_into_a_folder_not_over_a_file(
    proposal: Path, capsys: Capture
) -> None:
    code, _, err = run_in_process(
        capsys, "export", "p.sqlite", "--organogram", "p.sqlite", "--force"
    )
    assert code == 2
    assert (
        err
        == 'orgchart: "p.sqlite" is a file, not a folder: give a folder to write the files in.\n'
    )
    code, _, _ = run_in_process(
        capsys, "export", "p.sqlite", "--organogram", "out"
    )  # "To be": the default rule
    assert code == 0 and sorted(p.name for p in Path("out").iterdir()) == [
        "to-be-junior.csv",
        "to-be-senior.csv",
    ]
    code, _, err = run_in_process(capsys, "export", "p.sqlite", "--organogram", "out")
    assert code == 2 and 'to-be-senior.csv" already exists' in err


def _establishment(folder: Path) -> Path:
    return write_csv(folder / "adults.csv", establishment_rows())


def test_import_never_writes_over_its_input_even_forced(tmp_path: Path, capsys: Capture) -> None:
    source = _establishment(tmp_path)
    Path(tmp_path / "alias.csv").symlink_to(source)
    before = FolderState.of(tmp_path)
    code, _, err = run_in_process(
        capsys, "import", str(source), "-o", str(tmp_path / "alias.csv"), "--force"
    )
    assert code == 2 and "is the file being read" in err
    assert FolderState.of(tmp_path) == before


def test_import_into_a_missing_folder_says_the_folder_is_missing(
    tmp_path: Path, capsys: Capture
) -> None:
    source = _establishment(tmp_path)
    code, out, err = run_in_process(
        capsys, "import", str(source), "-o", str(tmp_path / "nowhere" / "new.sqlite")
    )
    assert code == 2 and out == ""
    assert err == (
        f'orgchart: "new.sqlite" cannot be written: the folder "{tmp_path / "nowhere"}" '
        "does not exist.\n"
    )
    assert "network" not in err


def test_a_command_writing_a_new_proposal_does_not_replace_an_existing_file(tmp_path: Path) -> None:
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"precious")
    with pytest.raises(CommandFailed, match="already exists: choose another name, or add --force"):
        write_proposal(build_bury(), taken, None)
    assert taken.read_bytes() == b"precious"
    assert write_proposal(build_bury(), taken, None, force=True).revision == 1
