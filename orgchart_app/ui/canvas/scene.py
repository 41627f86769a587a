"""The chart scene: draws a Layout with an {id -> item} map and follows the document's signals.

LayoutScene shows any Layout it is given (the compare view uses it as is); ChartScene lays out
the document's current scenario and lays it out again whenever the document says the structure
changed. Nothing here edits the proposal: gestures push edits to the document, and the picture
follows from `changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene, QWidget

from orgchart_app.collector import collector_paused
from orgchart_app.domain import DottedLineId, PostId, Proposal, ScenarioId, UnitId
from orgchart_app.edits import Changes
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.assumed import highlighted
from orgchart_app.layout.delta import LayoutDelta, LineKey, keyed, layout_delta
from orgchart_app.layout.model import Layout
from orgchart_app.layout.reading_start import reading_start
from orgchart_app.layout.routes_kept import NO_ROUTES
from orgchart_app.layout.row_plan import NO_PLAN
from orgchart_app.layout.same_sizes import relettered
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.line_items import ConnectorItem, DottedLineItem
from orgchart_app.ui.canvas.opening import opening_collapsed
from orgchart_app.ui.canvas.relayout import LayoutRunner
from orgchart_app.ui.canvas.scene_sync import SyncCount, dotted_item, solid_item, sync_steps
from orgchart_app.ui.canvas.slices import Slices
from orgchart_app.ui.canvas.unit_items import UnitItem, UnitTitleItem
from orgchart_app.ui.window.document import DocumentController

MARGIN = 24.0
# A chart's change of this many values or more is shown over several turns of the event loop
# (slices.py), the view's painting held until the last: a team move at 10,000 posts changes
# 10,000 values, a quarter of a second of the GUI thread in one go. Fewer are shown at once.
SLICED_FROM = 500

# (proposal, scenario, engine, collapsed managers, the layout on screen: its rows and routes kept)
LayoutFunction = Callable[[Proposal, ScenarioId, str, frozenset[PostId], Layout | None], Layout]


def _options(engine: str, collapsed: frozenset[PostId], previous: Layout | None) -> LayoutOptions:
    return LayoutOptions(
        engine=engine,
        collapsed=collapsed,
        keep_rows=previous.rows if previous is not None else NO_PLAN,
        keep_routes=previous.routes if previous is not None else NO_ROUTES,
    )


def default_layout_function(
    proposal: Proposal,
    scenario_id: ScenarioId,
    engine: str,
    collapsed: frozenset[PostId],
    previous: Layout | None = None,
) -> Layout:
    options = _options(engine, collapsed, previous)
    return layout_scenario(proposal, scenario_id, options, previous=previous)


def _values_changed(delta: LayoutDelta) -> int:
    parts = (delta.boxes, delta.summaries, delta.units, delta.solid, delta.dotted)
    return sum(len(part.put) + len(part.gone) for part in parts)


class LayoutScene(QGraphicsScene):
    """Items for one Layout, updated in place when a new Layout of the same chart arrives.

    With `sliced_from` set, a change of that many values or more is made a slice at a time
    while the views hold their painting, so no half-changed picture is ever drawn; `layout`
    becomes the new layout when they are all there (`layout_shown`); `latest_layout` is it from
    the start, what the next edit is laid out from.
    """

    layout_shown = Signal()
    sliced_from: int | None = None  # None: every change made at once

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout: Layout | None = None
        # The layout the items are being brought to: `layout` once the change is made.
        self.latest_layout: Layout | None = None
        self.posts: dict[PostId, PostItem] = {}
        self.summaries: dict[PostId, PostItem] = {}
        self.units: dict[UnitId, UnitItem] = {}
        self._solid: dict[LineKey, ConnectorItem] = {}
        self._keyed = keyed(None)  # the values shown, by item key
        self.lines: dict[DottedLineId, DottedLineItem] = {}
        self.last_sync = SyncCount()  # what showing the last layout changed
        self._syncing_selection = False
        self._bounds: QRectF | None = None
        # What was selected before the changes under way (they take selected items out).
        self._selected: tuple[tuple[PostId, ...], set[DottedLineId]] = ((), set())
        self.slices = Slices(self._synced, self._each_slice, self)
        # Viewports whose painting waits for the last slice, and whether each was opaque.
        self._held: list[tuple[QWidget, bool]] = []

    # --- showing a layout ----------------------------------------------------------------------
    def show_layout(self, layout: Layout | None) -> None:
        self.show_delta(layout_delta(self.latest_layout, layout, self._keyed))

    def show_delta(self, delta: LayoutDelta) -> None:
        """Show delta.layout, touching only the items the delta says changed (worked out afresh
        if the delta is not from the layout shown, or being shown)."""
        if delta.base is not self.latest_layout:
            delta = layout_delta(self.latest_layout, delta.layout, self._keyed)
        pending = self.slices.pending
        if not pending:
            selected_lines = {i.line_id for i in self.lines.values() if i.isSelected()}
            self._selected = (self.selected_post_ids(), selected_lines)
            self.last_sync = SyncCount()
        self.latest_layout, self._keyed = delta.layout, delta.keyed
        self.slices.add(self._delta_steps(delta))
        if pending:
            return  # after the changes under way, in later slices
        if self.sliced_from is not None and _values_changed(delta) >= self.sliced_from:
            self._hold_painting()
            self.slices.run(self.slices.budget)
        else:
            self.slices.run(None)

    @property
    def syncing(self) -> bool:
        """A big change is being made a slice at a time (the view still shows the old picture)."""
        return self.slices.pending

    def finish_sync(self) -> None:
        """The change under way made now: before the user points at items it moves."""
        self.slices.finish()

    def chart_bounds(self) -> QRectF:
        """itemsBoundingRect() of the layout shown, worked out once per layout: it asks every
        item for its bounds, and opening a big chart needs it several times."""
        if self._bounds is None:
            self._bounds = self.itemsBoundingRect()
        return QRectF(self._bounds)

    def _delta_steps(self, delta: LayoutDelta) -> Iterator[None]:
        count = yield from sync_steps(self, self.posts, delta.boxes, PostItem, PostItem.set_box)
        count += yield from sync_steps(
            self, self.summaries, delta.summaries, PostItem, PostItem.set_box
        )
        count += yield from sync_steps(
            self, self.units, delta.units, UnitItem, UnitItem.set_container
        )
        count += yield from sync_steps(self, self._solid, delta.solid, solid_item)
        count += yield from sync_steps(self, self.lines, delta.dotted, dotted_item)
        self.last_sync += count

    @contextmanager
    def _each_slice(self) -> Iterator[None]:
        with collector_paused():  # thousands of items, all kept
            self._syncing_selection = True
            try:
                yield
            finally:
                self._syncing_selection = False

    def _synced(self) -> None:
        """The items are all at the layout now: the selection back, the picture painted."""
        selected, selected_lines = self._selected
        self._selected = ((), set())
        self._syncing_selection = True
        try:
            for line_id in selected_lines & set(self.lines):  # a line item made anew
                self.lines[line_id].setSelected(True)
            layout = self.layout = self.latest_layout
            width, height = (layout.width, layout.height) if layout else (0.0, 0.0)
            self.setSceneRect(QRectF(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN))
            self._select_items(selected)
        finally:
            self._syncing_selection = False
        self._bounds = None
        self._release_painting()
        self.layout_shown.emit()
        self._after_shown()

    def _after_shown(self) -> None:
        """What a subclass does once a layout is on screen."""

    def _hold_painting(self) -> None:
        """No painting until the change is made; what is on screen stays (opaque: Qt does not
        clear it under a paint the views skip meanwhile)."""
        opaque = Qt.WidgetAttribute.WA_OpaquePaintEvent
        self._held = [
            (view.viewport(), view.viewport().testAttribute(opaque)) for view in self.views()
        ]
        for viewport, _was in self._held:
            viewport.setUpdatesEnabled(False)
            viewport.setAttribute(opaque, True)

    def _release_painting(self) -> None:
        held, self._held = self._held, []
        for viewport, was_opaque in held:
            if shiboken6.isValid(viewport):
                viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, was_opaque)
                viewport.setUpdatesEnabled(True)
                viewport.update()

    def line_at(self, position: QPointF) -> DottedLineItem | None:
        """The dotted line under `position` (within a few points of it)."""
        return next((i for i in self.items(position) if isinstance(i, DottedLineItem)), None)

    def selected_line_ids(self) -> tuple[DottedLineId, ...]:
        return tuple(i.line_id for i in self.selectedItems() if isinstance(i, DottedLineItem))

    # --- finding items -------------------------------------------------------------------------
    def post_at(self, position: QPointF) -> PostItem | None:
        """The card (or summary box) under `position`."""
        return next((item for item in self.items(position) if isinstance(item, PostItem)), None)

    def unit_title_at(self, position: QPointF) -> UnitItem | None:
        """The container whose title is under `position`: what a unit is dragged by."""
        titles = [i for i in self.items(position) if isinstance(i, UnitTitleItem)]
        return next((self.units.get(UnitId(t.container.unit_id)) for t in titles), None)

    def unit_at(self, position: QPointF) -> UnitItem | None:
        """The innermost container under `position`."""
        under = [i for i in self.items(position) if isinstance(i, UnitItem)]
        return max(under, key=lambda i: i.container.depth, default=None)

    def top_rect(self) -> QRectF:
        """The card a reader starts from: the head of the largest organisation drawn."""
        start = reading_start(self.layout) if self.layout is not None else None
        if start is None:
            return QRectF()
        return QRectF(start.rect.x, start.rect.y, start.rect.w, start.rect.h)

    def rect_of(self, post_ids: Iterable[PostId]) -> QRectF:
        rect = QRectF()
        for post_id in post_ids:
            item = self.posts.get(post_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    # --- selection -------------------------------------------------------------------------------
    def selected_post_ids(self) -> tuple[PostId, ...]:
        return tuple(
            PostId(i.post_id)
            for i in self.selectedItems()
            if isinstance(i, PostItem) and not i.box.is_summary
        )

    def select_only(self, item: PostItem) -> None:
        for other in self.selectedItems():
            if other is not item:
                other.setSelected(False)
        item.setSelected(True)

    def select_posts(self, post_ids: Iterable[PostId]) -> None:
        """Select exactly these posts, without echoing the change back as a user selection."""
        self._syncing_selection = True
        try:
            self._select_items(tuple(post_ids))
        finally:
            self._syncing_selection = False

    def _select_items(self, post_ids: tuple[PostId, ...]) -> None:
        wanted = set(post_ids)
        for item in self.selectedItems():
            if isinstance(item, PostItem) and item.post_id not in wanted:
                item.setSelected(False)
        for post_id in wanted:
            post_item = self.posts.get(post_id)
            if post_item is not None and not post_item.isSelected():
                post_item.setSelected(True)

    def select_line(self, line_id: DottedLineId | None) -> None:
        """Show the document's selected dotted line selected, without echoing it back."""
        item = self.lines.get(line_id) if line_id is not None else None
        if item is not None and not item.isSelected():
            self._syncing_selection = True
            try:
                item.setSelected(True)
            finally:
                self._syncing_selection = False

    @property
    def syncing_selection(self) -> bool:
        return self._syncing_selection


