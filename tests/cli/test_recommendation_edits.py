"""orgchart recommendations FILE --from --to edit N | add | remove N | move N --to M: the user's
wording of the recommendations, kept in the file; bad input one sentence, the file untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orgchart_app.samples import build_bury
from orgchart_app.storage import open_proposal, save_proposal
from tests.cli.helpers import run_in_process

PAIR = ("--from", "As is", "--to", "To be")


@pytest.fixture
def bury_copy(bury_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bury.sqlite"
    shutil.copyfile(bury_file, copy)
    return copy


def listed(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, object]]:
    code, out, err = run_in_process(capsys, "recommendations", str(path), *PAIR, "--format", "json")
    assert code == 0, err
    recommendations: list[dict[str, object]] = json.loads(out)["recommendations"]
    return recommendations


def change(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> str:
    code, out, err = run_in_process(capsys, "recommendations", str(path), *PAIR, *args)
    assert code == 0 and not err, err
    return out


def test_edit_sets_the_verb_and_puts_an_item_for_noting(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    before = listed(capsys, bury_copy)
    out = change(capsys, bury_copy, "edit", "2", "--verb", "note", "--for", "noting")
    assert "2. note the proposed deletion" in out and "[for noting]" in out
    after = listed(capsys, bury_copy)
    assert (after[1]["verb"], after[1]["for_decision"]) == ("note", False)
    assert after[1]["subject"] == before[1]["subject"] and after[0] == before[0]


def test_edit_rewords_and_leaves_an_item_out(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    change(capsys, bury_copy, "edit", "1", "--text", "the new Integrated Commissioning team")
    assert listed(capsys, bury_copy)[0]["subject"] == "the new Integrated Commissioning team"
    change(capsys, bury_copy, "edit", "1", "--included", "no")
    assert all(
        r["subject"] != "the new Integrated Commissioning team" for r in listed(capsys, bury_copy)
    )


def test_add_move_and_remove(capsys: pytest.CaptureFixture[str], bury_copy: Path) -> None:
    # Numbered as `list` numbers them: Bury's sixth item is kept but left out of the report.
    items = change(capsys, bury_copy, "list").splitlines()
    assert items[5].startswith("6. note ") and items[5].endswith("[left out]")
    count = len(items)
    text = "authority to the Executive Director to appoint to the posts"
    change(capsys, bury_copy, "add", "--verb", "delegate", "--text", text)
    added = listed(capsys, bury_copy)
    assert len(added) == count
    assert added[-1]["sentence"] == f"The Committee is asked to delegate {text}."
    assert added[-1]["operation"] == "added"
    change(capsys, bury_copy, "move", str(count + 1), "--to", "1")
    moved = listed(capsys, bury_copy)
    assert moved[0]["subject"] == text and moved[1:] == added[:-1]
    change(capsys, bury_copy, "remove", "1")
    assert listed(capsys, bury_copy) == added[:-1]


def test_the_first_edit_of_a_draft_stores_the_whole_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    proposal = build_bury()
    proposal.recommendation_items.clear()
    path = tmp_path / "draft.sqlite"
    save_proposal(proposal, path)
    draft = listed(capsys, path)
    change(capsys, path, "edit", "1", "--verb", "agree")
    stored = open_proposal(path).proposal.recommendation_items
    assert len(stored) == len(draft)
    worded = listed(capsys, path)
    assert worded[0]["verb"] == "agree"
    assert [r["sentence"] for r in worded[1:]] == [r["sentence"] for r in draft[1:]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("edit", "99", "--verb", "note"), "There is no recommendation 99 (recommendations: 1 to "),
        (
            ("edit", "1", "--verb", "rubber-stamp"),
            'Recommendation 1: "rubber-stamp" is not a verb committees are asked to',
        ),
        (
            ("edit", "1"),
            "Say what to change: --verb, --text, --entry, --for, --included or --source.",
        ),
        (("move", "1", "--to", "40"), "There is no recommendation 40"),
        (("add", "--verb", "note", "--text", " "), "Argument --text: an empty value means"),
    ],
)
def test_bad_input_is_one_sentence_and_the_file_is_untouched(
    capsys: pytest.CaptureFixture[str], bury_copy: Path, args: tuple[str, ...], message: str
) -> None:
    before = bury_copy.read_bytes()
    code, out, err = run_in_process(capsys, "recommendations", str(bury_copy), *PAIR, *args)
    assert code != 0 and not out
    assert err.startswith("orgchart") and message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert bury_copy.read_bytes() == before
