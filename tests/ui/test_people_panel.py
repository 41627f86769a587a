"""The People dock, used as a person does: clicks on its buttons and list, typing, Enter, Ctrl+Z."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from orgchart_app.domain import ContractKind, Postholder, PostId
from orgchart_app.ui.docks.people import PeoplePanel
from orgchart_app.ui.window.main_window import MainWindow

HEAD_OF_SAFEGUARDING = "BC-1050"
OPERATIONS_MANAGER = "BC-1051"  # an as-is post with nobody recorded on it


def post_id(window: MainWindow, ref: str) -> PostId:
    post = window.document.proposal.post_by_ref(window.document.scenario_id, ref)  # type: ignore[arg-type]
    assert post is not None
    return post.id


def people_on(window: MainWindow, post: PostId) -> list[Postholder]:
    holders = window.document.proposal.postholders.values()
    return sorted((h for h in holders if h.post_id == post), key=lambda h: h.id)


def retype(qtbot, line_edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ctrl_z(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.central.setFocus()
    qtbot.keyClick(window.central, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_selected_posts_people_are_listed_and_named_in_the_properties(
    bury_window: MainWindow,
) -> None:
    window = bury_window
    window.document.select([post_id(window, HEAD_OF_SAFEGUARDING)])
    panel = window.people_dock.panel
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == [
        "Siân Ó Dálaigh\n1 FTE, permanent"
    ]
    assert "Siân Ó Dálaigh" in window.properties_dock.panel.holders.text()
    window.document.select([post_id(window, OPERATIONS_MANAGER)])
    assert panel.people.count() == 0
    assert "nobody" in window.properties_dock.panel.holders.text()


def test_adding_and_filling_in_a_person_each_one_step_and_ctrl_z_undoes(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    document = window.document
    post = post_id(window, OPERATIONS_MANAGER)
    document.select([post])
    panel = window.people_dock.panel
    click(qtbot, panel.add_button)
    assert [h.name for h in people_on(window, post)] == ["New person"]
    assert panel.editors["name"].hasFocus()  # typing goes straight into the name
    qtbot.keyClicks(panel.editors["name"], "Postholder 1")
    qtbot.keyClick(panel.editors["name"], Qt.Key.Key_Return)
    for field, text in (
        ("employee_number", "E1234"),
        ("fte", "0.6"),
        ("service_start", "01/04/2009"),
        ("date_of_birth", "1975-06-30"),
        ("salary", "£31,346"),
        ("spinal_point", "23"),
        ("notes", "Fictional"),
    ):
        retype(qtbot, panel.editors[field], text)
    panel.contract.setFocus()
    qtbot.keyClick(panel.contract, Qt.Key.Key_Down)  # permanent -> fixed term
    retype(qtbot, panel.editors["contract_end"], "31/3/2027")
    (person,) = people_on(window, post)
    assert person == Postholder(
        person.id,
        post,
        "Postholder 1",
        "E1234",
        0.6,
        ContractKind.FIXED_TERM,
        dt.date(2027, 3, 31),
        dt.date(2009, 4, 1),
        dt.date(1975, 6, 30),
        None,
        Decimal("31346"),
        23,
        None,
        "Fictional",
    )
    assert document.undo_stack.count() == 11  # the add and ten fields
    assert panel.people.item(0).text() == (
        "Postholder 1 (E1234)\n0.6 FTE, fixed term to 31/03/2027"
    )
    assert panel.editors["service_start"].text() == "01/04/2009"
    ctrl_z(qtbot, window)
    assert people_on(window, post)[0].contract_end is None
    assert panel.editors["contract_end"].text() == ""
    for _ in range(10):
        ctrl_z(qtbot, window)
    assert people_on(window, post) == []
    assert panel.people.count() == 0
    # Redo brings the person back as they were, the same record, and the panel lists them.
    for _ in range(11):
        window.central.setFocus()
        qtbot.keyClick(
            window.central,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert people_on(window, post) == [person]
    assert panel.people.item(0).text() == (
        "Postholder 1 (E1234)\n0.6 FTE, fixed term to 31/03/2027"
    )


def choose_head_of_safeguarding(window: MainWindow) -> tuple[PostId, PeoplePanel, list[Postholder]]:
    """Select the post with one person on it: the post, the panel, and its people as they were."""
    post = post_id(window, HEAD_OF_SAFEGUARDING)
    window.document.select([post])
    return post, window.people_dock.panel, people_on(window, post)


def test_a_refusal_is_one_sentence_in_the_panel_and_nothing_changes(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    post, panel, before = choose_head_of_safeguarding(window)
    retype(qtbot, panel.editors["date_of_birth"], "01/01/2999")
    assert panel.message.text() == 'Siân Ó Dálaigh: "date_of_birth" 2999-01-01 is in the future.'
    assert panel.message.text() in window.statusBar().currentMessage()
    retype(qtbot, panel.editors["service_start"], "the first of April")
    assert panel.message.text() == (
        'The continuous service start must be a date such as 31/03/2021 (got "the first of April").'
    )
    retype(qtbot, panel.editors["fte"], "1.5")
    assert "at most 1" in panel.message.text()
    assert people_on(window, post) == before
    assert window.document.undo_stack.count() == 0
    retype(qtbot, panel.editors["fte"], "0.8")
    assert panel.message.text() == ""
    assert people_on(window, post)[0].fte == 0.8


def test_removing_the_chosen_person_and_ctrl_z_brings_them_back(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    post, panel, before = choose_head_of_safeguarding(window)
    rect = panel.people.visualItemRect(panel.people.item(0))
    qtbot.mouseClick(panel.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, panel.remove_button)
    assert people_on(window, post) == []
    assert not panel.remove_button.isEnabled()
    assert "nobody" in window.properties_dock.panel.holders.text()
    ctrl_z(qtbot, window)
    assert people_on(window, post) == before
    assert panel.people.count() == 1


def test_the_reference_side_of_a_comparison_is_shown_not_edited(bury_window: MainWindow) -> None:
    window = bury_window
    document = window.document
    as_is, to_be = list(document.proposal.scenarios)
    reference = post_id(window, HEAD_OF_SAFEGUARDING)
    document.set_compare((as_is, to_be))
    document.select([reference])
    assert document.selection == (reference,) and document.is_reference(reference)
    panel = window.people_dock.panel
    assert panel.people.count() == 1
    assert not panel.add_button.isEnabled() and not panel.form.isEnabled()
    assert "for reference" in panel.heading.text()
