"""quick_constructor() and made_by_columns(): make slotted dataclass values without their
__init__'s cost."""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sized
from itertools import islice, repeat
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


def made_by_columns(
    cls: type[_Frozen], count: int, columns: Mapping[str, Iterable[Any]]
) -> list[_Frozen]:
    """`count` values of a slotted dataclass (frozen or not), field `name` of the i-th taken from
    the i-th item of columns[name]: the same (==) values as cls(**row) for each row. Each slot
    is set a whole column at a time by a loop in C (map over the slot's setter), about half the
    cost of quick_constructor's call a value: an import makes 50,000 posts, holders and
    provenance rows, each of up to 23 fields."""
    for name, column in columns.items():
        if isinstance(column, Sized) and len(column) != count:
            raise ValueError(f"{cls.__name__}.{name}: {len(column)} values for {count} records")
    made = list(map(object.__new__, repeat(cls, count)))
    for field in dataclasses.fields(cls):
        deque(map(getattr(cls, field.name).__set__, made, columns[field.name]), maxlen=0)
    return made


def listed(count: int, columns: Mapping[str, Iterable[Any]]) -> dict[str, list[Any]]:
    """Each column as a list of its first `count` values (a list copied, an iterator such as
    repeat() or map() taken that far): columns that records are made from and that a save may
    then write (domain/made_columns.py) must be lists no one else holds."""
    return {
        name: list(column) if isinstance(column, Sized) else list(islice(column, count))
        for name, column in columns.items()
    }
