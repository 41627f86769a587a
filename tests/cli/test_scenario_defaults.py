"""One default scenario rule: every command with --scenario, or with --from/--to, found by walking
the parser (a new command must be listed here), defaults as cli/common.py says, says so in its
--help, and names the scenarios there are when the one it wants is missing."""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgchart_app.cli import build_parser, main
from orgchart_app.cli.common import DEFAULT_PAIR, DEFAULT_SCENARIO_HELP
from orgchart_app.samples import sample_data_folder
from tests.cli.helpers import run_in_process

SHIPPED = sample_data_folder()
# What each command needs besides FILE and its scenario options, to run on the imported list
# ({out}: a file in the test's folder). A command that gains --scenario must be added here.
MINIMAL = {
    "cost": [],
    "stats": [],
    "layout": [],
    "apply": [str(SHIPPED / "example_changes.csv"), "--dry-run"],
    "export": ["--csv", "{out}", "--force"],
    "paytable use": ["--year", "2024/25"],
    "post set": ["NS-002", "--notes", "Checked"],
    "diff": [],
    "recommendations": [],
    "people": [],
    "unit add": ["Locality North"],
    "unit set": ["U0003", "--description", "Housing options"],
    "unit remove": ["U0003", "--posts-to", "U0004"],
    "unit list": [],
    "line add": ["NS-2300", "NS-001"],
    "line set": ["NS-2300", "NS-H01", "--share", "25"],
    "line remove": ["NS-2300", "NS-H01"],
    "line list": [],
    "holder add": ["NS-002", "--employee-number", "E1"],
    "holder set": ["NS-002 #1", "--notes", "Checked"],
    "holder remove": ["NS-002 #1"],
    "holder list": [],
    "pool add": ["Pool A"],
    "pool set": ["Pool B", "--notes", "Checked"],
    "pool close": ["Pool B"],
    "pool remove": ["Pool B"],
    "pool list": [],
    "outcome set": ["NS-002 #1", "--kind", "no_change"],
    "outcome clear": ["NS-002 #1"],
    "outcome list": [],
    "consultation set": ["--start", "2027-01-04"],
    "consultation show": [],
    "source set": ["post", "NS-002", "--basis", "assumed", "--reason", "not in the list"],
    "source clear": ["post", "NS-002"],
}
# What a command needs in the file first (the imported list has no pool).
BEFORE = {
    command: ["pool", "add", "{file}", "Pool B"]
    for command in MINIMAL
    if command.startswith("pool ")
}
# Commands whose --scenario reads a team server, not a file: tests/team runs them on a real one.
ON_A_SERVER = {"pull"}


def _commands() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    def walk(
        parser: argparse.ArgumentParser, prefix: str
    ) -> Iterator[tuple[str, argparse.ArgumentParser]]:
        yield prefix, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, f"{prefix} {name}".strip())

    yield from walk(build_parser(), "")


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {o: a for a in parser._actions for o in a.option_strings}


SINGLE = [name for name, p in _commands() if "--scenario" in _options(p)]
PAIRS = [
    name for name, p in _commands() if getattr(_options(p).get("--to"), "dest", "") == "to_scenario"
]


RECORD = ("add", "set", "remove", "list")


def test_the_walk_finds_the_commands_this_test_knows() -> None:
    assert set(SINGLE) | set(PAIRS) == set(MINIMAL) | ON_A_SERVER
    assert set(SINGLE) == {
        "cost",
        "stats",
        "layout",
        "apply",
        "export",
        "paytable use",
        "post set",
        "pull",
        *(f"{record} {action}" for record in ("unit", "line", "holder") for action in RECORD),
        *(f"pool {action}" for action in (*RECORD, "close")),
        "consultation set",
        "consultation show",
        "source set",
        "source clear",
    }
    assert set(PAIRS) - set(SINGLE) == {
        "diff",
        "recommendations",
        "people",
        "outcome set",
        "outcome clear",
        "outcome list",
    }


@pytest.mark.parametrize("command", SINGLE)
def test_each_scenario_option_follows_the_rule_and_says_it(command: str) -> None:
    parser = dict(_commands())[command]
    option = _options(parser)["--scenario"]
    assert option.default is None and not option.required
    assert f"({DEFAULT_SCENARIO_HELP})" in (option.help or "")


@pytest.mark.parametrize("command", PAIRS)
def test_each_pair_follows_the_pair_rule_and_says_it(command: str) -> None:
    options = _options(dict(_commands())[command])
    for flag, default in zip(("--from", "--to"), DEFAULT_PAIR, strict=True):
        assert options[flag].default is None
        assert f'(default: "{default}")' in (options[flag].help or "")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wyvern") / "wyvern.sqlite"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["import", str(SHIPPED / "example_establishment.csv"), "-o", str(out)]) == 0
    return out


def _argv(command: str, file: Path, tmp_path: Path, *more: str) -> list[str]:
    extra = [a.format(out=tmp_path / "out.csv") for a in MINIMAL[command]]
    return [*command.split(), str(file), *extra, *more]


@pytest.mark.parametrize("command", sorted(set(SINGLE) - ON_A_SERVER))
def test_after_an_import_each_runs_on_the_as_is_and_names_the_scenarios_it_lacks(
    command: str, imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = Path(shutil.copy(imported, tmp_path / "wyvern.sqlite"))
    if command in BEFORE:
        assert run_in_process(capsys, *(a.format(file=file) for a in BEFORE[command]))[0] == 0
    code, _, err = run_in_process(capsys, *_argv(command, file, tmp_path))
    assert code == 0, err
    code, out, err = run_in_process(
        capsys, *_argv(command, file, tmp_path, "--scenario", "Option Z")
    )
    assert code == 2 and out == ""
    assert err == 'orgchart: There is no scenario called "Option Z" (scenarios: "As is").\n'


@pytest.mark.parametrize("command", PAIRS)
def test_after_an_import_each_pair_says_how_to_make_the_proposed_structure(
    command: str, imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_in_process(capsys, *_argv(command, imported, tmp_path))
    assert code == 2 and out == ""
    assert err == (
        'orgchart: There is no scenario called "To be" (scenarios: "As is"): make it with '
        f'`orgchart scenario copy {imported} "As is" "To be"`, or name another with --to.\n'
    )
