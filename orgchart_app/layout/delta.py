"""What changed between two Layouts of a chart, key by key: what a canvas must redraw.

Worked out where the new Layout is made (a worker thread for a big chart), so that the thread
showing it touches only what changed: after a one-post edit of a 10,000-post chart, a handful of
boxes and lines rather than every one.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from orgchart_app.domain.ids import DottedLineId, PostId, UnitId
from orgchart_app.layout.model import Connector, ConnectorKind, Layout, PostBox, UnitContainer

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")
LineKey = tuple[PostId, ConnectorKind]  # a manager's solid lines of one kind: drawn as one
Lines = tuple[Connector, ...]


@dataclass(frozen=True, slots=True)
class Changed(Generic[Key, Value]):
    """Of one kind of value: the new or changed ones by key, and the keys gone."""

    put: Mapping[Key, Value]
    gone: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class Keyed:
    """A Layout's values by the key a canvas keeps an item under."""

    boxes: Mapping[PostId, PostBox]
    summaries: Mapping[PostId, PostBox]
    units: Mapping[UnitId, UnitContainer]
    solid: Mapping[LineKey, Lines]
    dotted: Mapping[DottedLineId, Lines]


@dataclass(frozen=True, slots=True)
class LayoutDelta:
    """From `base` (the Layout shown, or None) to `layout`."""

    base: Layout | None
    layout: Layout | None
    keyed: Keyed
    boxes: Changed[PostId, PostBox]
    summaries: Changed[PostId, PostBox]
    units: Changed[UnitId, UnitContainer]
    solid: Changed[LineKey, Lines]
    dotted: Changed[DottedLineId, Lines]


NOTHING = Keyed({}, {}, {}, {}, {})


def keyed(layout: Layout | None) -> Keyed:
    if layout is None:
        return NOTHING
    solid: dict[LineKey, list[Connector]] = {}
    dotted: dict[DottedLineId, Lines] = {}
    for connector in layout.connectors:
        if connector.line_id is None:
            solid.setdefault((connector.from_post_id, connector.kind), []).append(connector)
        else:
            dotted[connector.line_id] = (connector,)
    return Keyed(
        {b.post_id: b for b in layout.boxes if not b.is_summary},
        {b.post_id: b for b in layout.boxes if b.is_summary},
        {c.unit_id: c for c in layout.containers},
        {key: tuple(lines) for key, lines in solid.items()},
        dotted,
    )


def layout_delta(
    base: Layout | None, layout: Layout | None, old: Keyed | None = None
) -> LayoutDelta:
    """The changes from base to layout; `old`: base already keyed."""
    before = old if old is not None else keyed(base)
    if base is not None and layout is not None:
        quick = _boxes_only_delta(base, layout, before)
        if quick is not None:
            return quick
    after = keyed(layout)
    return LayoutDelta(
        base,
        layout,
        after,
        _changed(before.boxes, after.boxes),
        _changed(before.summaries, after.summaries),
        _changed(before.units, after.units),
        _changed(before.solid, after.solid),
        _changed(before.dotted, after.dotted),
    )


def _changed(old: Mapping[Key, Value], new: Mapping[Key, Value]) -> Changed[Key, Value]:
    get = old.get
    # `is` first: most values are the very objects of the layout before, and `!=` on a
    # dataclass compares it field by field.
    put = {
        key: value for key, value in new.items() if (was := get(key)) is not value and was != value
    }
    return Changed(put, tuple(key for key in old if key not in new))


def _boxes_only_delta(base: Layout, layout: Layout, before: Keyed) -> LayoutDelta | None:
    """When layout is base with some posts' boxes made anew in their places (an edit that
    changed no box's size, layout/same_sizes.py): the changes found by identity alone, without
    keying every value of a big chart again. None when it is any other layout."""
    if (
        layout.connectors is not base.connectors
        or layout.containers is not base.containers
        or len(layout.boxes) != len(base.boxes)
    ):
        return None
    renewed = [
        (was, box) for was, box in zip(base.boxes, layout.boxes, strict=True) if was is not box
    ]
    if any(was.post_id != box.post_id or was.is_summary or box.is_summary for was, box in renewed):
        return None
    put = {box.post_id: box for was, box in renewed if was != box}
    boxes = dict(before.boxes)
    boxes.update(put)
    after = Keyed(boxes, before.summaries, before.units, before.solid, before.dotted)
    return LayoutDelta(
        base,
        layout,
        after,
        Changed(put, ()),
        Changed({}, ()),
        Changed({}, ()),
        Changed({}, ()),
        Changed({}, ()),
    )
