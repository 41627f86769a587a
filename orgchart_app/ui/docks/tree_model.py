"""StructureTreeModel: one scenario as organisations > units > posts, for the structure dock."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from orgchart_app.domain import (
    Post,
    PostId,
    PostStatus,
    Proposal,
    ScenarioId,
    Unit,
    UnitId,
    UnitKind,
)

POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex
# A unit dragged within the tree: its id, as text.
UNIT_MIME_TYPE = "application/x-orgchart-unit"


def dragged_unit(mime: QMimeData | None) -> UnitId | None:
    if mime is None or not mime.hasFormat(UNIT_MIME_TYPE):
        return None
    text = bytes(mime.data(UNIT_MIME_TYPE).data()).decode("ascii", "replace")
    return UnitId(int(text)) if text.isdigit() else None


def post_text(post: Post) -> str:
    parts = [post.title]
    if post.quantity > 1:
        parts.append(f"x {post.quantity}")
    if post.grade:
        parts.append(f"({post.grade})")
    if post.status is not PostStatus.FILLED:
        parts.append(f"- {post.status.label.lower()}")
    return " ".join(parts)


def post_tip(post: Post) -> str:
    return f"{post_text(post)}\n{post.post_ref}"


def unit_text(unit: Unit) -> str:
    return unit.name if unit.kind is UnitKind.ORGANISATION else f"{unit.name}  [{unit.kind.label}]"


class StructureTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(["Structure"])
        self._post_items: dict[PostId, QStandardItem] = {}
        self._unit_items: dict[UnitId, QStandardItem] = {}
        self.scenario_id: ScenarioId | None = None

    def rebuild(self, proposal: Proposal, scenario_id: ScenarioId | None) -> None:
        self.removeRows(0, self.rowCount())
        self._post_items.clear()
        self._unit_items.clear()
        self.scenario_id = scenario_id
        if scenario_id is None:
            return
        units = proposal.units_in(scenario_id)
        for unit in units:
            self._unit_items[unit.id] = self._unit_item(unit)
        # A unit's own posts (its head first) come before its sub-units, as on the chart.
        for post in proposal.posts_in(scenario_id):
            item = self._post_item(post)
            self._post_items[post.id] = item
            unit_item = self._unit_items.get(post.unit_id)
            (unit_item or self.invisibleRootItem()).appendRow(item)
        for unit in units:
            parent = self._unit_items.get(unit.parent_id) if unit.parent_id else None
            (parent or self.invisibleRootItem()).appendRow(self._unit_items[unit.id])

    def update_posts(self, proposal: Proposal, post_ids: Iterable[PostId]) -> bool:
        """Refresh the named posts' rows in place; False when the tree's shape changed instead."""
        for post_id in post_ids:
            post = proposal.posts.get(post_id)
            item = self._post_items.get(post_id)
            if item is None or post is None:
                if item is not None or (post is not None and post.scenario_id == self.scenario_id):
                    return False
                continue
            if item.parent() is not self._unit_items.get(post.unit_id):
                return False
            item.setText(post_text(post))
            item.setToolTip(post_tip(post))
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [UNIT_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        """The first unit among `indexes` (the view drags only unit rows)."""
        mime = QMimeData()
        unit_id = next((u for index in indexes if (u := self.unit_id(index)) is not None), None)
        if unit_id is not None:
            mime.setData(UNIT_MIME_TYPE, str(int(unit_id)).encode("ascii"))
        return mime

    def post_index(self, post_id: PostId) -> QModelIndex:
        item = self._post_items.get(post_id)
        return item.index() if item is not None else QModelIndex()

    def unit_index(self, unit_id: UnitId) -> QModelIndex:
        item = self._unit_items.get(unit_id)
        return item.index() if item is not None else QModelIndex()

    @staticmethod
    def post_id(index: ModelIndex) -> PostId | None:
        value = index.data(POST_ID_ROLE)
        return PostId(value) if value is not None else None

    @staticmethod
    def unit_id(index: ModelIndex) -> UnitId | None:
        value = index.data(UNIT_ID_ROLE)
        return UnitId(value) if value is not None else None

    def _unit_item(self, unit: Unit) -> QStandardItem:
        item = QStandardItem(unit_text(unit))
        item.setToolTip(unit.name)
        item.setEditable(False)
        item.setData(int(unit.id), UNIT_ID_ROLE)
        item.setDragEnabled(unit.kind is not UnitKind.ORGANISATION)
        if unit.kind is UnitKind.ORGANISATION:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _post_item(self, post: Post) -> QStandardItem:
        item = QStandardItem(post_text(post))
        item.setEditable(False)
        item.setDragEnabled(False)  # posts are dragged on the chart
        item.setToolTip(post_tip(post))
        item.setData(int(post.id), POST_ID_ROLE)
        return item
