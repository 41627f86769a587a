"""Keeping the user's place across a relayout: the posts an edit touched stay where they were on screen.

Before the new layout is shown the view notes where some posts are on screen (anchors, best
first); once it is shown it scrolls so that the first anchor still drawn is back at its place.
For a post that changed manager the anchor is its new manager (the drop target stays under the
pointer and the post appears beneath it); for any other edit, the post itself; failing those,
the selection, then the post nearest the middle of the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsView

from orgchart_app.domain import PostId
from orgchart_app.edits import Changes
from orgchart_app.layout.model import ConnectorKind
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.scene import ChartScene


def anchors_on_screen(view: QGraphicsView, changes: Changes) -> list[tuple[PostId, QPointF]]:
    scene = view.scene()
    assert isinstance(scene, ChartScene)
    drawn = scene.posts
    candidates = [
        *_touched(scene, changes),
        *scene.document.selection,
        *_nearest_middle(view, scene),
    ]
    # Where the picture on screen has them: during a sliced sync that is the layout shown,
    # while the items are half way to the next one.
    shown = scene.layout.box_index() if scene.layout is not None else {}
    return [
        (post, view.mapFromScene(QPointF(box.rect.x, box.rect.y)).toPointF())
        for post in dict.fromkeys(candidates)
        if post in drawn and (box := shown.get(post)) is not None
    ]


def keep_in_place(view: QGraphicsView, anchors: list[tuple[PostId, QPointF]]) -> None:
    scene = view.scene()
    assert isinstance(scene, ChartScene)
    for post, was in anchors:
        item = scene.posts.get(post)
        if item is None:
            continue
        drift = view.mapFromScene(item.pos()).toPointF() - was  # its box's corner, as above
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + round(drift.x()))
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + round(drift.y()))
        return


def _touched(scene: ChartScene, changes: Changes) -> list[PostId]:
    """The edited posts, the selected first; a post whose manager changed stands for its new manager."""
    proposal, layout = scene.document.proposal, scene.layout
    edited = set(changes.posts)
    # Only the edited posts' lines: a dict of all 10,000 cost the GUI thread 2 to 6 ms an edit.
    drawn_managers = {
        c.to_post_id: c.from_post_id
        for c in (layout.connectors if layout and edited else ())
        if c.to_post_id in edited and c.kind is ConnectorKind.REPORTS_TO
    }
    selected = set(scene.document.selection)
    found: list[PostId] = []
    for post_id in sorted(changes.posts, key=lambda p: p not in selected):
        post = proposal.posts.get(post_id)
        if post is None:
            continue
        manager = post.reports_to_id
        moved = manager is not None and drawn_managers.get(post_id) != manager
        found.append(manager if moved and manager is not None else post_id)
    return found


def _nearest_middle(view: QGraphicsView, scene: ChartScene) -> list[PostId]:
    middle = view.mapToScene(view.viewport().rect().center())
    items = scene.items(view.mapToScene(view.viewport().rect()).boundingRect())
    posts = [i for i in items if isinstance(i, PostItem) and not i.box.is_summary]
    best = min(
        posts,
        key=lambda i: (i.sceneBoundingRect().center() - middle).manhattanLength(),
        default=None,
    )
    return [PostId(best.post_id)] if best is not None else []
