"""Drag and drop of posts on the canvas: what a drop means, and the gesture that makes it one undo step.

A drop is decided by what is under the cursor (edits/moves.py says what a move means to HR):
- a post (or a collapsed team's summary box): the dragged posts report to it and join its unit;
- a unit container: the posts, with their branches, move into it and report to its head;
- a container of another organisation: they are also deployed there.
Modifiers on release: Shift employs them there instead of deploying; Ctrl keeps their current
line manager; Alt moves the post only (its reports stay, under its manager). Without Ctrl, a
drop into a team that would change the posts' manager asks first (if the window gave a
question: it remembers "Don't ask again").
The drop is tried on a copy of the proposal while the cursor moves, so the target highlights
green or red and the hint says why; on release the same edit is pushed to the document, once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart_app.domain import EditRefused, Post, PostId, Proposal, UnitId
from orgchart_app.ui.canvas import style
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.painting import Z_DRAGGED
from orgchart_app.ui.canvas.scene import LayoutScene
from orgchart_app.ui.canvas.unit_items import UnitItem
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit
    from orgchart_app.edits.moves import MoveOptions

__all__ = [
    "DropFeedback",
    "DropPlan",
    "KeepQuestion",
    "PostDrag",
    "drop_edit",
    "move_options",
    "plan_drop",
]

Modifier = Qt.KeyboardModifier
MODIFIER_HINT = " (Shift: employ there; Ctrl: keep the current manager; Alt: this post only)"
# (the posts moving, the team's head, their current manager) -> keep the manager? None: cancel.
KeepQuestion = Callable[[str, str, str], bool | None]


def move_options(modifiers: Qt.KeyboardModifier) -> MoveOptions:
    from orgchart_app.edits.moves import MoveOptions  # noqa: PLC0415 - the edits load when first made

    return MoveOptions(
        change_employer=bool(modifiers & Modifier.ShiftModifier),
        keep_manager=bool(modifiers & Modifier.ControlModifier),
        post_only=bool(modifiers & Modifier.AltModifier),
    )


@dataclass(frozen=True, slots=True)
class DropPlan:
    edit: Edit | None
    # What the drop would do ("Make ... report to ...") or why it is refused.
    description: str
    allowed: bool


def drop_edit(
    proposal: Proposal,
    posts: tuple[PostId, ...],
    manager_id: PostId | None,
    unit_id: UnitId | None,
    options: MoveOptions | None = None,
) -> Edit | None:
    """The edit a drop onto a post (manager_id) or a container (unit_id) makes; None: no target."""
    from orgchart_app.edits.moves import MoveOptions, move_edit  # noqa: PLC0415 - the edits load when first made

    return move_edit(
        proposal, posts, manager_id=manager_id, unit_id=unit_id, options=options or MoveOptions()
    )


def plan_drop(
    proposal: Proposal,
    posts: tuple[PostId, ...],
    manager_id: PostId | None,
    unit_id: UnitId | None,
    options: MoveOptions | None = None,
) -> DropPlan:
    """Try the drop on a copy of the proposal: would it be refused, and why?"""
    from orgchart_app.edits import apply_edit  # noqa: PLC0415 - the edits load when first made

    if not posts:
        return DropPlan(None, "", False)
    edit = drop_edit(proposal, posts, manager_id, unit_id, options)
    if edit is None:
        return DropPlan(
            None, "Drop onto a post to change the line manager, or onto a unit to move.", False
        )
    try:
        applied = apply_edit(proposal.copy(), edit)
    except EditRefused as refusal:
        return DropPlan(edit, str(refusal), False)
    return DropPlan(edit, applied.name, True)


class DragGhost(QGraphicsItem):
    """Outlines of the dragged cards, following the cursor."""

    def __init__(self, rects: list[QRectF]) -> None:
        super().__init__()
        self._rects = rects
        self._bounds = QRectF()
        for rect in rects:
            self._bounds = self._bounds.united(rect)
        self.setZValue(Z_DRAGGED)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill = QColor(style.SELECTION)
        fill.setAlphaF(0.18)
        painter.setPen(QPen(style.SELECTION, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        for rect in self._rects:
            painter.drawRect(rect)


class DropFeedback:
    """What every drag on the chart shows: a ghost following the cursor, the target lit up."""

    _scene: LayoutScene
    _ghost: DragGhost
    _target: PostItem | UnitItem | None

    def cancel(self) -> None:
        self._highlight(None)
        if self._ghost.scene() is not None:
            self._scene.removeItem(self._ghost)

    def _highlight(self, state: bool | None) -> None:
        if self._target is not None and self._target.scene() is not None:
            self._target.set_drop_state(state)


class PostDrag(DropFeedback):
    """One drag of the selected posts, from press to release; pushes at most one edit."""

    def __init__(
        self,
        scene: LayoutScene,
        document: DocumentController,
        posts: tuple[PostId, ...],
        start: QPointF,
        hint: Callable[[str], None],
        keep_question: KeepQuestion | None = None,
    ) -> None:
        from orgchart_app.edits.moves import top_level  # noqa: PLC0415 - the edits load when first made

        self._scene = scene
        self._keep_question = keep_question
        self._document = document
        self.posts = top_level(document.proposal, posts)
        self._start = start
        self._hint = hint
        self._target: PostItem | UnitItem | None = None
        self._key: tuple[object, ...] | None = None
        self._plan = DropPlan(None, "", False)
        self._ghost = DragGhost(
            [scene.posts[p].sceneBoundingRect() for p in posts if p in scene.posts]
        )
        scene.addItem(self._ghost)

    def move(self, position: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        from orgchart_app.edits.moves import MoveOptions  # noqa: PLC0415 - the edits load when first made

        self._ghost.setPos(position - self._start)
        post = self._scene.post_at(position)
        unit = None if post is not None else self._scene.unit_at(position)
        target: PostItem | UnitItem | None = post or unit
        options = move_options(modifiers)
        key = (id(target), options)
        if key == self._key:
            return
        self._key = key
        self._highlight(None)
        self._target = target
        self._plan = plan_drop(
            self._document.proposal,
            self.posts,
            PostId(post.post_id) if post else None,
            UnitId(unit.unit_id) if unit else None,
            options,
        )
        self._highlight(self._plan.allowed)
        prefix = "Drop to: " if self._plan.allowed else "Cannot drop here: "
        text = prefix + self._plan.description if self._plan.description else ""
        if self._plan.allowed and options == MoveOptions():
            text += MODIFIER_HINT
        self._hint(text)

    def finish(self, position: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        """Drop: push the edit (refusals are reported by the document); True if it was applied."""
        self.move(position, modifiers)
        self.cancel()
        edit = self._plan.edit
        if edit is not None and self._plan.allowed and not move_options(modifiers).keep_manager:
            edit = self._with_manager_choice(edit, modifiers)
        if edit is None:
            return False
        return self._document.push(edit) is not None

    def _with_manager_choice(self, edit: Edit, modifiers: Qt.KeyboardModifier) -> Edit | None:
        """A drop into a team, where the team's head would become the manager, asks first:
        the edit to push (the head's, or the one keeping the manager), None if cancelled."""
        from orgchart_app.edits.moves import team_head  # noqa: PLC0415 - the edits load when first made

        unit = self._target if isinstance(self._target, UnitItem) else None
        if unit is None or self._keep_question is None:
            return edit
        proposal, unit_id = self._document.proposal, UnitId(unit.unit_id)
        keeping = plan_drop(
            proposal, self.posts, None, unit_id, replace(move_options(modifiers), keep_manager=True)
        )
        head = team_head(proposal, unit_id, frozenset(self.posts))
        managers = {proposal.posts[p].reports_to_id for p in self.posts}
        current = next(iter(managers)) if len(managers) == 1 else None
        if not keeping.allowed or keeping.edit == edit or head is None or None in managers:
            return edit
        answer = self._keep_question(
            _titled(proposal, self.posts),
            _named(proposal.posts[head]),
            _named(proposal.posts[current]) if current is not None else "their managers",
        )
        if answer is None:
            return None
        return keeping.edit if answer else edit


def _named(post: Post) -> str:
    """A post as the question names it: titles repeat across teams, references do not."""
    return f"{post.title} ({post.post_ref})"


def _titled(proposal: Proposal, posts: tuple[PostId, ...]) -> str:
    return f'"{proposal.posts[posts[0]].title}"' if len(posts) == 1 else f"{len(posts)} posts"
