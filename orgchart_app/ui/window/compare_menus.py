"""Right-click menus in compare mode. The reference side is there to read: a post offers Copy,
Find Twin and its properties to read, a unit Find Twin. The edited side offers what the main
chart offers (its Draw Dotted Line and Collapse are the main chart's own gestures)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu, QWidget

from orgchart_app.domain import PostId, UnitId
from orgchart_app.ui.canvas.items import PostItem, UnitItem
from orgchart_app.ui.docks.unit_actions import UnitActions
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.chart_menus import line_menu
from orgchart_app.ui.window.compare import CompareView, _Side


class CompareMenus:
    def __init__(
        self,
        parent: QWidget,
        compare: CompareView,
        actions: Actions,
        units: UnitActions,
        show_properties: Callable[[], None],
    ) -> None:
        self._parent = parent
        self._compare = compare
        self._actions = actions
        self._units = units
        self._show_properties = show_properties
        for side in (compare.before, compare.after):
            side.pane.context_menu = lambda at, s=side: self._menu_at(s, at)

    def _menu_at(self, side: _Side, at: QPointF) -> QMenu | None:
        menu = self._menu_for(side, at)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _menu_for(self, side: _Side, at: QPointF) -> QMenu | None:
        scene, reference = side.scene, side is self._compare.before
        post = scene.post_at(at)
        if post is not None and not post.box.is_summary:
            scene.select_only(post)  # its twin is selected on the other side, the edited one's
            return self._reference_post_menu(post) if reference else self._post_menu(post)
        line = scene.line_at(at)
        if line is not None and not reference:
            document = self._compare.document
            return line_menu(self._parent, document, line.line_id, self._show_properties)
        unit = scene.unit_title_at(at) or scene.unit_at(at)
        if unit is None:
            return None
        if reference:
            return self._find_twin_menu(QMenu(self._parent), unit)
        return self._find_twin_menu(self._units.menu(UnitId(unit.unit_id)), unit)

    def _reference_post_menu(self, post: PostItem) -> QMenu:
        document, post_id = self._compare.document, PostId(post.post_id)
        menu = QMenu(self._parent)

        def read_only(command: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                document.select([post_id])  # the reference post alone, not its edited twin
                command()

            return run

        menu.addAction("&Copy").triggered.connect(read_only(self._actions.copy.trigger))
        self._find_twin(menu, post)
        menu.addAction("&Properties (Read-Only)").triggered.connect(
            read_only(self._show_properties)
        )
        return menu

    def _post_menu(self, post: PostItem) -> QMenu:
        a = self._actions
        menu = QMenu(self._parent)
        menu.addAction(a.edit_post)
        self._find_twin(menu, post)
        menu.addSeparator()
        menu.addActions([a.cut, a.copy, a.paste, a.delete])
        return menu

    def _find_twin(self, menu: QMenu, post: PostItem) -> None:
        ref = post.box.post_ref
        other = self._other(post.scene())
        action = menu.addAction("Find &Twin")
        action.setEnabled(bool(other.ids_of(ref)))
        action.triggered.connect(lambda: self._compare.show_post(ref))

    def _find_twin_menu(self, menu: QMenu, unit: UnitItem) -> QMenu:
        other = self._other(unit.scene())
        twin = next(
            (
                i
                for i in other.scene.units.values()
                if i.container.unit_ref == unit.container.unit_ref
            ),
            None,
        )
        if menu.actions():
            menu.addSeparator()
        action = menu.addAction("Find &Twin")
        action.setEnabled(twin is not None)
        if twin is not None:
            action.triggered.connect(
                lambda: other.pane.centerOn(twin.title.sceneBoundingRect().center())
            )
        return menu

    def _other(self, scene: object) -> _Side:
        compare = self._compare
        return compare.after if scene is compare.before.scene else compare.before
