"""Right-click menus in compare mode: the reference side offers only what reads (copy, find the
twin, properties to read); the edited side offers what the main chart offers (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from orgchart_app.ui.menus.clipboard import MIME_TYPE
from orgchart_app.ui.window.compare import CompareView, _Side
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_compare_read_only import TWIN, comparing
from tests.ui.test_unit_editing import answer, pick_from_menu_at

ONLY_AS_IS = "BC-1040"  # Carers Engagement Co-ordinator: in the as-is only


def menu_texts(widget: QWidget, position: QPoint) -> list[str]:
    """Right-click `widget` at `position`: the texts of the menu that opens (then closed)."""
    seen: list[str] = []

    def read(tries: int = 0) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if tries < 100:
                QTimer.singleShot(10, widget, lambda: read(tries + 1))
            return
        seen.extend(a.text().replace("&", "") for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(0, widget, read)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position)
    )
    QApplication.sendEvent(widget, event)
    return seen


def at_post(side: _Side, post_ref: str) -> QPoint:
    item = next(i for i in side.scene.posts.values() if i.box.post_ref == post_ref)
    side.pane.ensureVisible(item.sceneBoundingRect())
    return side.pane.mapFromScene(item.sceneBoundingRect().center())


def at_unit_title(side: _Side, name: str) -> QPoint:
    item = next(i for i in side.scene.units.values() if i.container.title == name)
    side.pane.ensureVisible(item.title.sceneBoundingRect())
    return side.pane.mapFromScene(item.title.sceneBoundingRect().center())


@pytest.fixture
def compare(qtbot, bury_window: MainWindow) -> CompareView:  # type: ignore[no-untyped-def]
    return comparing(qtbot, bury_window)


def test_the_reference_sides_post_menu_only_reads(compare: CompareView) -> None:
    texts = menu_texts(compare.before.pane.viewport(), at_post(compare.before, TWIN))
    assert texts == ["Copy", "Find Twin", "Properties (Read-Only)"]


def test_copy_on_the_reference_side_copies_the_reference_post(
    compare: CompareView, bury_window: MainWindow
) -> None:
    pick_from_menu_at(compare.before.pane.viewport(), at_post(compare.before, ONLY_AS_IS), ["Copy"])
    copied = bytes(QGuiApplication.clipboard().mimeData().data(MIME_TYPE).data()).decode()
    assert '"title": "Carers Engagement Co-ordinator"' in copied
    as_is = bury_window.document.proposal.scenario_named("As is").id
    assert len(bury_window.document.proposal.posts_in(as_is)) == 37


def test_properties_on_the_reference_side_shows_the_post_to_read(
    compare: CompareView, bury_window: MainWindow
) -> None:
    pick_from_menu_at(
        compare.before.pane.viewport(),
        at_post(compare.before, ONLY_AS_IS),
        ["Properties (Read-Only)"],
    )
    panel = bury_window.properties_dock.panel
    assert bury_window.properties_dock.isVisible()
    title = panel.editors["title"]
    post = bury_window.document.proposal.post_by_ref(
        bury_window.document.proposal.scenario_named("As is").id, ONLY_AS_IS
    )
    assert post is not None and title.text() == post.title
    assert not panel.form.isEnabled() and "Shown for reference" in panel.heading.text()


def test_find_twin_selects_the_twin_on_the_edited_side(compare: CompareView) -> None:
    pick_from_menu_at(compare.before.pane.viewport(), at_post(compare.before, TWIN), ["Find Twin"])
    selected = compare.after.scene.selected_post_ids()
    layout = compare.after.scene.layout
    assert layout is not None
    assert [b.post_ref for b in layout.boxes if b.post_id in selected] == [TWIN]


def test_the_edited_sides_post_menu_is_the_main_charts(
    compare: CompareView, bury_window: MainWindow
) -> None:
    texts = menu_texts(compare.after.pane.viewport(), at_post(compare.after, TWIN))
    assert {"Edit Post", "Find Twin", "Cut", "Copy", "Paste", "Delete"} <= set(texts)
    pick_from_menu_at(compare.after.pane.viewport(), at_post(compare.after, TWIN), ["Delete"])
    proposal = bury_window.document.proposal
    as_is, to_be = (proposal.scenario_named(n).id for n in ("As is", "To be"))
    assert proposal.post_by_ref(to_be, TWIN) is None
    assert proposal.post_by_ref(as_is, TWIN) is not None


def test_the_edited_sides_unit_menu_renames_the_unit_there_only(
    compare: CompareView, bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, "AskText", "Reviewing and Assurance Team")
    pick_from_menu_at(
        compare.after.pane.viewport(), at_unit_title(compare.after, "Reviewing Team"), ["Rename..."]
    )
    proposal = bury_window.document.proposal
    as_is, to_be = (proposal.scenario_named(n).id for n in ("As is", "To be"))
    assert proposal.unit_called(to_be, "Reviewing and Assurance Team") is not None
    assert proposal.unit_called(as_is, "Reviewing Team") is not None


def test_the_reference_sides_unit_menu_does_not_edit(compare: CompareView) -> None:
    texts = menu_texts(
        compare.before.pane.viewport(), at_unit_title(compare.before, "Reviewing Team")
    )
    assert texts == ["Find Twin"]
