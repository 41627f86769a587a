"""A view onto a chart scene: zoom (Ctrl+wheel, pinch, keys), pan, fit, click and rubber-band selection.

Gestures on empty space: a plain drag pans, Shift+drag (or Ctrl+drag) draws a rubber band,
the middle button always pans. A click on a card selects it, Ctrl+click toggles it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QMenu, QPinchGesture, QWidget

from orgchart_app.domain import PostId
from orgchart_app.layout.text import LINE_SIZE
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.scene import LayoutScene

MIN_ZOOM, MAX_ZOOM = 0.001, 8.0  # a 10,000-post chart is some 240,000 points wide
ZOOM_STEP = 1.25
# The zoom a chart opens at when fitting all of it would make its text too small to read: the
# cards' body text (grade, FTE, status) 9 px tall on screen.
READABLE_PIXELS = 9.0
READABLE_ZOOM = READABLE_PIXELS / LINE_SIZE
RUBBER_BAND_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


class ChartPane(QGraphicsView):
    # The transform or the scroll position changed (the compare view links its two panes on it).
    view_moved = Signal()
    post_double_clicked = Signal(object)  # PostItem
    # Arrange the view now that it is on screen, or again after a resize (see request_start_view):
    # whoever owns the pane (the compare view owns two) decides how.
    start_requested = Signal()
    fit_requested = Signal()

    def __init__(self, scene: LayoutScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chart = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._start_pending = False
        # "start" or "fit" while the user has not zoomed or panned since: a resize redoes it.
        self.auto_view: str | None = None
        self._pan_from: QPoint | None = None
        self._panned = False
        self._pressed_post: PostItem | None = None
        # The right-click menu for what is at a scene point (the window sets it).
        self.context_menu: Callable[[QPointF], QMenu | None] | None = None
        self.start_requested.connect(self.start_view)
        self.fit_requested.connect(self.zoom_to_fit)
        self.horizontalScrollBar().valueChanged.connect(self.view_moved)
        self.verticalScrollBar().valueChanged.connect(self.view_moved)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.mapToScene(event.pos())) if self.context_menu else None
        if menu is not None:
            menu.exec(event.globalPos())
            event.accept()

    # --- zoom ----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def request_start_view(self) -> None:
        """Arrange the opening view once the view has its real size (now, if it is on screen)."""
        self._start_pending = not self.isVisible()
        if not self._start_pending:
            self.start_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._start_pending:
            self._start_pending = False
            self.start_requested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_view is not None and self.isVisible():
            (self.start_requested if self.auto_view == "start" else self.fit_requested).emit()

    def fit_zoom(self) -> float:
        """The zoom at which the whole chart fits the viewport (1.5 at most: small charts stay small)."""
        rect = self.chart.chart_bounds().adjusted(-12, -12, 12, 12)
        if rect.isEmpty():
            return 1.0
        area = self.viewport().rect()
        return min(area.width() / rect.width(), area.height() / rect.height(), 1.5)

    def zoom_to_fit(self, zoom: float | None = None) -> None:
        """Show the whole chart (at `zoom`, when a caller fits several charts alike)."""
        self.set_zoom(zoom if zoom is not None else self.fit_zoom())
        self.centerOn(self.chart.chart_bounds().center())
        self.view_moved.emit()
        self.auto_view = "fit"

    def start_view(self, zoom: float | None = None) -> None:
        """The opening view: the whole chart if it is readable so, else the top of it at a reading size."""
        fit = self.fit_zoom() if zoom is None else zoom
        top = self.chart.top_rect()
        if fit >= READABLE_ZOOM or top.isEmpty():
            self.zoom_to_fit(fit)
        else:
            self.set_zoom(READABLE_ZOOM)
            height = self.viewport().height() / READABLE_ZOOM
            self.centerOn(top.center().x(), top.top() - 16 + height / 2)
            self.view_moved.emit()
        self.auto_view = "start"

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        self.zoom_by(zoom / self.zoom, anchor)

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Scale by `factor`, keeping the scene point under `anchor` (default: the centre) still."""
        self.auto_view = None
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor)) / self.zoom
        if abs(factor - 1.0) < 1e-9:
            return
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.scale(factor, factor)
        drift = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self.view_moved.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.chart.syncing:
            # A paint asked for before the change began: the old picture stays as it is on
            # screen (the viewport is opaque meanwhile), never a half-changed one.
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position().toPoint())
                return True
        return super().viewportEvent(event)

    def ensure_posts_visible(self, post_ids: tuple[PostId, ...]) -> None:
        rect = self.chart.rect_of(post_ids)
        if not rect.isEmpty():
            self.ensureVisible(rect, 40, 40)

    # --- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(event.position().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        at = self.mapToScene(event.position().toPoint())
        post = self.chart.post_at(at)
        line = self.chart.line_at(at) if post is None else None
        if post is not None:
            self._press_post(post, event)
        elif line is not None:
            self.setFocus()
            self.chart.clearSelection()
            line.setSelected(True)
        elif event.modifiers() & RUBBER_BAND_MODIFIERS:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            super().mousePressEvent(event)
        else:
            self._start_pan(event.position().toPoint())

    def _press_post(self, post: PostItem, event: QMouseEvent) -> None:
        self.setFocus()
        self._pressed_post = post
        if post.box.is_summary:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            post.setSelected(not post.isSelected())
            self._pressed_post = None  # Ctrl+click only toggles: no drag, no re-selection
        elif not post.isSelected():
            self.chart.clearSelection()
            post.setSelected(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            here = event.position().toPoint()
            delta = here - self._pan_from
            self._pan_from = here
            self._panned = self._panned or delta.manhattanLength() > 0
            if self._panned:
                self.auto_view = None
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            if not self._panned and event.button() == Qt.MouseButton.LeftButton:
                self.chart.clearSelection()  # a click on empty space
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self._pressed_post is not None:
            post, self._pressed_post = self._pressed_post, None
            if not post.box.is_summary and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.chart.select_only(post)
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        event.accept()  # a release over nothing is still ours: it ends whatever the press began

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        post = self.chart.post_at(self.mapToScene(event.position().toPoint()))
        if post is not None and event.button() == Qt.MouseButton.LeftButton:
            self.post_double_clicked.emit(post)
            return
        super().mouseDoubleClickEvent(event)

    def _start_pan(self, at: QPoint) -> None:
        self._pan_from = at
        self._panned = False
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    # --- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and event.key() == Qt.Key.Key_0:
            self.zoom_to_fit()
        else:
            super().keyPressEvent(event)
