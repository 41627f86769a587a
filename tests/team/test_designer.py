"""Two designer windows on one team proposal: each sees the other's edits; a stale one is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import PostId
from orgchart_app.samples.bury_people import DELETED_FILLED, MOVING_TEAMS
from orgchart_app.storage import open_proposal
from orgchart_app.storage.team.passwords import KEYRING_SERVICE
from orgchart_app.ui.dialogs import prompts
from orgchart_app.ui.dialogs.team_server import TeamServer
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings, name_application
from tests.team.helpers import MemoryKeyring
from tests.team.server import Server
from tests.ui.conftest import (
    OFFSCREEN_NOISE,
    empty_clipboard_afterwards,
    no_unexpected_dialogs,
    private_folders,
)
from tests.ui.test_view_stays import close, on_screen

__all__ = ["empty_clipboard_afterwards", "no_unexpected_dialogs", "private_folders"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def alice_url(server: Server, database: str, bury_library: str) -> str:
    return f"postgresql://alice@127.0.0.1:{server.port}/{database}"


@pytest.fixture
def windows(
    qtbot,
    qapp: QApplication,
    memory_keyring: MemoryKeyring,
    alice_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    """Two windows, each opening "Bury" by File > Open Team Proposal."""
    asked: list[str] = []

    def ask_server(cls: type, parent: object, url: str, problem: str = "") -> tuple[str, str]:
        asked.append(url)
        return alice_url, "alice-password"

    monkeypatch.setattr(TeamServer, "ask", classmethod(ask_server))
    monkeypatch.setattr(prompts.ChooseItem, "ask", classmethod(lambda cls, *a, **k: "Bury"))
    name_application()
    pair = (MainWindow(settings=Settings()), MainWindow(settings=Settings()))
    for window in pair:
        window.show()
        qtbot.waitExposed(window)
        window.menu_actions.open_team.trigger()
        qtbot.waitUntil(
            lambda w=window: not w.central.chart.busy and bool(w.central.chart.chart.posts)
        )
    # The server was asked for once; the second window found it remembered, password and all.
    assert asked == [""]
    kept_as = alice_url.removeprefix("postgresql://")  # the address as messages show it
    assert memory_keyring.passwords == {(KEYRING_SERVICE, kept_as): "alice-password"}
    assert "alice-password" not in Path(pair[0].settings.location).read_text()
    yield pair
    for window in pair:
        window.close()
        window.deleteLater()


def leaves(window: MainWindow) -> list[PostId]:
    document = window.document
    proposal = document.proposal
    assert document.scenario_id is not None
    posts = sorted(proposal.posts_in(document.scenario_id), key=lambda p: p.post_ref)
    # Not the posts the sample's fictional staff hold: a member not granted personal data may
    # not delete a post whose postholders they cannot see.
    staffed = set(DELETED_FILLED + MOVING_TEAMS)
    return [p.id for p in posts if not proposal.reports_of(p.id) and p.post_ref not in staffed]


def click(qtbot, window: MainWindow, post: PostId) -> None:  # type: ignore[no-untyped-def]
    """Bring the window to the front (shortcuts go to the active window) and click the post."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    chart = window.central.chart
    rect = chart.chart.posts[post].sceneBoundingRect()
    chart.ensureVisible(rect)
    at: QPoint = chart.mapFromScene(rect.center())
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.document.selection == (post,)


