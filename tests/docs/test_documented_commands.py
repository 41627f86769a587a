"""Every shell command in README.md and docs/*.md runs as written and exits as its text says.

Each document's commands run in order in a scratch folder holding a copy of sample_data/ and
the user's files the examples name (tests/docs/user_files.py), through the `orgchart` command's
own entry point. The placeholders replaced are those shell_blocks.py documents; the commands
not run are listed in NOT_RUN, each with its reason.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from orgchart_app.cli import main
from tests.docs.shell_blocks import DOCUMENTS, REPO, Command, commands
from tests.docs.user_files import write_user_files

ORGCHART = frozenset({"orgchart", ".venv/bin/orgchart"})
TEAM_SERVER = (
    "needs the team's PostgreSQL server; tests/team/ runs these against a server of its own"
)
NOT_RUN: dict[tuple[str, ...], str] = {
    ("bash", "scripts/designer.sh"): "installs Debian packages, then opens the designer's window",
    ("bash", "scripts/test.sh"): "installs Debian packages, then runs this very suite",
    (".venv/bin/orgchart-designer",): "opens the designer's window (tests/ui/ drive it)",
    ("bash", "packaging/build.sh"): "builds the installable bundle (minutes; CI's packaging job)",
    ("bash", "packaging/smoke_test.sh"): "needs the bundle packaging/build.sh builds",
    ("bash", "packaging/macos/build.sh"): "builds the macOS bundle, on a Mac only",
    ("tar",): "unpacks the built bundle, which the suite does not build",
    ("sudo",): "installs the built bundle for every user (root)",
    ("/tmp/orgchart-designer/linux/install.sh",): "installs the built bundle",
    ("QT_QPA_PLATFORM=offscreen", ".venv/bin/python", "-m", "pytest"): "runs the suite itself",
    ("bash", "scripts/mutation.sh"): "mutation testing takes hours (not part of CI)",
    ("orgchart", "server"): TEAM_SERVER,
    ("orgchart", "push"): TEAM_SERVER,
    ("orgchart", "list"): TEAM_SERVER,
    ("orgchart", "pull"): TEAM_SERVER,
    ("orgchart", "history"): TEAM_SERVER,
    ("orgchart", "cost", "URL"): TEAM_SERVER,
}

ALL = [command for document in DOCUMENTS for command in commands(document)]
WITH_COMMANDS = [document for document in DOCUMENTS if commands(document)]


def not_run(command: Command) -> str | None:
    """Why the command is not run, or None when it is."""
    for prefix, reason in NOT_RUN.items():
        if command.argv[: len(prefix)] == prefix:
            return reason
    return None


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "sample_data", tmp_path / "sample_data")
    monkeypatch.chdir(tmp_path)
    write_user_files(tmp_path)
    return tmp_path


def run(command: Command, capsys: pytest.CaptureFixture[str]) -> str | None:
    """What went wrong running the command as written, or None when it exited as promised."""
    if command.argv[0] not in ORGCHART:
        return f"{command.document}:{command.line}: no way to run {command.argv[0]!r}"
    try:
        code = main(list(command.argv[1:]))
    except SystemExit as exit_:  # argparse refuses an argument this way
        code = int(exit_.code or 0)
    output = capsys.readouterr()
    if "Traceback" in output.err or code != command.exit_code:
        return (
            f"{command.document}:{command.line}: {command.text}\n"
            f"  exited {code}, the text says {command.exit_code}: {output.err.strip()}"
        )
    return None


@pytest.mark.parametrize("document", WITH_COMMANDS, ids=[d.name for d in WITH_COMMANDS])
def test_every_documented_command_runs_as_written(
    document: Path, scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    failures = [
        failure
        for command in commands(document)
        if not_run(command) is None and (failure := run(command, capsys)) is not None
    ]
    assert failures == [], "\n".join(failures)


def test_the_commands_not_run_are_each_still_documented() -> None:
    # A reason left over after its command changed would hide a command from the test.
    unused = [p for p in NOT_RUN if not any(c.argv[: len(p)] == p for c in ALL)]
    assert unused == []


def test_most_documented_commands_are_run() -> None:
    ran = [command for command in ALL if not_run(command) is None]
    assert len(ran) >= 50, [c.text for c in ran]


def test_no_document_calls_a_bare_python() -> None:
    # A bare `python` is not the project's interpreter on a fresh machine (issue 23).
    bare = re.compile(r"(^|[`\s=])python3? (-m |\S+\.py)")
    calls = [
        f"{path.name}:{number}: {line.strip()}"
        for path in (*DOCUMENTS, REPO / "sample_data" / "README.md")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if bare.search(line)
    ]
    assert calls == []
