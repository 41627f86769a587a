"""Bringing a scene's items up to a new Layout: only the items whose values changed are touched.

After an edit most of a big chart's values are what they were (the layout keeps rows and blocks
where it can), so a sync that remade every item would cost the whole chart for a one-post change.
Which values changed is worked out beside the layout (layout.delta, on the worker for a big
chart); here each changed item is given its new value, and a line item whose lines changed is made
anew (its path is cheap to make, and an item's path never changes after).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Hashable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from orgchart_app.layout.delta import Changed, Lines
from orgchart_app.ui.canvas.line_items import ConnectorItem, DottedLineItem
from orgchart_app.ui.canvas.unit_items import UnitItem

Key = TypeVar("Key", bound=Hashable)
Item = TypeVar("Item", bound=QGraphicsItem)
Value = TypeVar("Value")


@dataclass(frozen=True, slots=True)
class SyncCount:
    """What the last sync did: items made, items given a new value, items taken away."""

    added: int = 0
    updated: int = 0
    removed: int = 0

    def __add__(self, other: SyncCount) -> SyncCount:
        return SyncCount(
            self.added + other.added, self.updated + other.updated, self.removed + other.removed
        )


def sync_items(
    scene: QGraphicsScene,
    items: dict[Key, Item],
    changed: Changed[Key, Value],
    make: Callable[[Value], Item],
    update: Callable[[Item, Value], None] | None = None,
) -> SyncCount:
    """`items` brought up to `changed`: gone ones removed, new ones made, changed ones updated
    (or, without `update`, made anew)."""
    steps = sync_steps(scene, items, changed, make, update)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            count: SyncCount = done.value
            return count


def sync_steps(
    scene: QGraphicsScene,
    items: dict[Key, Item],
    changed: Changed[Key, Value],
    make: Callable[[Value], Item],
    update: Callable[[Item, Value], None] | None = None,
) -> Generator[None, None, SyncCount]:
    """sync_items one item at a time: it pauses after each item, so that a big sync can be
    spread over several turns of the event loop (LayoutScene); it returns what it did."""
    # Every item taken out before any is put in: a scene indexing its items rebuilds its index
    # on the first addition after a removal, so interleaved they cost milliseconds each.
    for key in changed.gone:
        gone = items.pop(key, None)
        if gone is not None:
            _remove(scene, gone)
        yield
    added = updated = 0
    made: list[tuple[Key, Value]] = []
    for key, value in changed.put.items():
        item = items.get(key)
        if item is not None and update is not None:
            update(item, value)
            updated += 1
            yield
        elif item is not None:
            _remove(scene, item)
            updated += 1
            made.append((key, value))
        else:
            added += 1
            made.append((key, value))
    for key, value in made:
        items[key] = item = make(value)
        scene.addItem(item)
        if isinstance(item, UnitItem):
            scene.addItem(item.title)
        yield
    return SyncCount(added, updated, len(changed.gone))


def _remove(scene: QGraphicsScene, item: QGraphicsItem) -> None:
    scene.removeItem(item)
    if isinstance(item, UnitItem):
        scene.removeItem(item.title)


def solid_item(lines: Lines) -> ConnectorItem:
    return ConnectorItem(list(lines))


def dotted_item(lines: Lines) -> DottedLineItem:
    return DottedLineItem(lines[0])