def test_an_edit_in_one_window_appears_in_the_other_which_keeps_its_place(
    qtbot, windows: tuple[MainWindow, MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    assert first.windowTitle().startswith("Bury (team)")
    gone, kept = leaves(first)[:2]
    click(qtbot, second, kept)
    chart = second.central.chart
    zoom, where = chart.zoom, on_screen(chart, kept)
    click(qtbot, first, gone)
    qtbot.keyClick(first.central.chart.viewport(), Qt.Key.Key_Delete)
    assert gone not in first.document.proposal.posts, first.statusBar().currentMessage()
    qtbot.waitUntil(lambda: gone not in second.central.chart.chart.posts, timeout=3_000)
    assert gone not in second.document.proposal.posts
    assert second.statusBar().currentMessage().startswith("Changed by alice: Delete")
    assert second.document.selection == (kept,)
    qtbot.waitUntil(lambda: not chart.busy)
    assert chart.zoom == zoom and close(on_screen(chart, kept), where)
    assert not second.document.modified and not first.document.modified  # both on the server
    # Undo in the first window puts the post back; the second marks it, naming who, a moment.
    first.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: gone in second.central.chart.chart.posts, timeout=3_000)
    assert second.central.chart.remote_marks.marked == {gone: "alice"}
    qtbot.waitUntil(lambda: not second.central.chart.remote_marks.marked, timeout=6_000)


def test_a_stale_edit_in_the_other_window_is_refused_with_a_sentence(
    qtbot, windows: tuple[MainWindow, MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    post = leaves(first)[0]
    click(qtbot, second, post)
    click(qtbot, first, post)
    qtbot.keyClick(first.central.chart.viewport(), Qt.Key.Key_Delete)
    # The second window has not heard yet (no events have run since): its delete is stale.
    second.menu_actions.delete.trigger()
    message = second.statusBar().currentMessage()
    assert message.startswith(f"Not done: Post {post} was removed by alice at "), message
    assert post not in second.document.proposal.posts  # it shows the current state
    assert not second.document.undo_stack.canUndo()  # the refused edit is no step of its own
    qtbot.waitUntil(lambda: post not in second.central.chart.chart.posts, timeout=3_000)


def test_a_window_says_it_is_offline_keeps_the_edit_and_sends_it_when_the_server_is_back(
    qtbot, windows: tuple[MainWindow, MainWindow], stopped: Server, database: str
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    post = leaves(first)[0]
    stopped.stop()
    click(qtbot, first, post)
    qtbot.keyClick(first.central.chart.viewport(), Qt.Key.Key_Delete)
    assert post not in first.document.proposal.posts  # kept in the window
    label = first.team.offline_label
    assert label.isVisible() and label.text().startswith("Offline: your edits are kept")
    qtbot.waitUntil(lambda: second.team.offline_label.isVisible(), timeout=5_000)
    stopped.start()
    qtbot.waitUntil(lambda: not first.team.offline_label.isVisible(), timeout=10_000)
    assert stopped.sql(f"SELECT count(*) FROM post WHERE id = {post}", database) == [(0,)]
    qtbot.waitUntil(lambda: post not in second.document.proposal.posts, timeout=10_000)
    assert not second.team.offline_label.isVisible()


def delete_a_leaf(qtbot, window: MainWindow) -> tuple[PostId, str]:  # type: ignore[no-untyped-def]
    """Delete a post by clicking it and pressing Delete; the post and its title."""
    post = leaves(window)[0]
    title = window.document.proposal.posts[post].title
    click(qtbot, window, post)
    qtbot.keyClick(window.central.chart.viewport(), Qt.Key.Key_Delete)
    return post, title


def answer_to(choices: list[tuple[str, object]], text: str) -> object:
    return next(value for shown, value in choices if shown.startswith(text))


def answer_history(
    monkeypatch: pytest.MonkeyPatch, use: str, scenario: str = ""
) -> list[tuple[str, list[str]]]:
    """Team History's questions answered as a user would: the oldest edit (the push), then
    `use`, then `scenario`; each question asked, with the choices it listed."""
    asked: list[tuple[str, list[str]]] = []

    def choose(
        cls: type, parent: object, title: str, label: str, choices: list[tuple[str, object]]
    ) -> object:
        asked.append((label, [text for text, _ in choices]))
        if label.startswith("Open the proposal as it was after"):
            return choices[-1][1]
        if label.startswith("The proposal as it was after edit"):
            return answer_to(choices, use)
        return answer_to(choices, scenario)

    monkeypatch.setattr(prompts.ChooseItem, "ask", classmethod(choose))
    return asked


def test_team_history_opens_a_past_state_read_only(
    qtbot, windows: tuple[MainWindow, MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, _ = windows
    post, title = delete_a_leaf(qtbot, first)
    asked = answer_history(monkeypatch, "Open it read-only")
    first.menu_actions.team_history.trigger()
    listed = asked[0][1]
    assert listed[0].startswith("2. ") and listed[0].endswith(f'alice: Delete "{title}"')
    assert listed[1].startswith("1. ") and " postgres: Pushed from " in listed[1]
    assert first.document.read_only and first.document.team is None
    assert post in first.document.proposal.posts
    assert first.windowTitle().startswith("Untitled proposal[*] (read-only)")
    # Save a Copy copies that past state out as a file.
    then = tmp_path / "then.sqlite"
    monkeypatch.setattr(prompts.SaveFile, "ask", classmethod(lambda cls, parent, suggested: then))
    assert first.menu_actions.save.text() == "&Save a Copy..."
    first.menu_actions.save.trigger()
    qtbot.waitUntil(then.exists, timeout=5_000)
    assert open_proposal(then).proposal.posts[post].title == title


def test_team_history_copies_a_past_scenario_in_as_a_new_one_undone_in_one_step(
    qtbot,
    windows: tuple[MainWindow, MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    server: Server,
    database: str,
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    scenario = first.document.proposal.scenarios[first.document.scenario_id].name
    _, title = delete_a_leaf(qtbot, first)
    asked = answer_history(monkeypatch, "Copy one of its scenarios", scenario)
    monkeypatch.setattr(
        prompts.AskText, "ask", classmethod(lambda cls, parent, title, label, text="": text)
    )
    first.menu_actions.team_history.trigger()
    assert [label for label, _ in asked] == [
        "Open the proposal as it was after:",
        "The proposal as it was after edit 1:",
        "Scenario to copy:",
    ]
    copy_name = f"{scenario} after edit 1"
    proposal = first.document.proposal
    copied = proposal.scenario_named(copy_name)
    assert title in {p.title for p in proposal.posts_in(copied.id)}  # as it was then
    assert first.document.team is not None and not first.document.read_only  # still live
    assert first.document.scenario_id == copied.id  # shown
    names = "SELECT name FROM scenario ORDER BY id"
    assert (copy_name,) in server.sql(names, database)
    qtbot.waitUntil(
        lambda: copy_name in {s.name for s in second.document.proposal.scenarios.values()},
        timeout=3_000,
    )
    first.menu_actions.undo.trigger()  # one step takes the whole copy away
    assert (copy_name,) not in server.sql(names, database)
    assert not any(s.name == copy_name for s in first.document.proposal.scenarios.values())
    assert first.document.undo_stack.canUndo()  # the delete before it is still there to undo
    qtbot.waitUntil(
        lambda: copy_name not in {s.name for s in second.document.proposal.scenarios.values()},
        timeout=3_000,
    )
