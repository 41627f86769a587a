"""`orgchart validate` on crafted and damaged files, and the --force rule for commands that write."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from orgchart_app.cli.common import CommandFailed, add_force_argument, load, write_proposal
from orgchart_app.samples import build_bury
from orgchart_app.storage import SCHEMA_VERSION, open_proposal, save_proposal
from tests.cli.helpers import orgchart
from tests.storage.helpers import crafted, digest

CASES = {
    "trigger": (
        ["CREATE TRIGGER t AFTER DELETE ON unit BEGIN DELETE FROM post; END;"],
        "contains a trigger",
    ),
    "view": (["CREATE VIEW v AS SELECT name FROM postholder"], "contains a view"),
    "foreign table": (
        ["CREATE TABLE payload (x)"],
        'a table that proposal files never have ("payload")',
    ),
    "wrong application id": (["PRAGMA application_id = 7"], "not an org chart proposal"),
    "newer version": (
        [f"PRAGMA user_version = {SCHEMA_VERSION + 3}"],
        "written by a newer version",
    ),
    "broken reference": (
        ["UPDATE unit SET organisation_id = 77 WHERE id = (SELECT min(id) FROM unit)"],
        'field "organisation_id": there is no organisation 77',
    ),
    "absurd text": (
        ["UPDATE proposal_meta SET value = printf('%.*c', 300000, 'x') WHERE key = 'title'"],
        "characters long",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_validate_names_a_crafted_files_problem_in_one_line(case: str, tmp_path: Path) -> None:
    statements, expected = CASES[case]
    path = crafted(tmp_path / f"{case.replace(' ', '_')}.sqlite", *statements)
    result = orgchart("validate", path)
    assert result.returncode == 1 and result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert expected in line and line.startswith(f'"{path.name}"')


def test_validate_names_damaged_pages_in_one_line(tmp_path: Path) -> None:
    path = crafted(tmp_path / "damaged.sqlite")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    result = orgchart("validate", path)
    (line,) = result.stdout.splitlines()
    assert result.returncode == 1 and "is damaged" in line and "Traceback" not in result.stderr


def test_validate_lists_the_problems_of_a_file_that_opens(tmp_path: Path) -> None:
    path = crafted(tmp_path / "cycle.sqlite", "UPDATE post SET fte = 2 WHERE post_ref = 'BC-1050'")
    result = orgchart("validate", path)
    assert result.returncode == 1
    assert [line for line in result.stdout.splitlines() if "has an FTE of 2" in line]


def test_a_command_cannot_write_over_a_file_changed_since_it_read_it(tmp_path: Path) -> None:
    path = crafted(tmp_path / "shared.sqlite")
    opened = load(str(path))
    save_proposal(open_proposal(path).proposal, path)  # someone saves while the command runs
    theirs = digest(path)
    with pytest.raises(
        CommandFailed, match=r"has changed on disk since you opened it.*add --force"
    ):
        write_proposal(opened.proposal, path, opened.stamp)
    assert digest(path) == theirs
    info = write_proposal(opened.proposal, path, opened.stamp, force=True)
    assert open_proposal(path).proposal.info == info


def test_a_command_writes_an_unchanged_file_without_force(tmp_path: Path) -> None:
    path = crafted(tmp_path / "shared.sqlite")
    opened = load(str(path))
    info = write_proposal(opened.proposal, path, opened.stamp)
    assert info.revision == opened.proposal.info.revision + 1
    assert write_proposal(build_bury(), tmp_path / "new.sqlite", None).revision == 1


def test_the_force_option() -> None:
    parser = argparse.ArgumentParser()
    add_force_argument(parser)
    assert parser.parse_args(["--force"]).force and not parser.parse_args([]).force
