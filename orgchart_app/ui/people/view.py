"""The People view, beside the compare view: the current structure's people on the left (cards
with outcome badges), the proposed structure's pools and posts on the right, and who still has no
outcome. Dragging a person onto a post slots them in, onto a pool puts them in it; each drop is
one undo step through the document, and a refusal is said in the status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain import PostholderId, PostId, ScenarioId
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Outcome
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Changes, Edit
from orgchart_app.edits.outcome_edits import proposal_batch
from orgchart_app.ui.dialogs.record_dialogs import outcome_details
from orgchart_app.ui.dialogs.record_form import RecordDialog
from orgchart_app.ui.people.board import Board, name_of, people_board, pool_edit, slot_edit
from orgchart_app.ui.people.choices import outcome_choices
from orgchart_app.ui.people.columns import BoardColumn
from orgchart_app.ui.people.drag import PersonDrag
from orgchart_app.ui.people.items import BoardItem, Look, PersonItem, PoolItem, PostItem
from orgchart_app.ui.people.pools import PoolActions
from orgchart_app.ui.window.document import DocumentController

# The tables whose change can alter a card: people, their outcomes, the pools.
PEOPLE_TABLES = frozenset({Table.POSTHOLDERS, Table.OUTCOMES, Table.POOLS})


def _titled(title: str, widget: QWidget) -> QWidget:
    frame = QWidget()
    box = QVBoxLayout(frame)
    box.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold; padding: 2px 4px;")
    label.setWordWrap(True)  # so the view never makes the window wider than it must be
    box.addWidget(label)
    box.addWidget(widget, 1)
    return frame


class PeopleView(QWidget):
    status = Signal(str)  # for the status bar

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_view")
        self._document = document
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setContentsMargins(6, 4, 6, 4)
        self.propose_button = QPushButton("Propose Outcomes")
        self.propose_button.setToolTip(
            "Propose an outcome for everyone affected who has none, from what the change does to "
            "their post (a similar post: a slot; more people than posts: a pool); each stays "
            "proposed until you confirm or change it"
        )
        self.people = BoardColumn("people_column")
        self.posts = BoardColumn("posts_column")
        self.without_outcome = QListWidget()
        self.without_outcome.setObjectName("without_outcome")
        self.without_outcome.setWordWrap(True)
        self.board: Board | None = None
        self.new_pool_button = QPushButton("New Pool")
        self.new_pool_button.setToolTip(
            "Ring-fence the proposed posts clicked (Ctrl+click for more) to a pool of people"
        )
        self.pools = PoolActions(document, self.posts, self)
        self.pool_menu = self.pools.pool_menu
        self.details_dialog: RecordDialog | None = None
        self._dirty = True
        splitter = QSplitter()
        splitter.addWidget(_titled("People now, and their outcomes", self.people))
        splitter.addWidget(_titled("Proposed pools and posts", self.posts))
        splitter.addWidget(_titled("Without an outcome", self.without_outcome))
        splitter.setSizes([370, 370, 240])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_pool_button)
        top.addWidget(self.propose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.propose_button.clicked.connect(self.propose)
        self.new_pool_button.clicked.connect(self.pools.new_pool)
        self.pools.status.connect(self.status)
        self.drag = PersonDrag(self.people, self.posts, self._on_drag_dropped, self._on_drag_menu)
        self.without_outcome.itemActivated.connect(self._on_without_outcome_item_activated)
        self.without_outcome.itemClicked.connect(self._on_without_outcome_item_activated)
        document.changed.connect(self._on_document_changed)
        document.compare_changed.connect(self._mark_dirty)
        document.reset.connect(self._mark_dirty)

    # --- showing -------------------------------------------------------------------------------
    def pair(self) -> tuple[ScenarioId, ScenarioId] | None:
        return self._document.compare

    def _on_document_changed(self, changes: Changes) -> None:
        if (
            changes.posts
            or changes.scenarios
            or changes.units
            or changes.other_tables & PEOPLE_TABLES
        ):
            self._mark_dirty()

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        pair = self.pair()
        proposal = self._document.proposal
        if pair is None or not all(s in proposal.scenarios for s in pair):
            self.board = None
            self.heading.setText("Compare two scenarios to see their people side by side.")
            self.people.show_blocks([])
            self.posts.show_blocks([])
            self.without_outcome.clear()
            return
        self.board = board = people_board(proposal, *pair)
        self.people.show_blocks(
            [(s.title, [PersonItem(c) for c in s.rows]) for s in board.people],
            f'Nobody is recorded in "{proposal.scenarios[pair[0]].name}".',
        )
        pools: list[tuple[str, list[BoardItem]]] = (
            [("Ring-fenced pools", [PoolItem(p) for p in board.pools])] if board.pools else []
        )
        self.posts.show_blocks(
            pools + [(s.title, [PostItem(t) for t in s.rows]) for s in board.posts]
        )
        self._show_without_outcome()
        self.heading.setText(self._heading())

    def _heading(self) -> str:
        assert self.board is not None and self.pair() is not None
        names = self._document.proposal.scenarios
        start, end = (html.escape(names[s].name) for s in self.pair() or ())
        count = sum(len(s.rows) for s in self.board.people)
        people = "1 person" if count == 1 else f"{count} people"
        waiting = len(self.board.without_outcome)
        return (
            f'<b>{people}</b> in "{start}", <b>{waiting} without an outcome</b> in '
            f'"{end}". Drag a person onto a post to slot them in, onto a pool to put them in it.'
        )

    def _show_without_outcome(self) -> None:
        assert self.board is not None
        self.without_outcome.clear()
        for card in self.board.without_outcome:
            item = QListWidgetItem(f"{card.name}\n{card.post}")
            item.setData(Qt.ItemDataRole.UserRole, card.person_id)
            self.without_outcome.addItem(item)
        if not self.board.without_outcome:
            self.without_outcome.addItem("Everyone affected has an outcome.")

    def _on_without_outcome_item_activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        card = self.people.cards.get((Look.PERSON, person_id)) if person_id else None
        if card is not None:
            self.people.scene().clearSelection()
            card.setSelected(True)
            self.people.ensureVisible(card)

    def propose(self) -> None:
        """Propose outcomes for those without one: one undo step, every outcome unconfirmed."""
        pair = self.pair()
        if pair is None:
            return
        proposed = propose_outcomes(self._document.proposal, *pair)
        if not proposed.outcomes:
            self.status.emit("Everyone the change affects has an outcome: nothing to propose.")
            return
        self._document.push(proposal_batch(proposed.pools, proposed.outcomes))

    # --- deciding ------------------------------------------------------------------------------
    def outcome_menu(self, person_id: PostholderId) -> QMenu:
        """The right click's menu on a person: confirm, decide another outcome, remove it."""
        menu = QMenu(self)
        pair = self.pair()
        if pair is None:
            return menu
        submenus: dict[str, QMenu] = {}
        for choice in outcome_choices(self._document.proposal, person_id, pair[1]):
            into = menu
            if choice.submenu:
                into = submenus.get(choice.submenu) or menu.addMenu(choice.submenu)
                submenus[choice.submenu] = into
            action = into.addAction(choice.label)
            action.setCheckable(choice.current)
            action.setChecked(choice.current)
            action.triggered.connect(lambda _=False, e=choice.edit: self._document.push(e))
        outcome = self._document.proposal.outcome_of(person_id, pair[1])
        if outcome is not None:
            menu.addSeparator()
            details = menu.addAction("Outcome &Details... (job match, leaving date, notes)")
            details.triggered.connect(lambda: self.details(outcome))
        return menu

    def details(self, outcome: Outcome) -> None:
        person = self._document.proposal.postholders[outcome.postholder_id]
        self.details_dialog = outcome_details(self._document, outcome, name_of(person), self)
        self.details_dialog.open()

    def _on_drag_menu(self, person_id: PostholderId, where: QPoint) -> None:
        self.outcome_menu(person_id).exec(where)

    def _on_drag_dropped(self, person_id: PostholderId, target: BoardItem) -> None:
        pair = self.pair()
        if pair is not None:
            self._document.push(self._drop_edit(person_id, target, pair[1]))

    def _drop_edit(self, person_id: PostholderId, target: BoardItem, to_id: ScenarioId) -> Edit:
        proposal = self._document.proposal
        if target.look is Look.POOL:
            return pool_edit(proposal, person_id, to_id, PoolId(target.key))
        return slot_edit(proposal, person_id, to_id, PostId(target.key))
