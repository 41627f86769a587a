"""A person's card dragged from the people column onto a card of the posts column: the press,
the moves (the target under the pointer lit, the column scrolled near its edges) and the release
that hands over the person and the target. No QDrag: the columns are ours, so the press's mouse
grab carries the whole gesture, and a test drives it with plain mouse events."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import PostholderId
from orgchart_app.ui.people.columns import BoardColumn
from orgchart_app.ui.people.items import BoardItem, PersonItem, PoolItem, PostItem

Dropped = Callable[[PostholderId, BoardItem], None]
MenuWanted = Callable[[PostholderId, QPoint], None]
WATCHED = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
    }
)


class PersonDrag(QObject):
    def __init__(
        self, people: BoardColumn, posts: BoardColumn, dropped: Dropped, menu: MenuWanted
    ) -> None:
        super().__init__(people)
        self._people = people
        # Kept, not asked for on each event: events still come while the column is destroyed.
        self._viewport = people.viewport()
        self._posts = posts
        self._dropped = dropped
        self._menu = menu
        self._pressed: tuple[PostholderId, QPoint] | None = None
        self._over: BoardItem | None = None
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in WATCHED or watched is not self._viewport:
            return False
        if isinstance(event, QContextMenuEvent):
            card = self._people.card_at(event.pos())
            if isinstance(card, PersonItem):
                self._menu(PostholderId(card.key), event.globalPos())
                return True
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            return self._on_press(event)
        if self._pressed is not None and kind == QEvent.Type.MouseMove:
            self._on_move(event)
            return True
        if self._pressed is not None and kind == QEvent.Type.MouseButtonRelease:
            self._on_release()
            return True
        return False

    def _on_press(self, event: QMouseEvent) -> bool:
        card = self._people.card_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not isinstance(card, PersonItem):
            return False
        self._pressed = (PostholderId(card.key), event.position().toPoint())
        return True

    def _on_move(self, event: QMouseEvent) -> None:
        assert self._pressed is not None
        moved = event.position().toPoint() - self._pressed[1]
        if moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._viewport.setCursor(Qt.CursorShape.ClosedHandCursor)
        target_view = self._posts.viewport()
        point = target_view.mapFromGlobal(event.globalPosition().toPoint())
        target = None
        if target_view.rect().contains(point):
            self._posts.scroll_near_edge(point)
            target = self._posts.card_at(point)
        self._highlight(target if isinstance(target, PostItem | PoolItem) else None)

    def _on_release(self) -> None:
        assert self._pressed is not None
        person_id, target = self._pressed[0], self._over
        self._pressed = None
        self._highlight(None)
        self._viewport.unsetCursor()
        if target is not None:
            self._dropped(person_id, target)

    def _highlight(self, card: BoardItem | None) -> None:
        if self._over is not None and self._over is not card:
            self._over.set_highlighted(False)
        self._over = card
        if card is not None:
            card.set_highlighted(True)
