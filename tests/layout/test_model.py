"""The Layout values: quick_constructor makes the same values as the dataclasses' own __init__,
and quick_node the same chart nodes."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.layout.chart import PostNode, UnitNode
from orgchart_app.layout.model import PostBox, Rect, quick_constructor
from orgchart_app.quick import quick_node


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


def _fields(node: object) -> list[tuple[str, object]]:
    return [(f.name, getattr(node, f.name)) for f in dataclasses.fields(node)]  # type: ignore[arg-type]


def test_quick_node_makes_the_node_the_dataclass_makes() -> None:
    post, box = object(), object()
    made = quick_node(PostNode)(post, box)
    assert _fields(made) == _fields(PostNode(post=post, box=box))  # type: ignore[arg-type]
    assert made.post is post and made.box is box
    assert made.bus == -1.0 and made.spine == -1.0 and made.children == []
    # Each node its own list of children, as default_factory gives.
    assert quick_node(PostNode)(post, box).children is not made.children
    unit = object()
    assert _fields(quick_node(UnitNode)(unit)) == _fields(UnitNode(unit=unit))  # type: ignore[arg-type]


def test_quick_node_refuses_a_frozen_class() -> None:
    with pytest.raises(TypeError, match="frozen"):
        quick_node(Rect)
