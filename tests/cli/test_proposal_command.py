"""orgchart proposal show|set FILE: the proposal's own title and notes, run as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO, run_in_process

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"


@pytest.fixture
def bury_copy(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


def test_set_title_and_notes_then_show_them(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    before = open_proposal(bury_copy).proposal.info
    code, out, err = run_in_process(
        capsys,
        "proposal",
        "set",
        str(bury_copy),
        "--title",
        "Adult social care: locality teams",
        "--notes",
        "Draft for the January committee.",
    )
    assert (code, err) == (0, "")
    assert out == 'Retitle the proposal "Adult social care: locality teams".\n'
    after = open_proposal(bury_copy).proposal.info
    assert (after.title, after.notes) == (
        "Adult social care: locality teams",
        "Draft for the January committee.",
    )
    assert after.revision == before.revision + 1
    code, out, _ = run_in_process(capsys, "proposal", "show", str(bury_copy), "--format", "json")
    assert code == 0
    assert json.loads(out) == {
        "title": "Adult social care: locality teams",
        "notes": "Draft for the January committee.",
        "revision": after.revision,
    }


def test_notes_alone_keep_the_title(capsys: pytest.CaptureFixture[str], bury_copy: Path) -> None:
    title = open_proposal(bury_copy).proposal.info.title
    code, out, err = run_in_process(capsys, "proposal", "set", str(bury_copy), "--notes", "")
    assert (code, err) == (0, "") and out == "Change the proposal's notes.\n"
    info = open_proposal(bury_copy).proposal.info
    assert (info.title, info.notes) == (title, "")


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        ((), "Say what to change: --title or --notes.\n"),
        (("--title", "   "), "The proposal title cannot be empty.\n"),
    ],
)
def test_refusals_change_nothing(
    capsys: pytest.CaptureFixture[str],
    bury_copy: Path,
    arguments: tuple[str, ...],
    sentence: str,
) -> None:
    before = bury_copy.read_bytes()
    code, out, err = run_in_process(capsys, "proposal", "set", str(bury_copy), *arguments)
    assert (code, out) == (2, "") and err.endswith(sentence) and "Traceback" not in err
    assert bury_copy.read_bytes() == before
