"""Every `orgchart` subcommand given hostile arguments: one sentence, a non-zero exit, no
traceback or hang, and not one byte of any file changed (issue 22, points 1 and 6)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import REPO, FolderState, run_in_process
from tests.importers.files import establishment_rows, write_csv
from tests.storage.helpers import crafted

HUGE = "x" * 100_000
LONG = "y" * 999  # a name a file may hold: looked for, and quoted shortened when not found
P = "p.sqlite"  # the proposal every case reads
LIST = "list.csv"  # the establishment list the import cases read

CASES: dict[str, list[str]] = {
    # Files that are not proposal files, or names that are not names.
    "info: empty file name": ["info", ""],
    "info: a folder": ["info", "folder"],
    "info: a named pipe": ["info", "pipe"],
    "info: a missing file": ["info", "missing.sqlite"],
    "info: a huge file name": ["info", HUGE],
    "info: a format it has not": ["info", P, "--format", "yaml"],
    "validate: empty file name": ["validate", ""],
    "validate: a named pipe": ["validate", "pipe"],
    "validate: a huge file name": ["validate", HUGE],
    "diff: empty --from": ["diff", P, "--from", ""],
    "diff: empty --to": ["diff", P, "--to", ""],
    "diff: huge --from": ["diff", P, "--from", HUGE],
    "cost: empty --scenario": ["cost", P, "--scenario", ""],
    "cost: empty --compare": ["cost", P, "--compare", ""],
    "cost: empty --pay-year": ["cost", P, "--pay-year", ""],
    "cost: huge --pay-year": ["cost", P, "--pay-year", HUGE],
    "cost: a pay year with a line break": ["cost", P, "--pay-year", "2020/21\n2021/22"],
    "recommendations: empty --employer": ["recommendations", P, "--employer", ""],
    "recommendations: empty --committee": ["recommendations", P, "--committee", ""],
    "recommendations: huge --committee": ["recommendations", P, "--committee", HUGE],
    "recommendations: empty --verb": ["recommendations", P, "--verb", ""],
    "recommendations: huge --verb": ["recommendations", P, "--verb", "deletion=" + HUGE],
    "stats: empty --scenario": ["stats", P, "--scenario", ""],
    "stats: empty --compare": ["stats", P, "--compare", ""],
    "stats: huge --compare": ["stats", P, "--compare", HUGE],
    "stats: long --compare": ["stats", P, "--compare", LONG],
    "cost: long --pay-year": ["cost", P, "--pay-year", LONG],
    "layout: long --unit": ["layout", P, "--unit", LONG],
    "recommendations: long --employer": ["recommendations", P, "--employer", LONG],
    "recommendations: long --verb": ["recommendations", P, "--verb", LONG],
    "layout: --stack-from nan": ["layout", P, "--stack-from", "nan"],
    "layout: --stack-from inf": ["layout", P, "--stack-from", "inf"],
    "layout: --stack-from -1": ["layout", P, "--stack-from", "-1"],
    "layout: --stack-from huge": ["layout", P, "--stack-from", "9" * 5000],
    "layout: empty --stack-from": ["layout", P, "--stack-from", ""],
    "layout: empty --unit": ["layout", P, "--unit", ""],
    "layout: huge --unit": ["layout", P, "--unit", HUGE],
    "layout: empty --scenario": ["layout", P, "--scenario", ""],
    # import: where it writes, and what it reads.
    "import: empty -o": ["import", LIST, "-o", ""],
    "import: -o is its input": ["import", LIST, "-o", LIST],
    "import: -o is its input, forced": ["import", LIST, "-o", LIST, "--force"],
    "import: -o is its input by a link, forced": ["import", LIST, "-o", "list-link.csv", "--force"],
    "import: -o is an existing proposal": ["import", LIST, "-o", P],
    "import: -o in a missing folder": ["import", LIST, "-o", "missing/new.sqlite"],
    "import: -o is a folder": ["import", LIST, "-o", "folder"],
    "import: -o is a named pipe": ["import", LIST, "-o", "pipe"],
    "import: -o is a named pipe, forced": ["import", LIST, "-o", "pipe", "--force"],
    "import: huge --title": ["import", LIST, "-o", "new.sqlite", "--title", HUGE],
    "import: empty --organisation": ["import", LIST, "-o", "new.sqlite", "--organisation", ""],
    "import: empty --map": ["import", LIST, "-o", "new.sqlite", "--map", ""],
    "import: an empty input name": ["import", "", "-o", "new.sqlite"],
    "import: a named pipe as input": ["import", "pipe", "-o", "new.sqlite"],
    "import: a folder as input": ["import", "folder", "-o", "new.sqlite"],
    "import: three inputs": ["import", LIST, LIST, LIST, "-o", "new.sqlite"],
    # export: where it writes.
    "export: empty --csv": ["export", P, "--csv", ""],
    "export: --csv is its input": ["export", P, "--csv", P],
    "export: --csv is its input, forced": ["export", P, "--csv", P, "--force"],
    "export: --csv is its input spelled otherwise, forced": [
        "export",
        P,
        "--csv",
        f"./folder/../{P}",
        "--force",
    ],
    "export: --csv is its input by a symlink, forced": [
        "export",
        P,
        "--csv",
        "link.sqlite",
        "--force",
    ],
    "export: --csv is its input by a hard link, forced": [
        "export",
        P,
        "--csv",
        "hard.sqlite",
        "--force",
    ],
    "export: --pdf is its input, forced": ["export", P, "--pdf", P, "--force"],
    "export: --xlsx is its input, forced": ["export", P, "--xlsx", P, "--force"],
    "export: --organogram is a file": ["export", P, "--organogram", P, "--force"],
    "export: --organogram is a named pipe": ["export", P, "--organogram", "pipe", "--force"],
    "export: --organogram in a missing folder": ["export", P, "--organogram", "missing/out"],
    "export: empty --organogram": ["export", P, "--organogram", ""],
    "export: --csv exists": ["export", P, "--csv", "existing.csv"],
    "export: --pdf exists": ["export", P, "--pdf", "existing.csv"],
    "export: --xlsx exists": ["export", P, "--xlsx", "existing.csv"],
    "export: --csv in a missing folder": ["export", P, "--csv", "missing/out.csv"],
    "export: --pdf in a missing folder": ["export", P, "--pdf", "missing/out.pdf"],
    "export: --csv is a folder": ["export", P, "--csv", "folder"],
    "export: --csv is a named pipe": ["export", P, "--csv", "pipe"],
    "export: --csv is a named pipe, forced": ["export", P, "--csv", "pipe", "--force"],
    "export: --pdf is a named pipe, forced": ["export", P, "--pdf", "pipe", "--force"],
    "export: --xlsx is a named pipe, forced": ["export", P, "--xlsx", "pipe", "--force"],
    "export: the same output twice": ["export", P, "--csv", "out.csv", "--xlsx", "out.csv"],
    "export: --min-text nan": ["export", P, "--pdf", "out.pdf", "--min-text", "nan"],
    "export: --min-text inf": ["export", P, "--pdf", "out.pdf", "--min-text", "inf"],
    "export: --min-text -1": ["export", P, "--pdf", "out.pdf", "--min-text", "-1"],
    "export: --min-text 0": ["export", P, "--pdf", "out.pdf", "--min-text", "0"],
    "export: --min-text huge": ["export", P, "--pdf", "out.pdf", "--min-text", "1e308"],
    "export: empty --min-text": ["export", P, "--pdf", "out.pdf", "--min-text", ""],
    "export: huge --title": ["export", P, "--pdf", "out.pdf", "--title", HUGE],
    "export: empty --title": ["export", P, "--pdf", "out.pdf", "--title", ""],
    "export: huge --committee": ["export", P, "--pdf", "out.pdf", "--committee", HUGE],
    "export: huge --classification": ["export", P, "--pdf", "out.pdf", "--classification", HUGE],
    "export: empty --compare": ["export", P, "--pdf", "out.pdf", "--compare", ""],
    "export: empty --diff-from": ["export", P, "--csv", "out.csv", "--diff-from", ""],
    "export: empty --scenario": ["export", P, "--csv", "out.csv", "--scenario", ""],
    "export: --senior-levels -1": ["export", P, "--organogram", "out", "--senior-levels", "-1"],
    "export: --senior-levels nan": ["export", P, "--organogram", "out", "--senior-levels", "nan"],
    "export: --senior-levels huge": [
        "export",
        P,
        "--organogram",
        "out",
        "--senior-levels",
        "9" * 5000,
    ],
}


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("originals")
    shutil.copyfile(REPO / "sample_data" / "bury_community_commissioning.sqlite", folder / P)
    write_csv(folder / LIST, establishment_rows())
    (folder / "existing.csv").write_text("someone's work\n", encoding="utf-8")
    return folder


@pytest.fixture
def workplace(originals: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (P, LIST, "existing.csv"):
        shutil.copyfile(originals / name, tmp_path / name)
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.sqlite").symlink_to(P)
    (tmp_path / "list-link.csv").symlink_to(LIST)
    os.link(tmp_path / P, tmp_path / "hard.sqlite")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("case", CASES)
def test_hostile_arguments_get_one_sentence_and_change_nothing(
    case: str, workplace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = FolderState.of(workplace)
    code, out, err = run_in_process(capsys, *CASES[case])
    assert code != 0, f"exit 0 for {case}: {out[-300:]}"
    message = err if err else out
    lines = message.splitlines()
    assert len(lines) == 1 and lines[0].strip(), f"{case}: {message[:600]!r}"
    assert "Traceback" not in message and len(message) < 600, message[:600]
    if err:
        assert out == "", out[:300]
    else:  # validate reports a file it cannot open as its one problem, on standard output
        assert CASES[case][0] == "validate"
    assert FolderState.of(workplace) == before


CRAFTED = {
    # (the command after FILE, the SQL that makes the file)
    "diff: a unit whose parent is in another scenario": (
        ["diff"],
        (
            "UPDATE unit SET parent_id = (SELECT min(id) FROM unit WHERE scenario_id = 1) "
            "WHERE scenario_id = 2 AND name = 'Community Commissioning'"
        ),
    ),
    "cost: a tiny salary": (
        ["cost", "--scenario", "To be", "--against-budget"],
        "UPDATE pay_point SET salary = 1e-21",
    ),
}


@pytest.mark.parametrize("case", CRAFTED)
def test_crafted_files_get_an_answer_not_a_traceback(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command, statement = CRAFTED[case]
    path = crafted(tmp_path / "crafted.sqlite", statement)
    before = FolderState.of(tmp_path)
    code, _, err = run_in_process(capsys, command[0], str(path), *command[1:])
    # Sound or refused (opening may refuse such a file): either way an answer, never a crash.
    assert (code, err) == (0, "") or (code == 2 and len(err.splitlines()) == 1), err
    assert FolderState.of(tmp_path) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["export", P, "--pdf", "out.pdf", "--min-text", "nan"],
            "orgchart export: Argument --min-text: nan is not a text size this export can use: give a "
            "number of points from 1 to 24.",
        ),
        (
            ["layout", P, "--stack-from", "9" * 5000],
            "orgchart layout: Argument --stack-from: 9999999999999999999999999999999999999999…"
            "99999999999999999999 (5,000 characters) is out of range: give a whole number from 1 to 1000.",
        ),
        (
            ["stats", P, "--compare", ""],
            "orgchart stats: Argument --compare: an empty value means nothing here: give one, or leave "
            "the option out.",
        ),
        (
            ["export", P, "--pdf", "out.pdf", "--title", HUGE],
            "orgchart export: Argument --title: a value of 100,000 characters is too long (the most is 200).",
        ),
    ],
)
def test_a_refusal_names_the_option_and_what_to_give(
    args: list[str], expected: str, workplace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run_in_process(capsys, *args)
    assert err.startswith(expected + " See 'orgchart ")
