"""quick_constructor(): make frozen, slotted dataclass values without their __init__'s cost."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Frozen = TypeVar("_Frozen", bound="DataclassInstance")


def quick_constructor(cls: type[_Frozen]) -> Callable[..., _Frozen]:
    """A constructor for a frozen, slotted dataclass taking every field positionally, in order,
    that makes the same (==) value as cls(*values). A frozen dataclass's own __init__ goes through
    object.__setattr__ field by field, at twice the cost of setting the slots directly: a layout
    engine makes one PostBox and one Rect per post, an import one Post, Postholder and
    Provenance row per line, tens of thousands at a time. The function is generated
    (as dataclasses generates __init__) so each slot is set by a direct call, with no loop."""
    names = [f.name for f in dataclasses.fields(cls)]
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    scope.update((f"_set_{name}", getattr(cls, name).__set__) for name in names)
    body = "".join(f"    _set_{name}(instance, {name})\n" for name in names)
    source = (
        f"def make({', '.join(names)}):\n    instance = _new(_cls)\n{body}    return instance\n"
    )
    exec(source, scope)  # noqa: S102 - our own field names, as dataclasses does
    make: Callable[..., _Frozen] = scope["make"]
    make.__qualname__ = f"quick_{cls.__name__}"
    return make


_Node = TypeVar("_Node")


def quick_node(cls: type[_Node]) -> Callable[..., _Node]:
    """A constructor for a slotted, mutable dataclass taking the fields that have no default
    positionally, in order, and giving every other field its default (a fresh one from its
    default_factory): the same node as cls(**those fields), made in a third of the time. The
    layout makes a chart node per post before placing it; the dataclass's own __init__, keyword
    only with a score of defaults, is most of the cost of building the chart."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is frozen: use quick_constructor.")
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    body = []
    for f in fields:
        if f.name in required:
            value = f.name
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_make_{f.name}"] = f.default_factory
            value = f"_make_{f.name}()"
        else:
            scope[f"_default_{f.name}"] = f.default
            value = f"_default_{f.name}"
        body.append(f"    instance.{f.name} = {value}\n")
    source = f"def make({', '.join(required)}):\n    instance = _new(_cls)\n{''.join(body)}    return instance\n"
    exec(source, scope)  # noqa: S102 - our own field names, as dataclasses does
    make: Callable[..., _Node] = scope["make"]
    make.__qualname__ = f"quick_{cls.__name__}"
    return make
