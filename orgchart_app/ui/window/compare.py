"""Compare mode: the as-is and to-be charts side by side (or stacked), zoom and scroll linked,
every change marked. The sides are lined up on the post last selected: its twin sits at the same
place on the other side, and stays there as either side scrolls.

Each change is drawn by colour AND a text tag on the card (and a hatch for deletions), and the
legend under the charts spells the tags out. Clicking a post selects it on both sides and emits
`change_activated(post_ref)`; `show_post(post_ref)` does the same for the window's changes dock.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from orgchart_app.domain import PostId, Proposal, ScenarioId
from orgchart_app.edits import Changes
from orgchart_app.layout import LayoutOptions
from orgchart_app.layout.compare import dotted_line_markers, layout_comparison
from orgchart_app.layout.model import Layout
from orgchart_app.layout.row_plan import NO_PLAN, RowPlan, merged
from orgchart_app.ui.canvas import LayoutScene, style
from orgchart_app.ui.canvas.pane import ChartPane
from orgchart_app.ui.canvas.relayout import LayoutRunner
from orgchart_app.ui.window.document import DocumentController

# (proposal, from, to, engine, the rows on screen to keep)
ComparisonFunction = Callable[
    [Proposal, ScenarioId, ScenarioId, str, RowPlan], tuple[Layout, Layout]
]


def default_comparison(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    engine: str,
    keep_rows: RowPlan = NO_PLAN,
) -> tuple[Layout, Layout]:
    options = LayoutOptions(engine=engine, keep_rows=keep_rows)
    return layout_comparison(proposal, from_id, to_id, options)


class ChangeLegend(QLabel):
    """The change tags as the cards show them, in their colours; what each means is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        tags, meanings = [], []
        for _marker, meaning, look in style.legend_entries():
            tag = html.escape(look.tag).replace(" ", "&nbsp;")
            tags.append(
                f'<span style="background-color:{look.colour.name()}; color:#ffffff; '
                f'font-weight:bold;">&nbsp;{tag}&nbsp;</span>'
            )
            meanings.append(f"<b>{html.escape(look.tag)}</b>: {html.escape(meaning)}")
        self.setText(
            "<b>Changes:</b>&nbsp; "
            + " ".join(tags)
            + " &nbsp;<i>deleted posts are also cross-hatched and struck through</i>"
        )
        self.setToolTip("<br>".join(meanings))
        self.setContentsMargins(6, 3, 6, 3)


class _Side(QWidget):
    """One chart of the pair with its heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.scene = LayoutScene(self)
        self.pane = ChartPane(self.scene, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.heading)
        box.addWidget(self.pane)

    def place_of(self, post_ref: str) -> QPointF | None:
        """Where the post's card is on screen (its top left), or None if this side lacks it."""
        item = next((self.scene.posts.get(i) for i in self.ids_of(post_ref)), None)
        if item is None or not shiboken6.isValid(item):  # closing: items go before the scroll bars
            return None
        return self.pane.mapFromScene(item.sceneBoundingRect().topLeft()).toPointF()

    def ids_of(self, post_ref: str) -> tuple[PostId, ...]:
        layout = self.scene.layout
        return (
            tuple(b.post_id for b in layout.boxes if b.post_ref == post_ref and not b.is_summary)
            if layout
            else ()
        )

    def select_ref(self, post_ref: str) -> tuple[PostId, ...]:
        layout = self.scene.layout
        ids = (
            tuple(b.post_id for b in layout.boxes if b.post_ref == post_ref and not b.is_summary)
            if layout
            else ()
        )
        self.scene.select_posts(ids)
        return ids


