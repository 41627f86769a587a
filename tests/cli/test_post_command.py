"""orgchart post set FILE REF: the post fields the changes sheet does not carry, run as a user does."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain import Post
from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO, run_in_process

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"


@pytest.fixture
def bury_copy(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


def _post(path: Path, ref: str, scenario: str = "To be") -> Post:
    proposal = open_proposal(path).proposal
    chosen = proposal.scenario_named(scenario)
    return next(p for p in proposal.posts_in(chosen.id) if p.post_ref == ref)


def test_each_field_is_set_in_the_default_scenario_only(
    capsys: pytest.CaptureFixture[str], bury_copy: Path
) -> None:
    ref = _post(bury_copy, "BC-1052").post_ref
    code, out, err = run_in_process(
        capsys, "post", "set", str(bury_copy), ref,
        "--quantity", "3", "--funded", "no", "--cost-code", "KX100", "--statutory-role", "DASS",
        "--officer-category", "deputy_chief_designated", "--assistant", "yes",
        "--temporary-line", "yes", "--salary", "41,250", "--notes", "Checked with finance",
        "--end-date", "2028-03-31", "--funding-source", "Better Care Fund", "--spinal-point", "30",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert out.startswith("Change quantity, funded, cost code") and out.endswith(
        ' of "MCA and DoLS Lead".\n'
    )
    post = _post(bury_copy, ref)
    assert (post.quantity, post.funded, post.cost_code, post.statutory_role) == (
        3,
        False,
        "KX100",
        "DASS",
    )
    assert (post.officer_category.value, post.is_assistant, post.temporary_line) == (
        "deputy_chief_designated",
        True,
        True,
    )
    assert (post.salary, post.notes, post.end_date) == (
        Decimal("41250"),
        "Checked with finance",
        dt.date(2028, 3, 31),
    )
    assert (post.funding_source, post.spinal_point) == ("Better Care Fund", 30)
    assert _post(bury_copy, ref, "As is").quantity == 1
    code, _, err = run_in_process(
        capsys, "post", "set", str(bury_copy), ref, "--salary", "", "--end-date", ""
    )
    assert code == 0, err
    assert (_post(bury_copy, ref).salary, _post(bury_copy, ref).end_date) == (None, None)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("BC-9999", "--notes", "x"), 'There is no post "BC-9999" in "To be".'),
        (("BC-1052",), "Say what to change: --quantity, --funded, --cost-code"),
        (("BC-1052", "--quantity", "0"), "The quantity must be between 1 and 100,000 (got 0)."),
        (
            ("BC-1052", "--scenario", "Option Z", "--notes", "x"),
            'There is no scenario called "Option Z"',
        ),
    ],
)
def test_a_refusal_is_one_sentence_and_the_file_is_untouched(
    capsys: pytest.CaptureFixture[str], bury_copy: Path, args: tuple[str, ...], message: str
) -> None:
    before = bury_copy.read_bytes()
    code, out, err = run_in_process(capsys, "post", "set", str(bury_copy), *args)
    assert code == 2 and out == "" and err.startswith(f"orgchart: {message}"), err
    assert err.count("\n") == 1
    assert bury_copy.read_bytes() == before
