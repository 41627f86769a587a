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
