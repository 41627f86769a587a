"""Scenario > Scenario Details... and People > Consultation...: every field typed in the dialog,
OK is one undo step that marks the file modified, a bad value is one sentence and nothing changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox

from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import press_ok, tick, type_into


def test_scenario_details_sets_the_effective_date_and_description_in_one_step(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    scenario_id = window.document.scenario_id
    assert scenario_id is not None
    before = window.document.proposal.scenarios[scenario_id]
    window.records.scenario_details.trigger()
    dialog = window.records.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.form, "effective_date", "1/4/2022")
    type_into(qtbot, dialog.form, "description", "Option B: one locality team")
    press_ok(qtbot, dialog)
    after = window.document.proposal.scenarios[scenario_id]
    assert (after.effective_date, after.description) == (
        dt.date(2022, 4, 1),
        "Option B: one locality team",
    )
    assert not dialog.isVisible() and window.document.modified
    window.menu_actions.undo.trigger()
    assert window.document.proposal.scenarios[scenario_id] == before


def test_a_date_that_is_not_one_is_said_in_the_dialog_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    steps = window.document.undo_stack.count()
    window.records.scenario_details.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "effective_date", "next spring")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == (
        'The effective date must be a date such as 31/03/2021 (got "next spring").'
    )
    assert dialog.isVisible() and window.document.undo_stack.count() == steps


def test_the_consultation_record_is_edited_whole_in_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    to_id = window.document.proposal.scenario_named("To be").id
    window.document.set_scenario(to_id)
    before = window.document.proposal.consultation_for(to_id)
    steps = window.document.undo_stack.count()
    window.records.consultation.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    typed = {
        "start": "01/05/2022",
        "end": "30/06/2022",
        "hr1_sent": "28/04/2022",
        "selection_date": "15/07/2022",
        "notice_date": "01/08/2022",
        "implementation_date": "01/11/2022",
        "slot_threshold": "60",
        "other_redundancies": "3",
        "multiplier": "1.5",
        "protection": "100, 50",
        "contractual_notice_weeks": "12",
    }
    for attribute, text in typed.items():
        type_into(qtbot, dialog.form, attribute, text)
    tick(qtbot, dialog.form, "actual_pay")
    press_ok(qtbot, dialog)
    after = window.document.proposal.consultation_for(to_id)
    assert (after.start, after.end, after.hr1_sent) == (
        dt.date(2022, 5, 1),
        dt.date(2022, 6, 30),
        dt.date(2022, 4, 28),
    )
    assert (after.selection_date, after.notice_date, after.implementation_date) == (
        dt.date(2022, 7, 15),
        dt.date(2022, 8, 1),
        dt.date(2022, 11, 1),
    )
    assert (after.slot_threshold, after.other_redundancies, after.actual_pay) == (60.0, 3, True)
    assert (after.multiplier, after.protection, after.contractual_notice_weeks) == (
        Decimal("1.5"),
        (Decimal(100), Decimal(50)),
        12,
    )
    assert window.document.undo_stack.count() == steps + 1
    window.menu_actions.undo.trigger()
    assert window.document.proposal.consultation_for(to_id) == before


def test_a_refused_consultation_keeps_the_dialog_open_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    window.records.consultation.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "multiplier", "0.5")
    press_ok(qtbot, dialog)
    assert "below 1: the statutory payment is the least" in dialog.message.text()
    assert dialog.isVisible() and not window.document.modified


def test_every_check_box_of_the_record_dialogs_shows_its_whole_label(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # A label cut at the dialog's edge ("... (not the statu") once hid what a box meant.
    window = bury_window
    for action in (window.records.consultation, window.records.scenario_details):
        action.trigger()
        dialog = window.records.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        for box in dialog.findChildren(QCheckBox):
            assert box.width() >= box.sizeHint().width(), box.text()
        dialog.reject()
