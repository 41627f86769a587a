"""The Layout values: quick_constructor makes the same values as the dataclasses' own __init__."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.layout.model import PostBox, Rect, quick_constructor


def test_quick_constructor_makes_an_equal_frozen_value() -> None:
    values = (
        PostId(7),
        "BC-1007",
        Rect(1.0, 2.0, 120.0, 40.0),
        "Head of Commissioning",
        ("Grade 12",),
        PostStatus.VACANT,
        UnitId(3),
        "NHS",
        "",
        "Caldicott Guardian",
        "",
        "moved",
        0,
        0.0,
        ("Head of", "Commissioning"),
    )
    made = quick_constructor(PostBox)(*values)
    assert made == PostBox(*values)
    assert hash(made) == hash(PostBox(*values))
    assert made.title_lines == ("Head of", "Commissioning")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.title = "changed"  # type: ignore[misc]


def test_quick_constructor_wants_every_field() -> None:
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        quick_constructor(Rect)(1.0, 2.0, 3.0)
