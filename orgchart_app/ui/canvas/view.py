"""ChartView: the editable canvas of the document's current scenario.

On top of ChartPane's zoom, pan and selection it adds dragging posts (interactions.py) and units
by their titles (unit_drag.py), keyboard
moves (navigation.py), Enter to edit, Delete to delete, double-click to collapse or expand a team,
and keeps the posts a drop moved visible and selected once the chart has been laid out again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from orgchart_app.domain import PostId, ScenarioId, UnitId
from orgchart_app.domain.wording import count_text
from orgchart_app.edits import Changes
from orgchart_app.layout.options import ENGINES
from orgchart_app.ui.canvas.anchors import anchors_on_screen, keep_in_place
from orgchart_app.ui.canvas.interactions import KeepQuestion, PostDrag
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.line_draw import HINT as LINE_HINT
from orgchart_app.ui.canvas.line_draw import LineDraw
from orgchart_app.ui.canvas.navigation import Direction, neighbour
from orgchart_app.ui.canvas.overview import Overview
from orgchart_app.ui.canvas.pane import RUBBER_BAND_MODIFIERS, ChartPane
from orgchart_app.ui.canvas.remote_marks import RemoteMarks
from orgchart_app.ui.canvas.scene import ChartScene, LayoutFunction
from orgchart_app.ui.canvas.unit_drag import UnitDrag
from orgchart_app.ui.canvas.unit_items import UnitItem
from orgchart_app.ui.window.document import DocumentController

# By key code: QKeyEvent.key() gives a plain int.
_ARROWS: dict[int, Direction] = {
    Qt.Key.Key_Up.value: Direction.UP,
    Qt.Key.Key_Down.value: Direction.DOWN,
    Qt.Key.Key_Left.value: Direction.LEFT,
    Qt.Key.Key_Right.value: Direction.RIGHT,
}


class ChartView(ChartPane):
    edit_requested = Signal(int)  # PostId: the window shows it in the properties dock
    # A line for the status bar: what a drop would do, why it is refused, layout progress.
    hint = Signal(str)

    def __init__(
        self,
        document: DocumentController,
        parent: QWidget | None = None,
        layout_function: LayoutFunction | None = None,
    ) -> None:
        self.document = document
        super().__init__(ChartScene(document, None, layout_function), parent)
        self.chart: ChartScene
        self.chart.setParent(self)
        self._drag: PostDrag | None = None
        self._pressed_unit: UnitItem | None = None
        self._unit_drag: UnitDrag | None = None
        # The toolbar's Draw Dotted Line mode: a press on a post starts a line, not a move.
        self.drawing_lines = False
        # Asked before a drop into a team changes a post's manager (the window sets it).
        self.keep_manager_question: KeepQuestion | None = None
        self._line: LineDraw | None = None
        self._press_at = QPointF()
        self._reveal: tuple[PostId, ...] = ()
        # The proposal and scenario the opening view was arranged for: a new one gets its own,
        # an edit keeps the zoom and the place (the first edit after opening once reset both).
        self._arranged_for: tuple[object, ScenarioId] | None = None
        self._anchors: list[tuple[PostId, QPointF]] = []
        self._followed: tuple[PostId, ...] = ()
        self.chart.layout_shown.connect(self._on_chart_layout_shown)
        # Team mode: a colleague's edit is marked on the posts it changed, for a moment.
        self.remote_marks = RemoteMarks(document, self.chart)
        self.chart.relayout_starting.connect(self._on_chart_relayout_starting)
        self.chart.failed.connect(self.hint)
        self.chart.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.post_double_clicked.connect(self._on_post_double_clicked)
        document.selection_changed.connect(self._on_document_selection_changed)
        document.unit_selected.connect(self._on_document_unit_selected)
        self.overview = Overview(self)
        self._on_chart_layout_shown()

    @property
    def busy(self) -> bool:
        """A layout is being computed or its items brought up to it (a screenshot should wait
        for `chart.layout_shown`)."""
        return self.chart.runner.busy or self.chart.syncing

    # --- the window's commands -----------------------------------------------------------------
    def collapse_all(self) -> None:
        """Show the top two levels: every manager below a head is collapsed into a summary box."""
        proposal, scenario = self.document.proposal, self.document.scenario_id
        managers = {
            p.reports_to_id
            for p in proposal.posts.values()
            if p.scenario_id == scenario and p.reports_to_id is not None
        }
        self.chart.set_collapsed(m for m in managers if proposal.posts[m].reports_to_id is not None)

    def expand_all(self) -> None:
        self.chart.set_collapsed(())

    def set_engine(self, name: str) -> None:
        if name not in ENGINES:
            raise ValueError(f"Unknown layout engine {name!r} (known: {', '.join(ENGINES)}).")
        if name != self.chart.engine:
            self.chart.engine = name
            self.chart.relayout()

    def set_highlight_assumed(self, on: bool) -> None:
        if on != self.chart.highlight_assumed:
            self.chart.highlight_assumed = on
            self.chart.relayout()

    def toggle_collapsed(self, post_id: PostId) -> None:
        self.chart.set_collapsed(self.chart.collapsed ^ {post_id})

    # --- dragging ------------------------------------------------------------------------------
    def start_line_from(self, post_id: PostId) -> None:
        """Draw a dotted line from the post: the next click on another post ends it."""
        if self._line is not None:
            self._line.cancel()
        self._line = LineDraw(self.chart, post_id)
        self.hint.emit(LINE_HINT)

    def _line_gesture(self, at: QPointF, pressed: bool) -> bool:
        """A press or release that draws a dotted line; True when it was one."""
        if self._line is None and pressed and self.drawing_lines:
            post = self.chart.post_at(at)
            if post is not None and not post.box.is_summary:
                self.start_line_from(PostId(post.post_id))
                return True
        if self._line is None:
            return False
        if self._line.finish(at) is not None:
            self._line = None
            self.hint.emit("")
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.chart.finish_sync()  # the user points at the picture on screen: make it the items'
        self._press_at = event.position()
        at = self.mapToScene(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self._line_gesture(at, pressed=True):
            return
        self._pressed_unit = None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & RUBBER_BAND_MODIFIERS
            and self.chart.post_at(at) is None
        ):
            self._pressed_unit = self.chart.unit_title_at(at)
        if self._pressed_unit is None:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._line is not None:
            self._line.move(self.mapToScene(event.position().toPoint()))
            return
        if self._pressed_unit is not None:
            self._move_unit(event)
            return
        post = self._pressed_post
        if (
            self._drag is None
            and post is not None
            and not post.box.is_summary
            and (event.buttons() & Qt.MouseButton.LeftButton)
            and (
                (event.position() - self._press_at).manhattanLength()
                >= QApplication.startDragDistance()
            )
        ):
            self._drag = PostDrag(
                self.chart,
                self.document,
                self.chart.selected_post_ids(),
                self.mapToScene(self._press_at.toPoint()),
                self.hint.emit,
                self.keep_manager_question,
            )
        if self._drag is not None:
            self._scroll_near_edge(event.position().toPoint())
            self._drag.move(self.mapToScene(event.position().toPoint()), event.modifiers())
            return
        super().mouseMoveEvent(event)

    def _scroll_near_edge(self, at: QPoint) -> None:
        """Dragging close to an edge scrolls that way, so a post can travel across a big chart."""
        area, margin, step = self.viewport().rect(), 24, 16
        dx = -step if at.x() < margin else step if at.x() > area.width() - margin else 0
        dy = -step if at.y() < margin else step if at.y() > area.height() - margin else 0
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def _move_unit(self, event: QMouseEvent) -> None:
        if (
            self._unit_drag is None
            and self._pressed_unit is not None
            and (event.position() - self._press_at).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._unit_drag = UnitDrag(
                self.chart,
                self.document,
                self._pressed_unit,
                self.mapToScene(self._press_at.toPoint()),
                self.hint.emit,
            )
        if self._unit_drag is not None:
            self._scroll_near_edge(event.position().toPoint())
            self._unit_drag.move(self.mapToScene(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._line is not None and self._line_gesture(
            self.mapToScene(event.position().toPoint()), pressed=False
        ):
            return
        if self._pressed_unit is not None:
            unit_drag, self._unit_drag, self._pressed_unit = self._unit_drag, None, None
            if unit_drag is None:
                self.chart.clearSelection()  # a click on a title, as on empty space
            else:
                unit_drag.finish(self.mapToScene(event.position().toPoint()))
            return
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        drag, self._drag, self._pressed_post = self._drag, None, None
        self._reveal = drag.posts
        if not drag.finish(self.mapToScene(event.position().toPoint()), event.modifiers()):
            self._reveal = ()

    def _on_chart_layout_shown(self) -> None:
        layout = self.chart.layout
        if (
            layout is not None and layout.notices
        ):  # e.g. Graphviz missing: the compact layout instead
            self.hint.emit(" ".join(layout.notices))
        anchors, self._anchors = self._anchors, []
        if layout is not None and anchors:
            keep_in_place(self, anchors)
            self.ensure_posts_visible(self._followed)
        if self._reveal:
            revealed, self._reveal = self._reveal, ()
            self.document.select(revealed)
            self.ensure_posts_visible(revealed)
        if layout is not None and not self._arranged(layout.scenario_id):
            self._arranged_for = (self.document.proposal, layout.scenario_id)
            self.request_start_view()

    def _arranged(self, scenario_id: ScenarioId) -> bool:
        """Whether the opening view was arranged for this proposal and scenario already."""
        return (
            self._arranged_for is not None
            and self._arranged_for[0] is self.document.proposal
            and self._arranged_for[1] == scenario_id
        )

    def _on_chart_relayout_starting(self, changes: Changes) -> None:
        self._anchors = anchors_on_screen(self, changes)
        # The view follows the posts edited (the first, to keep it a small scroll) where they go.
        self._followed = tuple(p for p in changes.posts if p in self.document.proposal.posts)[:1]

    # --- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        from orgchart_app.edits import DeletePost, RemoveDottedLine  # noqa: PLC0415 - the edits load when first made

        self.chart.finish_sync()  # keys move the selection among the items as they will stand
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        selection = self.document.selection
        if key == Qt.Key.Key_Escape and (self._drag or self._unit_drag or self._line) is not None:
            for drag in (self._drag, self._unit_drag, self._line):
                if drag is not None:
                    drag.cancel()
            self._drag = self._unit_drag = self._line = self._pressed_post = self._pressed_unit = (
                None
            )
            self.hint.emit("")
        elif key in _ARROWS and not ctrl:
            self._move_selection(_ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selection:
            self.edit_requested.emit(selection[-1])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selection:
            self.document.push(DeletePost(selection))
        elif (
            key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.document.selected_line is not None
        ):
            self.document.push(RemoveDottedLine(self.document.selected_line))
        elif ctrl and key == Qt.Key.Key_Z:
            stack = self.document.undo_stack
            stack.redo() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else stack.undo()
        else:
            super().keyPressEvent(event)

    def _move_selection(self, direction: Direction) -> None:
        layout, selection = self.chart.layout, self.document.selection
        if layout is None:
            return
        if not selection:
            first = min(
                (b for b in layout.boxes if not b.is_summary),
                key=lambda b: (b.rect.y, b.rect.x),
                default=None,
            )
            target = first.post_id if first else None
        else:
            target = neighbour(self.document.proposal, layout, selection[-1], direction)
        if target is not None:
            self.document.select((target,))
            self.ensure_posts_visible((target,))

    # --- slots ---------------------------------------------------------------------------------
    def _on_post_double_clicked(self, post: PostItem) -> None:
        post_id = PostId(post.post_id)
        if (
            post.box.is_summary
            or post_id in self.chart.collapsed
            or any(p.reports_to_id == post_id for p in self.document.proposal.posts.values())
        ):
            self.toggle_collapsed(post_id)

    def _on_document_selection_changed(self, selection: tuple[PostId, ...]) -> None:
        """A post chosen elsewhere (the tree, Find) is brought into view if none of it is."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if selection and not self.chart.rect_of(selection).intersects(shown):
            rect = self.chart.rect_of(selection[:1])
            if not rect.isEmpty():
                self.centerOn(rect.center())

    def _on_document_unit_selected(self, unit_id: UnitId | None) -> None:
        """A unit chosen in the tree is brought into view by its title, where a reader looks for
        it, if none of it is in view; a unit in view, or not drawn (folded away), moves nothing."""
        item = self.chart.units.get(unit_id) if unit_id is not None else None
        if item is None:
            return
        rect = item.sceneBoundingRect()
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.intersects(shown):
            return
        if rect.height() <= shown.height() and rect.width() <= shown.width():
            self.centerOn(rect.center())
        else:  # larger than the view: its top left corner, title and first posts, on screen
            self.centerOn(
                rect.left() + min(rect.width(), shown.width()) / 2,
                rect.top() + min(rect.height(), shown.height()) / 2,
            )

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.hint.emit(self._busy_text() if busy else "")
        # The banner stays put while the chart scrolls: repaint all of it, no blitting, meanwhile.
        mode = QGraphicsView.ViewportUpdateMode
        self.setViewportUpdateMode(mode.FullViewportUpdate if busy else mode.MinimalViewportUpdate)
        self.viewport().update()

    def _busy_text(self) -> str:
        return f"Laying out {count_text(len(self.document.proposal.posts))} posts..."

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The overview's labels; while a big chart is laid out on the worker thread, a banner."""
        self.overview.paint_labels(painter)
        if not self.chart.runner.busy:
            return
        painter.save()
        painter.resetTransform()
        banner = QRectF(0, 0, 260, 28)
        banner.moveCenter(QPointF(self.viewport().width() / 2, 24))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(40, 40, 40, 200))
        painter.drawRoundedRect(banner, 6, 6)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(banner, Qt.AlignmentFlag.AlignCenter, self._busy_text())
        painter.restore()
