"""A post dropped into another team asks whether to report to the team's head or keep its
manager, and a ticked "Don't ask again" is remembered in the settings (issue 17, point 3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton

from orgchart_app.domain import PostId
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings
from tests.ui.test_canvas_bury import drag_officer, officer_in

pytestmark = pytest.mark.real_dialogs  # the question itself is under test


def _answer(context: QObject, button: str, silence: bool, seen: list[str]) -> Callable[[], None]:
    """Click `button` on the question once it shows (ticking "Don't ask again" if asked)."""

    tries = [250]  # 5 s, then give up: a question never shown must not be clicked later

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, context, click)  # the drag has not reached its release yet
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        tick = box.findChild(QCheckBox)
        assert tick is not None and tick.text().startswith("Don't ask again")
        tick.setChecked(silence)
        next(b for b in box.findChildren(QPushButton) if b.text() == button).click()

    return click


def _drop_officer(
    qtbot, window: MainWindow, seen: list[str], button: str = "", silence: bool = False
) -> PostId:  # type: ignore[no-untyped-def]
    """Drag an OP/Ageing Well officer into Learning Disability, answering the question with
    `button` (none: no question expected)."""
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy)
    if button:
        QTimer.singleShot(0, chart, _answer(chart, button, silence, seen))
    return drag_officer(qtbot, chart, "OP/Ageing Well", "Learning Disability").id


def _manager(window: MainWindow, post: PostId) -> PostId | None:
    return window.document.proposal.posts[post].reports_to_id


@pytest.fixture
def to_be(qtbot, bury_window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    next(a for a in bury_window.menus.switch_scenario.actions() if a.text() == "To be").trigger()
    bury_window.settings.set_keep_manager_answer("")
    return bury_window


def test_keep_current_manager_is_offered_and_moves_the_post_with_its_manager(
    qtbot, to_be: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = to_be
    seen: list[str] = []
    posts = window.document.proposal.posts
    old_manager = _manager(window, officer_in(window.central.chart, "OP/Ageing Well").id)
    assert old_manager is not None
    officer = _drop_officer(qtbot, window, seen, "Keep Current Manager", silence=False)
    assert (
        len(seen) == 1
        and f"keep {posts[old_manager].title} ({posts[old_manager].post_ref})" in seen[0]
    )
    assert window.document.proposal.units[posts[officer].unit_id].name == "Learning Disability"
    assert _manager(window, officer) == old_manager
    assert window.document.undo_stack.count() == 1
    assert Settings().keep_manager_answer() == ""  # not silenced: asked again next time


def test_dont_ask_again_remembers_the_answer(qtbot, to_be: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = to_be
    seen: list[str] = []
    old_manager = _manager(window, officer_in(window.central.chart, "OP/Ageing Well").id)
    officer = _drop_officer(qtbot, window, seen, "Report to Team Head", silence=True)
    assert len(seen) == 1
    head = _manager(window, officer)
    assert head is not None and head != old_manager
    assert Settings().keep_manager_answer() == "head"
    window.document.undo_stack.undo()
    # Silenced: the same drop again asks nothing and makes the head the manager.
    officer = _drop_officer(qtbot, window, seen)
    assert len(seen) == 1 and _manager(window, officer) == head
    # Edit > Ask Whom a Moved Post Reports To shows it silenced, and turns the question back on.
    ask = window.menu_actions.ask_keep_manager
    assert not ask.isChecked()
    ask.trigger()
    assert ask.isChecked() and Settings().keep_manager_answer() == ""
    window.document.undo_stack.undo()
    _drop_officer(qtbot, window, seen, "Report to Team Head")
    assert len(seen) == 2
