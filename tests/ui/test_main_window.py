"""The window through its menus and shortcuts: titles, undo names, find, scenarios, compare, about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from orgchart_app.domain import PostId
from orgchart_app.edits import Redesignate
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.export_pdf import ExportPdfDialog
from orgchart_app.ui.window.main_window import MainWindow


def post_id(window: MainWindow, ref: str, scenario: str = "As is") -> PostId:
    proposal = window.document.proposal
    post = proposal.post_by_ref(proposal.scenario_named(scenario).id, ref)
    assert post is not None
    return post.id


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_the_menus_are_the_ones_people_expect(window: MainWindow) -> None:
    assert menu_titles(window) == [
        "File",
        "Edit",
        "View",
        "Scenario",
        "Costs",
        "People",
        "Window",
        "Help",
    ]
    scenario_items = [a.text().replace("&", "") for a in window.menus.scenario.actions()]
    assert scenario_items[2:5] == [
        "Rename Scenario...",
        "Scenario Details...",
        "Delete Scenario",
    ]
    file_items = [a.text().replace("&", "") for a in window.menus.file.actions() if a.text()]
    assert file_items == [
        "New",
        "Open...",
        "Open Recent",
        "Open Team Proposal...",
        "Team History...",
        "Import Establishment...",
        "Save",
        "Save As...",
        "Save a Copy without People...",
        "Export PDF...",
        "Export Word...",
        "Export Web Page...",
        "Export Picture...",
        "Proposal Details...",
        "Close",
        "Quit",
    ]


def test_the_title_names_the_file_and_marks_unsaved_changes(bury_window: MainWindow) -> None:
    window = bury_window
    assert window.windowTitle().startswith("bury_community_commissioning.sqlite[*]")
    assert not window.isWindowModified()
    window.document.push(Redesignate(post_id(window, "BC-1071"), "Brokerage Assistant"))
    assert window.isWindowModified()
    window.menu_actions.undo.trigger()
    assert not window.isWindowModified()


def test_undo_and_redo_are_named_after_the_edit_and_ctrl_z_undoes(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = post_id(window, "BC-1071")
    window.document.push(Redesignate(target, "Brokerage Assistant"))
    assert window.menu_actions.undo.text() == (
        '&Undo Redesignate "Brokerage Relationship Assistant" as "Brokerage Assistant"'
    )
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.proposal.posts[target].title == "Brokerage Relationship Assistant"
    assert window.menu_actions.redo.text().startswith('&Redo Redesignate "Brokerage Relationship')
    assert "Undone: Redesignate" in window.statusBar().currentMessage()


def test_select_all_by_shortcut_selects_every_post_of_the_scenario(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    scenario = window.document.scenario_id
    assert scenario is not None
    assert set(window.document.selection) == {
        p.id for p in window.document.proposal.posts_in(scenario)
    }


def test_find_selects_the_matching_posts(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(lambda cls, *a: "safeguarding"))
    bury_window.menu_actions.find.trigger()
    titles = {bury_window.document.proposal.posts[p].title for p in bury_window.document.selection}
    assert titles and all("safeguarding" in t.casefold() for t in titles)
    assert f"{len(titles)} posts match" in bury_window.statusBar().currentMessage()


def test_delete_removes_the_selected_post_and_undo_brings_it_back(bury_window: MainWindow) -> None:
    window = bury_window
    target = post_id(window, "BC-1071")
    window.document.select([target])
    window.menu_actions.delete.trigger()
    assert target not in window.document.proposal.posts
    window.menu_actions.undo.trigger()
    assert window.document.proposal.posts[target].title == "Brokerage Relationship Assistant"


def test_copy_and_paste_put_a_new_post_under_the_selected_one(bury_window: MainWindow) -> None:
    window = bury_window
    officer, manager = post_id(window, "BC-1071"), post_id(window, "BC-1003")
    before = len(window.document.proposal.posts)
    window.document.select([officer])
    window.menu_actions.copy.trigger()
    window.document.select([manager])
    window.menu_actions.paste.trigger()
    assert len(window.document.proposal.posts) == before + 1
    (pasted,) = window.document.selection
    post = window.document.proposal.posts[pasted]
    assert post.title == "Brokerage Relationship Assistant" and post.reports_to_id == manager
    assert post.post_ref not in ("BC-1071", "")
    assert window.menu_actions.undo.text() == "&Undo Paste 1 post"


def test_new_scenario_from_copy_switches_to_it_and_undo_removes_it(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = bury_window
    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(lambda cls, *a: "Option B"))
    window.menu_actions.new_scenario.trigger()
    proposal = window.document.proposal
    assert proposal.scenarios[window.document.scenario_id].name == "Option B"
    assert window.scenarios.chooser.currentText() == "Option B"
    switch_names = [a.text() for a in window.menus.switch_scenario.actions()]
    assert switch_names == ["As is", "To be", "Option B"]
    window.menu_actions.undo.trigger()
    assert all(s.name != "Option B" for s in proposal.scenarios.values())
    assert window.scenarios.chooser.currentText() == "As is"


def test_switching_scenario_from_the_menu_refills_the_tree(bury_window: MainWindow) -> None:
    window = bury_window
    to_be = next(a for a in window.menus.switch_scenario.actions() if a.text() == "To be")
    to_be.trigger()
    assert window.document.scenario_id == window.document.proposal.scenario_named("To be").id
    assert window.structure_dock.model.scenario_id == window.document.scenario_id


def test_compare_lists_the_changes_and_clicking_one_selects_the_post(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.menu_actions.compare.trigger()
    assert window.document.compare is not None
    changes = window.changes_dock.list
    kinds = {changes.topLevelItem(i).text(0) for i in range(changes.topLevelItemCount())}
    assert {"established", "deleted"} <= kinds
    deleted = next(
        changes.topLevelItem(i)
        for i in range(changes.topLevelItemCount())
        if changes.topLevelItem(i).text(0) == "deleted"
    )
    changes.scrollToItem(deleted)
    rect = changes.visualItemRect(deleted)
    qtbot.mouseClick(changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (selected,) = window.document.selection
    assert window.document.proposal.posts[selected].post_ref == deleted.text(1)
    window.menu_actions.compare.trigger()
    assert window.document.compare is None and changes.topLevelItemCount() == 0


def test_about_names_the_versions(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.About, "ask", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    window.menu_actions.about.trigger()
    assert all(name in shown[0] for name in ("Python", "Qt", "PySide6", "SQLite", "Graphviz"))


def test_the_status_bar_keeps_the_scenario_size_in_view(bury_window: MainWindow) -> None:
    summary = bury_window.status.summary
    assert summary.text() == "As is: 57 posts, 57 FTE"
    bury_window.document.select([post_id(bury_window, "BC-1071")])
    bury_window.menu_actions.delete.trigger()
    assert summary.text() == "As is: 56 posts, 56 FTE"


def test_folding_belongs_to_the_single_chart(bury_window: MainWindow) -> None:
    assert bury_window.menu_actions.collapse_all.isEnabled()
    bury_window.menu_actions.compare.trigger()
    assert not bury_window.menu_actions.collapse_all.isEnabled()
    bury_window.menu_actions.compare.trigger()
    bury_window.menu_actions.close.trigger()
    assert (
        not bury_window.menu_actions.collapse_all.isEnabled()
        and not bury_window.menu_actions.zoom_in.isEnabled()
    )


def test_the_view_menu_zooms_the_chart_and_remembers_the_layout_engine(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    chart = bury_window.central.chart
    qtbot.waitUntil(lambda: not chart.busy)
    before = chart.transform().m11()
    bury_window.menu_actions.zoom_in.trigger()
    assert chart.transform().m11() > before
    bury_window.menu_actions.engine_graphviz.trigger()
    assert chart.chart.engine == "graphviz" and bury_window.settings.layout_engine() == "graphviz"
    qtbot.waitUntil(lambda: not chart.busy, timeout=30_000)
    bury_window.menu_actions.engine_compact.trigger()
    assert chart.chart.engine == "compact"


def test_export_pdf_runs_the_export_dialog_on_the_document(
    bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []

    def run(cls: type, parent: object, document: object, settings: object) -> Path:
        shown.append(document)
        return tmp_path / "Appendix 5.pdf"

    monkeypatch.setattr(ExportPdfDialog, "run", classmethod(run))
    bury_window.menu_actions.export_pdf.trigger()
    assert shown == [bury_window.document]
    assert bury_window.statusBar().currentMessage() == 'Exported "Appendix 5.pdf".'


def test_rename_and_delete_the_scenario_from_the_menu(
    bury_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = bury_window
    monkeypatch.setattr(dialogs.AskText, "ask", classmethod(lambda cls, *a: "Current"))
    window.menu_actions.rename_scenario.trigger()
    assert window.scenarios.chooser.currentText() == "Current"
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.Confirm,
        "ask",
        classmethod(lambda cls, parent, title, text: asked.append(text) or True),
    )
    window.menu_actions.delete_scenario.trigger()
    assert asked and '"Current"' in asked[0]
    names = [s.name for s in window.document.proposal.scenarios.values()]
    assert names == ["To be"] and window.scenarios.chooser.currentText() == "To be"
    window.menu_actions.undo.trigger()
    assert [s.name for s in window.document.proposal.scenarios.values()] == ["Current", "To be"]


def test_cut_and_paste_moves_the_same_post_in_one_undo_step(bury_window: MainWindow) -> None:
    window = bury_window
    proposal = window.document.proposal
    officer, manager = post_id(window, "BC-1071"), post_id(window, "BC-3002")
    before = len(proposal.posts)
    window.document.select([officer])
    window.menu_actions.cut.trigger()
    assert officer in proposal.posts and window.document.undo_stack.count() == 0  # moved on paste
    window.document.select([manager])
    window.menu_actions.paste.trigger()
    moved = proposal.posts[officer]
    assert (moved.post_ref, moved.reports_to_id) == ("BC-1071", manager)
    assert moved.unit_id == proposal.posts[manager].unit_id and len(proposal.posts) == before
    assert window.document.selection == (officer,) and window.document.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert proposal.posts[officer].reports_to_id == post_id(window, "BC-1003")


def test_cut_then_paste_with_nothing_selected_says_where_to_paste(bury_window: MainWindow) -> None:
    window = bury_window
    window.document.select([post_id(window, "BC-1071")])
    window.menu_actions.cut.trigger()
    window.document.select([])
    before = window.document.proposal.snapshot()
    window.menu_actions.paste.trigger()
    assert window.document.proposal.snapshot() == before
    assert "Select the post" in window.statusBar().currentMessage()
