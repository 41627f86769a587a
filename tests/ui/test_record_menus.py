"""The details dialogs opened from a record's own menu: a unit's (the structure tree's right
click), a pool's and a person's outcome's (the People view's). Typed in, OK, one undo step."""

from __future__ import annotations

import datetime as dt

from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import press_ok, type_into
from tests.ui.test_people_view import people_view, staff
from tests.ui.test_unit_editing import choose_from_context_menu, unit


def test_unit_details_sets_reference_colour_description_and_lead(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    before = unit(window, "Brokerage")
    lead = window.document.proposal.posts_in(before.scenario_id)[0]
    choose_from_context_menu(qtbot, window, before.id, ["Unit Details..."])
    dialog = window.structure_dock.units.details_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.form, "unit_ref", "BRK-1")
    type_into(qtbot, dialog.form, "colour", "#336699")
    type_into(qtbot, dialog.form, "description", "Arranges care packages")
    type_into(qtbot, dialog.form, "lead_post_id", lead.post_ref)
    press_ok(qtbot, dialog)
    after = window.document.proposal.units[before.id]
    assert (after.unit_ref, after.colour, after.description, after.lead_post_id) == (
        "BRK-1",
        "#336699",
        "Arranges care packages",
        lead.id,
    )
    window.menu_actions.undo.trigger()
    assert window.document.proposal.units[before.id] == before


def test_a_colour_or_lead_that_is_not_one_is_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    brokerage = unit(window, "Brokerage")
    choose_from_context_menu(qtbot, window, brokerage.id, ["Unit Details..."])
    dialog = window.structure_dock.units.details_dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "colour", "blue")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == 'The colour must be a colour such as #1f77b4 (got "blue").'
    type_into(qtbot, dialog.form, "colour", "")
    type_into(qtbot, dialog.form, "lead_post_id", "NO-SUCH")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == 'The lead post must be a post of this scenario (no "NO-SUCH").'
    assert dialog.isVisible() and not window.document.modified


def test_pool_and_outcome_details_from_the_people_view(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    document = window.document
    to_be, [person] = staff(window, ("BC-1030", "Postholder 8"))
    view = people_view(qtbot, window)
    pool = next(iter(document.proposal.pools_for(to_be)))
    menu = view.pool_menu(pool.id)
    next(
        a for a in menu.actions() if a.text().replace("&", "").startswith("Pool Details")
    ).trigger()
    dialog = view.pools.details_dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "selection", "competitive interview")
    type_into(qtbot, dialog.form, "interview_date", "14/07/2022")
    type_into(qtbot, dialog.form, "notes", "panel of three")
    press_ok(qtbot, dialog)
    changed = document.proposal.pools[pool.id]
    assert (changed.selection, changed.interview_date, changed.notes) == (
        "competitive interview",
        dt.date(2022, 7, 14),
        "panel of three",
    )
    next(a for a in view.outcome_menu(person).actions() if a.text() == "At risk").trigger()
    steps = document.undo_stack.count()
    menu = view.outcome_menu(person)
    next(
        a for a in menu.actions() if a.text().replace("&", "").startswith("Outcome Details")
    ).trigger()
    dialog = view.details_dialog
    assert dialog is not None
    type_into(qtbot, dialog.form, "job_match", "45")
    type_into(qtbot, dialog.form, "leaving_date", "31/10/2022")
    type_into(qtbot, dialog.form, "notes", "asked for VR")
    press_ok(qtbot, dialog)
    outcome = document.proposal.outcome_of(person, to_be)
    assert outcome is not None and outcome.kind is OutcomeKind.AT_RISK
    assert (outcome.job_match, outcome.leaving_date, outcome.notes) == (
        45.0,
        dt.date(2022, 10, 31),
        "asked for VR",
    )
    assert document.undo_stack.count() == steps + 1
    window.menu_actions.undo.trigger()
    undone = document.proposal.outcome_of(person, to_be)
    assert undone is not None and (undone.job_match, undone.notes) == (None, "")
