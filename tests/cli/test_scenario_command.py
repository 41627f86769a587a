"""orgchart scenario add|copy|rename|set|remove|list FILE, run as a user runs them."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from orgchart_app.domain import ScenarioKind
from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO, run_in_process

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"


@pytest.fixture
def bury_copy(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


def _scenarios(path: Path) -> dict[str, tuple[ScenarioKind, int]]:
    proposal = open_proposal(path).proposal
    return {s.name: (s.kind, len(proposal.posts_in(s.id))) for s in proposal.scenarios.values()}


def _run(capsys: pytest.CaptureFixture[str], path: Path, action: str, *rest: str) -> str:
    code, out, err = run_in_process(capsys, "scenario", action, str(path), *rest)
    assert (code, err) == (0, ""), err
    return out


def test_copy_rename_set_and_remove(capsys: pytest.CaptureFixture[str], bury_copy: Path) -> None:
    posts = _scenarios(bury_copy)["As is"][1]
    out = _run(capsys, bury_copy, "copy", "As is", "Option B", "--kind", "option")
    assert out == 'Copy "As is" as "Option B".\n'
    assert _scenarios(bury_copy)["Option B"] == (ScenarioKind.OPTION, posts)
    out = _run(capsys, bury_copy, "rename", "option b", "Option B (locality teams)")
    assert out == 'Rename scenario "Option B" to "Option B (locality teams)".\n'
    _run(
        capsys, bury_copy, "set", "Option B (locality teams)", "--effective-date", "2027-04-01",
        "--description", "Teams by locality",
    )  # fmt: skip
    listed = json.loads(_run(capsys, bury_copy, "list", "--format", "json"))
    option = next(s for s in listed if s["name"] == "Option B (locality teams)")
    assert option == {
        "name": "Option B (locality teams)",
        "kind": "option",
        "based_on": "As is",
        "effective_date": "2027-04-01",
        "description": "Teams by locality",
        "posts": posts,
        "units": option["units"],
    }
    out = _run(capsys, bury_copy, "remove", "Option B (locality teams)")
    assert out == 'Delete scenario "Option B (locality teams)".\n'
    assert set(_scenarios(bury_copy)) == {"As is", "To be"}


def test_add_makes_a_blank_scenario(capsys: pytest.CaptureFixture[str], bury_copy: Path) -> None:
    assert _run(capsys, bury_copy, "add", "Blank") == 'Add scenario "Blank".\n'
    assert _scenarios(bury_copy)["Blank"] == (ScenarioKind.OPTION, 0)
    text = _run(capsys, bury_copy, "list")
    assert "Blank" in text and "To be" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("copy", "Nowhere", "X"),
            'There is no scenario called "Nowhere" (scenarios: "As is", "To be").',
        ),
        (("rename", "As is", "To be"), 'There is already a scenario called "To be".'),
        (("set", "As is"), "Say what to change: --kind, --effective-date or --description."),
        (
            ("set", "As is", "--effective-date", "April"),
            'Argument --effective-date: "April" is not a date such as 2027-04-01',
        ),
    ],
)
def test_a_refusal_is_one_sentence_and_the_file_is_untouched(
    capsys: pytest.CaptureFixture[str], bury_copy: Path, args: tuple[str, ...], message: str
) -> None:
    before = bury_copy.read_bytes()
    code, out, err = run_in_process(capsys, "scenario", args[0], str(bury_copy), *args[1:])
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert bury_copy.read_bytes() == before


def test_import_says_how_to_make_the_proposed_structure_and_that_line_runs(tmp_path: Path) -> None:
    from tests.cli.helpers import orgchart

    out = tmp_path / "wyvern.sqlite"
    imported = orgchart("import", REPO / "sample_data" / "example_establishment.csv", "-o", out)
    assert imported.returncode == 0, imported.stderr
    hint = imported.stdout.strip().splitlines()[-1]
    assert (
        hint
        == f'Next: orgchart scenario copy {shlex.quote(str(out))} "As is" "To be" makes the proposed structure.'
    )
    command = shlex.split(
        hint.removeprefix("Next: ").removesuffix(" makes the proposed structure.")
    )
    made = orgchart(*command[1:])
    assert made.returncode == 0, made.stderr
    assert _scenarios(out)["To be"][0] is ScenarioKind.TO_BE
