"""Edit > Organisations: rename "New organisation", add a partner, recolour, remove; each one undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgchart_app.domain import OrganisationKind
from orgchart_app.ui.dialogs.organisations import COLUMNS
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.cells import type_in_cell


def _shown(window: MainWindow) -> list[tuple[str, ...]]:
    table = window.proposal_menus.organisations_dialog().table
    return [
        tuple(table.item(row, column).text() for column in range(len(COLUMNS) - 1))
        for row in range(table.rowCount())
    ]


def test_a_new_proposal_s_organisation_is_renamed_and_a_partner_added(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.menu_actions.new.trigger()
    window.menu_actions.organisations.trigger()
    dialog = window.proposal_menus.organisations_dialog()
    qtbot.waitExposed(dialog)
    table, stack, proposal = dialog.table, window.document.undo_stack, window.document.proposal
    assert _shown(window) == [("New org", "New organisation", "Local authority", "", "")]

    def cell(row: int, column: str, text: str) -> None:
        type_in_cell(qtbot, table, row, column, text, COLUMNS)

    cell(0, "Name", "Wyvern County Council")
    cell(0, "Short name", "Wyvern CC")
    council = proposal.organisations[next(iter(proposal.organisations))]
    assert (council.name, council.short_name) == ("Wyvern County Council", "Wyvern CC")
    # The chart's box for the organisation follows its name, in the same undo step.
    assert [u.name for u in proposal.units.values()] == ["Wyvern County Council"]
    assert stack.count() == 2

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2 and stack.count() == 3
    cell(1, "Name", "Wyvern Integrated Care Board")
    cell(1, "Short name", "Wyvern ICB")
    cell(1, "Kind", "NHS body")
    cell(1, "Colour", "#336699")
    assert _shown(window)[1] == (
        "Wyvern ICB",
        "Wyvern Integrated Care Board",
        "NHS body",
        "#336699",
        "",
    )
    partner = list(proposal.organisations.values())[1]
    assert (partner.kind, partner.colour) == (OrganisationKind.NHS_BODY, "#336699")
    assert stack.count() == 7

    cell(1, "Colour", "teal")
    assert dialog.message.text() == 'The colour "teal" is not a colour such as #336699.'
    assert _shown(window)[1][3] == "#336699" and stack.count() == 7

    table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        '"Wyvern CC" is still used by 1 post and 1 unit: move them to another organisation first.'
    )
    table.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1 and len(proposal.organisations) == 1 and stack.count() == 8

    window.menu_actions.undo.trigger()
    assert table.rowCount() == 2 and list(proposal.organisations.values())[1] == partner
    for _ in range(7):
        window.menu_actions.undo.trigger()
    assert _shown(window) == [("New org", "New organisation", "Local authority", "", "")]


def test_an_organisation_s_pay_scale_is_typed_by_name(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.menu_actions.organisations.trigger()
    dialog = window.proposal_menus.organisations_dialog()
    proposal, stack = window.document.proposal, window.document.undo_stack
    lco = next(o for o in proposal.organisations.values() if o.short_name == "Bury LCO")
    row = list(proposal.organisations).index(lco.id)
    assert _shown(window)[row][4] == ""
    type_in_cell(qtbot, dialog.table, row, "Pay scale", "nhs agenda for change", COLUMNS)
    assert proposal.organisations[lco.id].pay_scale_id == 2 and stack.count() == 1
    assert _shown(window)[row][4] == "NHS Agenda for Change"
    type_in_cell(qtbot, dialog.table, row, "Pay scale", "Hay", COLUMNS)
    assert dialog.message.text() == (
        '"Hay" is not a pay scale of this file (Costs > Pay Scales and Grades: NJC pay spine, '
        "NHS Agenda for Change)."
    )
    assert stack.count() == 1
    window.menu_actions.undo.trigger()
    assert proposal.organisations[lco.id] == lco
