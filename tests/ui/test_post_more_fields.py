"""The properties panel's further post fields (stated salary, spinal point, end date, funding
source, assistant, interim line): typed or ticked, each one undo step; a bad value one sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import tick, type_into
from tests.ui.test_assumed_values import click_in_tree
from tests.ui.test_docks import post_id


def test_each_further_field_is_its_own_undo_step(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = post_id(window, "BC-1050")
    before = window.document.proposal.posts[target]
    click_in_tree(qtbot, window, target)
    more = window.properties_dock.panel.more
    steps = window.document.undo_stack.count()
    type_into(qtbot, more, "salary", "£31,346")
    type_into(qtbot, more, "spinal_point", "23")
    type_into(qtbot, more, "end_date", "31/03/2024")
    type_into(qtbot, more, "funding_source", "Better Care Fund")
    tick(qtbot, more, "is_assistant")
    tick(qtbot, more, "temporary_line")
    after = window.document.proposal.posts[target]
    assert (after.salary, after.spinal_point, after.end_date, after.funding_source) == (
        Decimal(31346),
        23,
        dt.date(2024, 3, 31),
        "Better Care Fund",
    )
    assert (after.is_assistant, after.temporary_line) == (True, not before.temporary_line)
    assert window.document.undo_stack.count() == steps + 6 and window.document.modified
    for _ in range(6):
        window.menu_actions.undo.trigger()
    assert window.document.proposal.posts[target] == before
    assert more.text_of("salary") == ""  # the panel follows the undo


def test_a_salary_that_is_not_an_amount_is_said_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    click_in_tree(qtbot, window, post_id(window, "BC-1050"))
    panel = window.properties_dock.panel
    steps = window.document.undo_stack.count()
    type_into(qtbot, panel.more, "salary", "lots")
    assert panel.message.text() == 'The salary must be an amount such as £31,346 (got "lots").'
    assert window.document.undo_stack.count() == steps
