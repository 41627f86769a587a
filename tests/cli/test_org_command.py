"""orgchart org add|set|remove|list FILE: the organisations of a proposal, run as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orgchart_app.domain import OrganisationKind
from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO, run_in_process

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"


@pytest.fixture
def bury_copy(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


def _organisations(path: Path) -> dict[str, tuple[str, OrganisationKind, str]]:
    found = open_proposal(path).proposal.organisations.values()
    return {o.short_name: (o.name, o.kind, o.colour) for o in found}


def test_list_names_each_organisation_and_what_uses_it(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    code, out, err = run_in_process(capsys, "org", "list", str(bury_copy), "--format", "json")
    assert (code, err) == (0, "")
    listed = {o["short_name"]: o for o in json.loads(out)}
    assert set(listed) == set(_organisations(bury_copy))
    ccg = listed["Bury CCG"]
    assert ccg["kind"] == "nhs_body" and ccg["posts"] > 0
    code, text, _ = run_in_process(capsys, "org", "list", str(bury_copy))
    assert code == 0 and "Bury CCG" in text and "nhs_body" in text


def test_add_then_set_then_remove_a_partner(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    code, out, err = run_in_process(
        capsys,
        "org",
        "add",
        str(bury_copy),
        "Wyvern Integrated Care Board",
        "--short-name",
        "Wyvern ICB",
        "--kind",
        "nhs_body",
        "--colour",
        "#336699",
    )
    assert (code, err) == (0, "") and out == 'Add organisation "Wyvern ICB".\n'
    assert _organisations(bury_copy)["Wyvern ICB"] == (
        "Wyvern Integrated Care Board",
        OrganisationKind.NHS_BODY,
        "#336699",
    )
    code, out, err = run_in_process(
        capsys, "org", "set", str(bury_copy), "wyvern icb", "--name", "Wyvern ICB Ltd",
        "--colour", "", "--kind", "partnership",
    )  # fmt: skip
    assert (code, err) == (0, "") and out == 'Change organisation "Wyvern ICB".\n'
    assert _organisations(bury_copy)["Wyvern ICB"] == (
        "Wyvern ICB Ltd",
        OrganisationKind.PARTNERSHIP,
        "",
    )
    code, out, err = run_in_process(capsys, "org", "remove", str(bury_copy), "Wyvern ICB")
    assert (code, err) == (0, "") and out == 'Remove organisation "Wyvern ICB".\n'
    assert "Wyvern ICB" not in _organisations(bury_copy)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("remove", "Bury CCG"),
            '"Bury CCG" is still used by ',
        ),
        (("set", "Nowhere", "--name", "X"), 'There is no organisation called "Nowhere"'),
        (("set", "Bury CCG", "--colour", "teal"), 'The colour "teal" is not a colour'),
        (
            ("set", "Bury CCG"),
            "Say what to change: --name, --short-name, --kind, --colour or --pay-scale.",
        ),
        (("add", "Bury Council"), 'There is already an organisation called "Bury Council".'),
    ],
)
def test_a_refusal_is_one_sentence_and_the_file_is_untouched(
    capsys: pytest.CaptureFixture[str], bury_copy: Path, args: tuple[str, ...], message: str
) -> None:
    before = bury_copy.read_bytes()
    code, out, err = run_in_process(capsys, "org", args[0], str(bury_copy), *args[1:])
    assert code == 2 and out == "" and err.startswith(f"orgchart: {message}")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert bury_copy.read_bytes() == before


def test_an_unknown_kind_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    code, _, err = run_in_process(capsys, "org", "add", str(bury_copy), "X", "--kind", "club")
    assert code == 2 and "invalid choice: 'club'" in err
