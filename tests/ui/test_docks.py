"""The structure tree and the properties form, used the way a person does: clicks, typing, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from orgchart_app.analysis.budget import budget_fit
from orgchart_app.domain import PostId, PostStatus
from orgchart_app.domain.wording import money_text
from orgchart_app.ui.window.main_window import MainWindow


def post_id(window: MainWindow, ref: str) -> PostId:
    proposal = window.document.proposal
    post = proposal.post_by_ref(window.document.scenario_id, ref)  # type: ignore[arg-type]
    assert post is not None
    return post.id


def editor(window: MainWindow, field: str) -> QLineEdit:
    return window.properties_dock.panel.editors[field]


def retype(qtbot, line_edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry as a click in the drop-down list does: make it current, emit `activated`."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_clicking_a_post_in_the_tree_selects_it_everywhere(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = post_id(window, "BC-1071")
    tree = window.structure_dock.view
    index = window.structure_dock.model.post_index(target)
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    assert window.document.selection == (target,)
    assert editor(window, "title").text() == "Brokerage Relationship Assistant"


def test_selecting_in_the_document_selects_the_tree_row(bury_window: MainWindow) -> None:
    window = bury_window
    first, second = post_id(window, "BC-1071"), post_id(window, "BC-1003")
    window.document.select([first, second])
    selected = window.structure_dock.view.selectionModel().selectedIndexes()
    assert {window.structure_dock.model.post_id(i) for i in selected} == {first, second}
    assert "2 posts selected" in window.properties_dock.panel.heading.text()
    assert not editor(window, "title").isEnabled()


def test_a_deployment_chosen_for_several_posts_is_one_step_for_all(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    posts = [post_id(window, "BC-1071"), post_id(window, "BC-1003")]
    document.select(posts)
    deployment = window.properties_dock.panel.choices.deployment
    assert deployment.isEnabled()
    choose(qtbot, deployment, "Bury LCO - Bury Local Care Organisation")
    lco = document.proposal.organisation_named("Bury LCO").id
    assert all(document.proposal.posts[p].deployed_to_id == lco for p in posts)
    assert document.undo_stack.count() == 1
    assert deployment.currentText() == "Bury LCO - Bury Local Care Organisation"


def test_typing_a_new_title_and_enter_redesignates_and_ctrl_z_undoes(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = post_id(window, "BC-1071")
    window.document.select([target])
    retype(qtbot, editor(window, "title"), "Brokerage Assistant")
    assert window.document.proposal.posts[target].title == "Brokerage Assistant"
    row = window.structure_dock.model.post_index(target)
    assert row.data().startswith("Brokerage Assistant")
    assert 'Redesignate "Brokerage Relationship Assistant"' in window.statusBar().currentMessage()
    window.structure_dock.view.setFocus()
    qtbot.keyClick(window.structure_dock.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.proposal.posts[target].title == "Brokerage Relationship Assistant"
    assert editor(window, "title").text() == "Brokerage Relationship Assistant"


def test_a_refused_value_is_explained_in_the_panel_and_status_bar(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = post_id(window, "BC-1071")
    window.document.select([target])
    retype(qtbot, editor(window, "fte"), "1.5")
    message = window.properties_dock.panel.message.text()
    assert message.startswith("FTE must be more than 0 and at most 1")
    assert message in window.statusBar().currentMessage()
    assert window.document.proposal.posts[target].fte == 1.0
    retype(qtbot, editor(window, "quantity"), "three")
    assert "whole number" in window.properties_dock.panel.message.text()
    retype(qtbot, editor(window, "quantity"), "3")
    assert window.document.proposal.posts[target].quantity == 3
    assert window.properties_dock.panel.message.text() == ""


def test_each_choice_field_is_one_undoable_edit(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    target = post_id(window, "BC-1071")
    manager = post_id(window, "BC-1050")
    document.select([target])
    choices = window.properties_dock.panel.choices
    choose(qtbot, choices.status, "Vacant")
    choose(qtbot, choices.reports_to, "Head of Adult Safeguarding (BC-1050)")
    choose(qtbot, choices.unit, "Reviewing Team (Community Commissioning)")
    post = document.proposal.posts[target]
    assert post.status is PostStatus.VACANT and post.reports_to_id == manager
    assert document.proposal.units[post.unit_id].name == "Reviewing Team"
    assert document.undo_stack.count() == 3
    for _ in range(3):
        window.menu_actions.undo.trigger()
    assert document.proposal.posts[target].status is PostStatus.FILLED
    assert choices.status.currentText() == "Filled"


def test_the_grade_is_chosen_from_the_proposals_grades(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    target = post_id(window, "BC-1071")
    window.document.select([target])
    grade = window.properties_dock.panel.choices.grade
    assert not grade.isEditable() and grade.currentText() == "Grade 5"
    choose(qtbot, grade, "Grade 6")
    assert window.document.proposal.posts[target].grade == "Grade 6"


def test_grades_can_be_typed_when_the_proposal_has_no_grade_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.central.welcome.new_button, Qt.MouseButton.LeftButton)
    (chief,) = window.document.proposal.posts
    window.document.select([chief])
    grade = window.properties_dock.panel.choices.grade
    assert grade.isEditable()
    retype(qtbot, grade.lineEdit(), "Grade 7")
    assert window.document.proposal.posts[chief].grade == "Grade 7"


def test_the_costs_dock_adds_up_the_scenario(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bury_window.costs_dock.raise_()  # as a click on its tab does; tabbed away it costs nothing
    table = bury_window.costs_dock.table
    qtbot.waitUntil(lambda: table.topLevelItemCount() > 0)
    whole = table.topLevelItem(0)
    assert whole.text(0) == 'All of "As is"' and whole.text(1) == "57" and whole.text(3) == "5"


def test_the_costs_dock_fits_the_proposal_to_the_budget_and_follows_edits(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    window.menu_actions.compare.trigger()
    window.costs_dock.raise_()
    proposal = window.document.proposal
    to_be = proposal.scenario_named("To be").id
    fit = budget_fit(proposal, to_be)
    qtbot.waitUntil(lambda: "Against" in window.costs_dock.summary.text())
    summary = window.costs_dock.summary.text()
    assert f"costs {money_text(fit.scenario_cost.totals.total)} a year" in summary
    assert f"Budget {money_text(fit.available)}" in summary and 'Against "As is"' in summary
    officer = proposal.post_by_ref(to_be, "NEW-84")
    assert officer is not None
    window.document.select([officer.id])
    window.menu_actions.delete.trigger()
    qtbot.waitUntil(lambda: window.costs_dock.summary.text() != summary)
    cheaper = budget_fit(proposal, to_be).scenario_cost.totals.total
    assert cheaper < fit.scenario_cost.totals.total
    assert f"costs {money_text(cheaper)} a year" in window.costs_dock.summary.text()


def test_f2_puts_the_cursor_in_the_selected_posts_title(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.document.select([post_id(window, "BC-1071")])
    window.activateWindow()
    qtbot.waitActive(window)
    window.structure_dock.view.setFocus()
    qtbot.keyClick(window.structure_dock.view, Qt.Key.Key_F2)
    title = editor(window, "title")
    assert title.hasFocus() and title.selectedText() == "Brokerage Relationship Assistant"


def test_the_tree_lists_a_units_own_posts_before_its_sub_units(bury_window: MainWindow) -> None:
    model = bury_window.structure_dock.model
    organisation = model.index(0, 0)
    assert organisation.data() == "Bury OCO"
    first, last = (
        model.index(0, 0, organisation),
        model.index(model.rowCount(organisation) - 1, 0, organisation),
    )
    assert model.post_id(first) == post_id(bury_window, "BC-1001")  # the head of the organisation
    assert model.unit_id(last) is not None


def test_the_costs_dock_says_the_cost_is_not_given_when_posts_have_no_grade(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    bury_window.costs_dock.raise_()
    dock = bury_window.costs_dock
    qtbot.waitUntil(lambda: "no grade" in dock.summary.text())
    assert "57 posts have no grade, so the structure's cost is not given" in dock.summary.text()
    assert "£0" not in dock.summary.text()
    whole = dock.table.topLevelItem(0)
    assert whole.text(4) == "not given"