class CompareView(QWidget):
    change_activated = Signal(str)  # the post_ref of the post clicked on either side

    def __init__(
        self,
        document: DocumentController,
        parent: QWidget | None = None,
        comparison: ComparisonFunction | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._comparison = comparison or default_comparison
        self._ids: tuple[ScenarioId, ScenarioId] | None = None
        self._engine = "compact"
        self._linking = False
        self._fitted = False
        # The post the two sides are lined up on (selected last), by post_ref.
        self._aligned_on: str | None = None
        self.before, self.after = _Side(self), _Side(self)
        self.legend = ChangeLegend(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.before)
        self.splitter.addWidget(self.after)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.splitter, 1)
        box.addWidget(self.legend)
        box.addWidget(self.notice)
        self.runner = LayoutRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._show_notice)
        for side in (self.before, self.after):
            for request, arrange in (
                (side.pane.start_requested, self.start_view),
                (side.pane.fit_requested, self.zoom_to_fit),
            ):
                request.disconnect()
                request.connect(arrange)
        for side, other in ((self.before, self.after), (self.after, self.before)):
            side.pane.view_moved.connect(lambda s=side, o=other: self._link(s.pane, o.pane))
            side.scene.selectionChanged.connect(lambda s=side: self._on_side_selection_changed(s))
        document.changed.connect(self._on_document_changed)
        document.reset.connect(self._on_document_reset)

    @property
    def busy(self) -> bool:
        """The pair is being laid out (a screenshot should wait for `after.scene.layout_shown`)."""
        return self.runner.busy

    # --- the window's commands -----------------------------------------------------------------
    def set_scenarios(self, from_id: ScenarioId, to_id: ScenarioId) -> None:
        if (from_id, to_id) != self._ids:
            self._ids = (from_id, to_id)
            self._fitted = False
            self._relayout()

    def set_engine(self, name: str) -> None:
        if name != self._engine:
            self._engine = name
            self._relayout()

    def set_stacked(self, stacked: bool) -> None:
        """One side above the other (narrow screens) instead of side by side."""
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        )

    @property
    def stacked(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def show_post(self, post_ref: str) -> None:
        """Select the post on both sides, bring it into view and line the sides up on it."""
        self._aligned_on = post_ref
        for side in (self.before, self.after):
            ids = side.select_ref(post_ref)
            side.pane.ensure_posts_visible(ids)
        self._link(self.after.pane, self.before.pane)

    def zoom_in(self) -> None:
        self.after.pane.zoom_in()

    def zoom_out(self) -> None:
        self.after.pane.zoom_out()

    def zoom_to_fit(self) -> None:
        """Both charts whole, at the same zoom (the one the bigger chart needs)."""
        self._arrange_both("zoom_to_fit")

    def start_view(self) -> None:
        """Both charts from their tops at one reading zoom (or whole, if that is readable)."""
        self._arrange_both("start_view")

    def _arrange_both(self, how: str) -> None:
        zoom = min(self.before.pane.fit_zoom(), self.after.pane.fit_zoom())
        self._linking = True  # each side is placed on its own chart, not scrolled like the other
        try:
            for side in (self.before, self.after):
                getattr(side.pane, how)(zoom)
        finally:
            self._linking = False

    # --- layout --------------------------------------------------------------------------------
    def _relayout(self) -> None:
        if self._ids is None:
            return
        proposal = self.document.proposal
        if any(i not in proposal.scenarios for i in self._ids):
            self._show_notice("The scenarios to compare are no longer in the proposal.")
            self._on_runner_finished((None, None))
            return
        from_id, to_id = self._ids
        comparison, engine = self._comparison, self._engine
        self.before.heading.setText(proposal.scenarios[from_id].name)
        self.after.heading.setText(proposal.scenarios[to_id].name)
        # The same pair again (after an edit) keeps its rows, so the edit moves little.
        shown = [s.scene.layout.rows for s in (self.before, self.after) if s.scene.layout]
        keep = merged(*shown) if self._fitted else NO_PLAN
        self.runner.run(proposal, lambda p: comparison(p, from_id, to_id, engine, keep))

    def _on_runner_finished(self, pair: tuple[Layout | None, Layout | None]) -> None:
        notices = dict.fromkeys(n for layout in pair if layout is not None for n in layout.notices)
        if notices:
            self._show_notice(" ".join(notices))
        else:
            self.notice.hide()
        self.before.scene.show_layout(pair[0])
        self.after.scene.show_layout(pair[1])
        self._mark_lines()
        if not self._fitted and pair[1] is not None:
            self._fitted = True
            self.after.pane.request_start_view()

    def _mark_lines(self) -> None:
        """Dotted lines added, removed or changed, marked like the posts."""
        if self._ids is None or any(i not in self.document.proposal.scenarios for i in self._ids):
            return
        marks = dotted_line_markers(self.document.proposal, *self._ids)
        for side, markers in zip((self.before, self.after), marks, strict=True):
            for line_id, item in side.scene.lines.items():
                item.set_marker(markers.get(line_id, ""))

    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.structure:
            self._relayout()

    def _on_document_reset(self) -> None:
        self._ids = None
        self._aligned_on = None
        self._on_runner_finished((None, None))

    # --- linking -------------------------------------------------------------------------------
    def _link(self, source: ChartPane, target: ChartPane) -> None:
        # Closing, the panes' scroll bars still report moves while their C++ side is going away.
        if self._linking or not (shiboken6.isValid(source) and shiboken6.isValid(target)):
            return
        self._linking = True
        try:
            target.auto_view = source.auto_view
            target.setTransform(source.transform())
            if not self._line_up(source, target):
                target.horizontalScrollBar().setValue(source.horizontalScrollBar().value())
                target.verticalScrollBar().setValue(source.verticalScrollBar().value())
        finally:
            self._linking = False

    def _line_up(self, source: ChartPane, target: ChartPane) -> bool:
        """Scroll `target` so the aligned post's twin sits where the post sits on `source`."""
        if self._aligned_on is None:
            return False
        sides = {self.before.pane: self.before, self.after.pane: self.after}
        here, there = (
            sides[source].place_of(self._aligned_on),
            sides[target].place_of(self._aligned_on),
        )
        if here is None or there is None:
            return False
        drift = there - here
        target.horizontalScrollBar().setValue(
            target.horizontalScrollBar().value() + round(drift.x())
        )
        target.verticalScrollBar().setValue(target.verticalScrollBar().value() + round(drift.y()))
        return True

    def _on_side_selection_changed(self, side: _Side) -> None:
        # A scene being destroyed (the view closing) clears its selection on the way out.
        if self._linking or not shiboken6.isValid(side.scene) or side.scene.syncing_selection:
            return
        layout = side.scene.layout
        selected = set(side.scene.selected_post_ids())
        refs = [b.post_ref for b in layout.boxes if b.post_id in selected] if layout else []
        if len(refs) == 1:
            other = self.after if side is self.before else self.before
            self._linking = True
            try:
                other.select_ref(refs[0])
            finally:
                self._linking = False
            self._aligned_on = refs[0]
            self._link(side.pane, other.pane)  # its twin comes into view, at the same place
            self.change_activated.emit(refs[0])
