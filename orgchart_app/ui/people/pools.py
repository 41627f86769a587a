"""The People view's pools: a new one from the proposed posts clicked, and a pool card's menu
(close it, so those not placed from it become at risk; remove it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from orgchart_app.domain import PostId
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Pool
from orgchart_app.edits import ClosePool, PutPool, RemovePool
from orgchart_app.ui.dialogs.prompts import AskText
from orgchart_app.ui.dialogs.record_dialogs import pool_details
from orgchart_app.ui.dialogs.record_form import RecordDialog
from orgchart_app.ui.people.columns import BoardColumn
from orgchart_app.ui.people.items import PoolItem, PostItem
from orgchart_app.ui.window.document import DocumentController


def next_pool_name(taken: set[str]) -> str:
    """Pool A, Pool B, ...: the first not taken in the proposed structure."""
    letters = (chr(ord("A") + n) for n in range(26))
    return next((f"Pool {c}" for c in letters if f"Pool {c}" not in taken), "New pool")


class PoolActions(QObject):
    status = Signal(str)

    def __init__(self, document: DocumentController, posts: BoardColumn, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._posts = posts
        self._parent = parent
        self.details_dialog: RecordDialog | None = None
        posts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        posts.customContextMenuRequested.connect(self._on_posts_context_menu_requested)
        # The column keeps its scene through every rebuild, so this holds.
        posts.scene().selectionChanged.connect(self._on_scene_selection_changed)

    def chosen_posts(self) -> tuple[PostId, ...]:
        items = self._posts.scene().selectedItems()
        return tuple(PostId(i.key) for i in items if isinstance(i, PostItem))

    def new_pool(self) -> None:
        pair = self._document.compare
        posts = self.chosen_posts()
        if pair is None or not posts:
            self.status.emit(
                "Click the proposed posts to ring-fence (Ctrl+click for more), then New Pool."
            )
            return
        taken = {p.name for p in self._document.proposal.pools_for(pair[1])}
        name = AskText.ask(
            self._parent,
            "New Pool",
            f"A name for the pool of the {len(posts)} posts chosen:",
            next_pool_name(taken),
        )
        if name:
            self._document.push(PutPool(Pool(PoolId(0), pair[1], name, posts)))

    def pool_menu(self, pool_id: PoolId) -> QMenu:
        menu = QMenu(self._parent)
        push = self._document.push
        details = menu.addAction("Pool &Details... (selection, interview date, notes)")
        details.triggered.connect(lambda: self.details(pool_id))
        close = menu.addAction("Close Pool: those not placed from it become at risk")
        close.triggered.connect(lambda: push(ClosePool(pool_id)))
        remove = menu.addAction("Remove Pool (its people are left without an outcome)")
        remove.triggered.connect(lambda: push(RemovePool(pool_id)))
        return menu

    def details(self, pool_id: PoolId) -> None:
        pool = self._document.proposal.pools[pool_id]
        self.details_dialog = pool_details(self._document, pool, self._parent)
        self.details_dialog.open()

    def _on_posts_context_menu_requested(self, point: QPoint) -> None:
        card = self._posts.card_at(point)
        if isinstance(card, PoolItem):
            self.pool_menu(PoolId(card.key)).exec(self._posts.viewport().mapToGlobal(point))

    def _on_scene_selection_changed(self) -> None:
        chosen = self.chosen_posts()
        if chosen:  # emptied by a rebuild too: the document's selection stays then
            self._document.select(chosen)