class ChartScene(LayoutScene):
    """The document's current scenario, laid out again after every structural change."""

    sliced_from = SLICED_FROM
    failed = Signal(str)
    # An edit is about to be laid out (Changes): the view notes where things are on screen.
    relayout_starting = Signal(object)

    def __init__(
        self,
        document: DocumentController,
        parent: QObject | None = None,
        layout_function: LayoutFunction | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.engine = "compact"
        # A large proposal opens collapsed to the levels that fit a screen (opening.py).
        self.collapsed = self._opening_collapsed()
        # View > Show Assumed Values: boxes resting on an assumption wear the "assumed" marker.
        self.highlight_assumed = False
        self._layout_function = layout_function or default_layout_function
        self.runner = LayoutRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self.failed)
        document.changed.connect(self._on_document_changed)
        document.reset.connect(self._on_document_reset)
        document.scenario_changed.connect(self._on_document_scenario_changed)
        document.selection_changed.connect(self.select_posts)
        document.line_selected.connect(self.select_line)
        self.selectionChanged.connect(self._on_selection_changed)
        self.relayout()

    def relayout(self, fresh: bool = False) -> None:
        """Lay the chart out again; unless `fresh` (another file or scenario), keeping where
        the layout on screen wrapped its rows, so that the edit moves nothing it need not."""
        scenario_id = self.document.scenario_id
        if scenario_id is None:
            self.show_layout(None)
            return
        engine, collapsed, function = self.engine, frozenset(self.collapsed), self._layout_function
        shown, old = self.latest_layout, self._keyed
        keep = None if fresh else shown
        highlight = self.highlight_assumed

        def lay_out(proposal: Proposal) -> LayoutDelta:
            layout = function(proposal, scenario_id, engine, collapsed, keep)
            layout = highlighted(layout, proposal) if highlight else layout
            # Here, on the worker for a big chart: the GUI thread then touches only what changed.
            return layout_delta(shown, layout, old)

        def reused(proposal: Proposal) -> LayoutDelta | None:
            """The layout shown with the edited boxes renewed, when the edit resized none: a
            few milliseconds at 10,000 posts, less than handing it to the worker and back."""
            if keep is None or highlight or function is not default_layout_function:
                return None  # highlighting marks boxes the records alone do not: lay out afresh
            options = _options(engine, collapsed, keep)
            layout = relettered(keep, proposal, scenario_id, options, None)
            return layout_delta(shown, layout, old) if layout is not None else None

        self.runner.run(self.document.proposal, lay_out, first=reused)

    def set_collapsed(self, post_ids: Iterable[PostId]) -> None:
        collapsed = set(post_ids)
        if collapsed != self.collapsed:
            self.collapsed = collapsed
            self.relayout()

    def _on_runner_finished(self, delta: LayoutDelta) -> None:
        layout = delta.layout
        if layout is not None and layout.scenario_id == self.document.scenario_id:
            self.show_delta(delta)

    def _after_shown(self) -> None:
        self.select_posts(self.document.selection)
        self.select_line(self.document.selected_line)

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.structure:
            self.collapsed &= set(self.document.proposal.posts)
            self.relayout_starting.emit(changes)
            self.relayout()

    def _on_document_reset(self) -> None:
        self.collapsed = self._opening_collapsed()
        self.relayout(fresh=True)

    def _on_document_scenario_changed(self, _scenario_id: ScenarioId) -> None:
        self.collapsed = self._opening_collapsed()
        self.relayout(fresh=True)

    def _opening_collapsed(self) -> set[PostId]:
        scenario_id = self.document.scenario_id
        if scenario_id is None:
            return set()
        return opening_collapsed(self.document.proposal, scenario_id)

    def _on_selection_changed(self) -> None:
        # A scene being destroyed (its view closing) clears its selection on the way out.
        if shiboken6.isValid(self) and not self.syncing_selection:
            self.document.select(self.selected_post_ids())
            lines = self.selected_line_ids()
            self.document.select_line(lines[0] if lines else None)
