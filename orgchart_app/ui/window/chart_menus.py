"""Right-click menus on the chart: for a post, a unit and a dotted line, everything the window's
menus offer for that object, acting on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from orgchart_app.domain import DottedLineId, PostId, UnitId
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.docks.line_properties import KIND_LABELS
from orgchart_app.ui.docks.unit_actions import UnitActions
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController


class ChartMenus:
    def __init__(
        self,
        parent: QWidget,
        chart: ChartView,
        actions: Actions,
        units: UnitActions,
        show_properties: Callable[[], None],
    ) -> None:
        self._parent = parent
        self._chart = chart
        self._actions = actions
        self._units = units
        self._show_properties = show_properties
        chart.context_menu = self.menu_at

    def menu_at(self, at: QPointF) -> QMenu | None:
        """The menu for what is at `at`; it deletes itself once closed."""
        menu = self._menu_for(at)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _menu_for(self, at: QPointF) -> QMenu | None:
        scene = self._chart.chart
        post = scene.post_at(at)
        if post is not None and not post.box.is_summary:
            return self._post_menu(PostId(post.post_id))
        line = scene.line_at(at)
        if line is not None:
            return line_menu(
                self._parent, self._chart.document, line.line_id, self._show_properties
            )
        unit = scene.unit_title_at(at) or scene.unit_at(at)
        return self._units.menu(UnitId(unit.unit_id)) if unit is not None else None

    def _post_menu(self, post_id: PostId) -> QMenu:
        document = self._chart.document
        if post_id not in document.selection:
            document.select([post_id])
        a = self._actions
        menu = QMenu(self._parent)
        menu.addAction(a.edit_post)
        menu.addAction("Draw Dotted &Line From Here").triggered.connect(
            lambda: self._chart.start_line_from(post_id)
        )
        if any(p.reports_to_id == post_id for p in document.proposal.posts.values()):
            menu.addAction("Collapse or &Expand Team").triggered.connect(
                lambda: self._chart.toggle_collapsed(post_id)
            )
        menu.addSeparator()
        menu.addActions([a.cut, a.copy, a.paste, a.delete])
        return menu


def line_menu(
    parent: QWidget,
    document: DocumentController,
    line_id: DottedLineId,
    show_properties: Callable[[], None],
) -> QMenu:
    """A dotted line's menu: its kind, interim, properties and Delete, each acting on it."""
    from orgchart_app.edits import EditDottedLine, RemoveDottedLine  # noqa: PLC0415 - the edits load when first made

    document.select([])
    document.select_line(line_id)
    line = document.proposal.dotted_lines[line_id]
    menu = QMenu(parent)
    kinds = menu.addMenu("&Kind")
    group = QActionGroup(kinds)
    for kind, label in KIND_LABELS.items():
        action = QAction(label, kinds, checkable=True)
        action.setChecked(line.kind is kind)
        action.triggered.connect(
            lambda _=False, k=kind: document.push(
                EditDottedLine(line_id, k, line.share_percent, line.label, line.temporary)
            )
        )
        group.addAction(action)
        kinds.addAction(action)
    interim = menu.addAction("&Interim (temporary)")
    interim.setCheckable(True)
    interim.setChecked(line.temporary)
    interim.triggered.connect(
        lambda on: document.push(
            EditDottedLine(line_id, line.kind, line.share_percent, line.label, on)
        )
    )
    menu.addAction("&Share, Label... (Properties)").triggered.connect(show_properties)
    menu.addSeparator()
    menu.addAction("&Delete Line").triggered.connect(
        lambda: document.push(RemoveDottedLine(line_id))
    )
    return menu
