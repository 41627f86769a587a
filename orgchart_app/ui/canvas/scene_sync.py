"""Bringing a scene's items up to a new Layout: only the items whose values changed are touched.

After an edit most of a big chart's values are what they were (the layout keeps rows and blocks
where it can), so a sync that remade every item would cost the whole chart for a one-post change.
Items are kept by their value's key (a post, a unit, a manager's lines of one kind, a dotted line);
one whose value is equal is left alone, and a line item whose lines changed is made anew (its path
is cheap to make, and an item's path never changes after).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from orgchart_app.layout.model import Connector, ConnectorKind
from orgchart_app.ui.canvas.line_items import ConnectorItem, connector_groups
from orgchart_app.ui.canvas.unit_items import UnitItem

Key = TypeVar("Key", bound=Hashable)
Item = TypeVar("Item", bound=QGraphicsItem)
Value = TypeVar("Value")
LineKey = tuple[int, ConnectorKind]  # a manager's solid lines of one kind


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
    values: Mapping[Key, Value],
    make: Callable[[Value], Item],
    current: Callable[[Item], Value],
    update: Callable[[Item, Value], None] | None = None,
) -> SyncCount:
    """`items` made to match `values`: gone ones removed, new ones made, changed ones updated
    (or, without `update`, made anew)."""
    removed = [key for key in items if key not in values]
    for key in removed:
        _remove(scene, items.pop(key))
    added = updated = 0
    for key, value in values.items():
        item = items.get(key)
        if item is not None and current(item) == value:
            continue
        if item is not None and update is not None:
            update(item, value)
            updated += 1
            continue
        if item is not None:
            _remove(scene, item)
            updated += 1
        else:
            added += 1
        items[key] = item = make(value)
        scene.addItem(item)
        if isinstance(item, UnitItem):
            scene.addItem(item.title)
    return SyncCount(added, updated, len(removed))


def _remove(scene: QGraphicsScene, item: QGraphicsItem) -> None:
    scene.removeItem(item)
    if isinstance(item, UnitItem):
        scene.removeItem(item.title)


def solid_groups(connectors: tuple[Connector, ...]) -> dict[LineKey, list[Connector]]:
    """Line management by manager and kind: what one ConnectorItem draws."""
    solid = tuple(c for c in connectors if c.line_id is None)
    return {(group[0].from_post_id, group[0].kind): group for group in connector_groups(solid)}


def lines_of(item: ConnectorItem) -> list[Connector]:
    return item.connectors
