"""The save's quick range check refuses what the full one did: NaN, infinities, out of range."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused
from orgchart_app.samples.bury import build_bury
from orgchart_app.storage import save_proposal


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("fte", float("nan"), "nan is not a finite number"),
        ("fte", float("inf"), "inf is not a finite number"),
        ("fte", 0.00001, "is neither 0 nor at least 0.0001"),
        ("quantity", True, "where a number belongs"),
        ("quantity", -1, "-1 is outside 0 to 1,000,000"),
    ],
)
def test_a_value_out_of_its_range_stops_the_save(
    tmp_path: Path, field: str, value: object, said: str
) -> None:
    proposal = build_bury()
    post = next(iter(proposal.posts.values()))
    proposal.posts[post.id] = dataclasses.replace(post, **{field: value})
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, tmp_path / "out.sqlite")
    assert f'post {post.id}, field "{field}": ' in str(refused.value)
    assert said in str(refused.value)
    assert list(tmp_path.iterdir()) == []
