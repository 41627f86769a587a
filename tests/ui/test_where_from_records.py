""" "Where does this come from?" for the records a user selects besides posts: a unit (its menu on
the chart and in the structure tree), a dotted line (the Properties panel with the line selected)
and an organisation (Edit > Organisations); each with its own fields, one undo step each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton, QTableWidget

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.domain.tables import Table
from orgchart_app.ui.dialogs.pay_scales import PayScalesDialog
from orgchart_app.ui.dialogs.source import SourceDialog
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.record_helpers import press_ok, type_into
from tests.ui.test_assumed_values import click_in_tree
from tests.ui.test_chart_menus import a_to_be_line, right_click
from tests.ui.test_docks import post_id
from tests.ui.test_unit_editing import choose_from_context_menu, unit

ASK = "Where does this come from?..."


def _fill(  # type: ignore[no-untyped-def]
    qtbot, dialog: SourceDialog | None, field: str, assumed: bool, text: str
) -> SourceDialog:
    """In the open dialog: the field chosen, stated (at the place typed, by the file's one
    document) or assumed (for the reason typed)."""
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.field.setCurrentIndex(dialog.field.findText(field))
    assert dialog.field.currentText() == field
    button: QRadioButton = dialog.assumed if assumed else dialog.stated
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()
    typed = dialog.reason if assumed else dialog.place
    typed.selectAll()
    qtbot.keyClicks(typed, text)
    return dialog


def _ok(qtbot, dialog: SourceDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _source(window: MainWindow, table: Table, record_id: int, field: str) -> str:
    proposal = window.document.proposal
    return describe(proposal, ProvenanceIndex(proposal).sources(table, record_id).fields.get(field))


def test_a_unit_s_name_is_assumed_from_its_menu_in_the_tree_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    brokerage = unit(window, "Brokerage").id
    steps = window.document.undo_stack.count()
    choose_from_context_menu(qtbot, window, brokerage, [ASK])
    dialog = _fill(qtbot, window.structure_dock.units.source_dialog, "Name", True, "")
    assert "Brokerage" in dialog.heading.text()
    # The unit's own fields, as the user names them; none of a post's.
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole unit" and "Lead post" in offered and "Grade" not in offered
    _ok(qtbot, dialog)
    assert dialog.message.text() == "Say why the value is assumed: an assumption needs its reason."
    assert dialog.isVisible() and window.document.undo_stack.count() == steps
    qtbot.keyClicks(dialog.reason, "the report names the team only in 5.3")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _source(window, Table.UNITS, brokerage, "name") == (
        "assumed: the report names the team only in 5.3"
    )
    assert window.document.undo_stack.count() == steps + 1
    window.menu_actions.undo.trigger()
    assert _source(window, Table.UNITS, brokerage, "name") == "not recorded"


def test_a_unit_s_lead_post_is_stated_from_its_menu_on_the_chart(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    chart = window.central.chart
    qtbot.waitUntil(lambda: not chart.busy and bool(chart.chart.posts))
    brokerage = unit(window, "Brokerage").id
    title = chart.chart.units[brokerage].title.sceneBoundingRect()
    chart.centerOn(title.center())
    right_click(qtbot, chart, chart.mapFromScene(title.center() + QPointF(0, 0)), [ASK])
    dialog = _fill(qtbot, window.structure_dock.units.source_dialog, "Lead post", False, "s.5.3")
    _ok(qtbot, dialog)
    (document,) = window.document.proposal.documents.values()
    assert _source(window, Table.UNITS, brokerage, "lead_post_id") == (
        f"stated: {document.title}, s.5.3"
    )


def _select_a_line(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    """A To be dotted line selected through its menu on the chart; its id."""
    line_id, middle = a_to_be_line(qtbot, window)
    chart = window.central.chart
    right_click(qtbot, chart, chart.mapFromScene(middle), ["Share, Label... (Properties)"])
    return int(line_id)


def test_a_dotted_line_s_share_is_stated_from_the_properties_panel(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    line_id = _select_a_line(qtbot, window)
    panel = window.properties_dock.line_panel
    qtbot.waitUntil(panel.isVisible)
    # Bury's lines are stated whole by the report; the share of time gets its own source here.
    assert "This dotted line: stated" in panel.sources.text()
    assert "Share of time" not in panel.sources.text()
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(panel.cite, Qt.MouseButton.LeftButton)
    dialog = _fill(qtbot, panel.source_dialog, "Share of time", False, "Appendix 2")
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole dotted line" and "Interim" in offered
    _ok(qtbot, dialog)
    (document,) = window.document.proposal.documents.values()
    stated = f"stated: {document.title}, Appendix 2"
    assert _source(window, Table.DOTTED_LINES, line_id, "share_percent") == stated
    assert window.document.undo_stack.count() == steps + 1
    # The panel says it, as it does for a post's fields.
    assert escape(f"Share of time: {stated}") in panel.sources.text()
    window.menu_actions.undo.trigger()
    assert "Share of time" not in panel.sources.text()


def test_an_organisation_s_short_name_is_assumed_from_edit_organisations(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    window.menu_actions.organisations.trigger()
    organisations = window.proposal_menus.organisations_dialog()
    qtbot.waitExposed(organisations)
    table = organisations.table
    qtbot.mouseClick(organisations.cite_button, Qt.MouseButton.LeftButton)
    assert organisations.message.text() == "Choose the organisation the source is about."
    index = table.model().index(0, 1)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(organisations.cite_button, Qt.MouseButton.LeftButton)
    dialog = _fill(
        qtbot, organisations.row_sources.dialog, "Short name", True, "the report abbreviates it so"
    )
    council = next(iter(window.document.proposal.organisations.values()))
    assert council.name in dialog.heading.text()
    _ok(qtbot, dialog)
    assert _source(window, Table.ORGANISATIONS, council.id, "short_name") == (
        "assumed: the report abbreviates it so"
    )
    assert window.document.undo_stack.count() == steps + 1
    # Said under the table for the selected organisation, as the Properties panel says a post's.
    assert "Short name: assumed: the report abbreviates it so" in organisations.sources.text()


def test_the_panel_names_a_post_s_fields_as_its_form_labels_them(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    click_in_tree(qtbot, window, post_id(window, "BC-1050"))
    # Bury's report leaves the temporary arrangements unpublished (s.2): an assumption.
    shown = window.properties_dock.panel.sources.text()
    assert "Interim line manager: assumed" in shown and "temporary_line" not in shown


def test_a_scenario_s_effective_date_is_stated_from_scenario_details(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # Scenario > Scenario Details... says where the scenario's values come from and asks it.
    window = bury_window
    window.records.scenario_details.trigger()
    details = window.records.dialog
    assert details is not None
    qtbot.waitExposed(details)
    scenario_id = window.document.scenario_id
    assert scenario_id is not None
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(details.cite_button, Qt.MouseButton.LeftButton)
    dialog = _fill(qtbot, details.source_dialog, "Effective date", False, "s.7.1")
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole scenario" and "Pay year" in offered and "Grade" not in offered
    _ok(qtbot, dialog)
    (document,) = window.document.proposal.documents.values()
    stated = f"stated: {document.title}, s.7.1"
    assert _source(window, Table.SCENARIOS, scenario_id, "effective_date") == stated
    assert window.document.undo_stack.count() == steps + 1
    assert escape(f"Effective date: {stated}") in details.sources.text()
    assert details.isVisible()  # the details dialog stays open for its own OK or Cancel


def test_the_consultation_s_dates_are_stated_once_it_is_saved(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # People > Consultation... says where the consultation's dates come from and asks it; a
    # consultation not yet in the file (the defaults shown) has nothing to cite until OK saves it.
    window = bury_window
    to_id = window.document.proposal.scenario_named("To be").id
    window.document.set_scenario(to_id)
    window.records.consultation.trigger()
    first = window.records.dialog
    assert first is not None
    qtbot.waitExposed(first)
    assert not first.cite_button.isEnabled()
    assert "once the consultation is saved" in first.sources.text()
    type_into(qtbot, first.form, "start", "01/05/2022")
    press_ok(qtbot, first)
    window.records.consultation.trigger()
    details = window.records.dialog
    assert details is not None and details is not first
    qtbot.waitExposed(details)
    consultation = window.document.proposal.consultation_for(to_id)
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(details.cite_button, Qt.MouseButton.LeftButton)
    dialog = _fill(qtbot, details.source_dialog, "Consultation starts", False, "s.9")
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole consultation" and "HR1 sent" in offered
    _ok(qtbot, dialog)
    (document,) = window.document.proposal.documents.values()
    stated = f"stated: {document.title}, s.9"
    assert _source(window, Table.CONSULTATIONS, consultation.id, "start") == stated
    assert window.document.undo_stack.count() == steps + 1
    assert escape(f"Consultation starts: {stated}") in details.sources.text()


def _click_cell(qtbot, table: QTableWidget, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_budget_line_says_where_it_comes_from_and_its_pay_is_assumed(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # Costs > Budget: the chosen line's sources under the table, and the question asked of it.
    window = bury_window
    window.costs_menu.actions[Fix.BUDGET].trigger()
    budget = window.costs_menu.dialogs[Fix.BUDGET]
    qtbot.waitExposed(budget)
    line = next(iter(window.document.proposal.budget_lines.values()))
    _click_cell(qtbot, budget.table, 0, 1)
    stated = ProvenanceIndex(window.document.proposal).sources(Table.BUDGET_LINES, line.id)
    assert stated.record is not None  # Bury's budget is the report's (a fact of the sample)
    assert escape(f"This budget line: {describe(window.document.proposal, stated.record)}") in (
        budget.sources.text()
    )
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(budget.cite_button, Qt.MouseButton.LeftButton)
    dialog = _fill(qtbot, budget.row_sources.dialog, "Basic pay", True, "rounded to the nearest £k")
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole budget line" and "Funding source" in offered
    _ok(qtbot, dialog)
    assumed = "assumed: rounded to the nearest £k"
    assert _source(window, Table.BUDGET_LINES, line.id, "basic_pay") == assumed
    assert window.document.undo_stack.count() == steps + 1
    assert escape(f"Basic pay: {assumed}") in budget.sources.text()


def _open_pay_scales(qtbot, window: MainWindow) -> PayScalesDialog:  # type: ignore[no-untyped-def]
    """Costs > Pay Scales and Grades, as the menu opens it."""
    window.costs_menu.actions[Fix.PAY_SCALES].trigger()
    pay = window.costs_menu.dialogs[Fix.PAY_SCALES]
    assert isinstance(pay, PayScalesDialog)
    qtbot.waitExposed(pay)
    return pay


def test_a_grade_says_where_its_range_comes_from_and_keeps_its_row_chosen(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # Costs > Pay Scales and Grades: a grade chosen in the list, its range stated by a paper.
    window = bury_window
    pay = _open_pay_scales(qtbot, window)
    proposal = window.document.proposal
    grade = next(iter(proposal.grades.values()))
    scale_name = proposal.pay_scales[grade.pay_scale_id].name
    (scale_item,) = pay.scales.findItems(scale_name, Qt.MatchFlag.MatchExactly, 0)
    pay.scales.expandItem(scale_item)
    (grade_item,) = [
        scale_item.child(i)
        for i in range(scale_item.childCount())
        if scale_item.child(i).text(0) == grade.code
    ]
    rect = pay.scales.visualItemRect(grade_item)
    qtbot.mouseClick(pay.scales.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    before = ProvenanceIndex(proposal).sources(Table.GRADES, grade.id).record
    assert escape(f"This grade: {describe(proposal, before)}") in pay.sources.text()
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(pay.cite_button, Qt.MouseButton.LeftButton)
    dialog = _fill(qtbot, pay.row_sources.dialog, "Top point", False, "table 2")
    offered = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert offered[0] == "The whole grade" and "Bottom point" in offered
    _ok(qtbot, dialog)
    stated = _source(window, Table.GRADES, grade.id, "top_point")
    assert stated.startswith("stated: ") and stated.endswith(", table 2")
    assert window.document.undo_stack.count() == steps + 1
    # The list is made again after the edit: the grade is still the one chosen, its source shown.
    assert escape(f"Top point: {stated}") in pay.sources.text()


def test_the_pay_scales_list_shows_every_range_whole(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # "£48,000-£52,..." once: the range column kept its first width whatever it held.
    window = bury_window
    pay = _open_pay_scales(qtbot, window)
    pay.scales.expandAll()
    root = pay.scales.invisibleRootItem()
    ranges = [
        scale.child(i).text(1)
        for scale in map(root.child, range(root.childCount()))
        for i in range(scale.childCount())
    ]
    assert any(text.startswith("£") for text in ranges)
    metrics = pay.scales.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in ranges)
    assert pay.scales.columnWidth(1) > widest


def test_the_pay_scales_list_keeps_the_scales_opened_after_an_edit(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    # The list is made again after every edit: a scale the user had opened stayed shut.
    window = bury_window
    pay = _open_pay_scales(qtbot, window)
    root = pay.scales.invisibleRootItem()
    opened = next(root.child(i) for i in range(root.childCount()) if root.child(i).childCount())
    name = opened.text(0)
    arrow = QPoint(pay.scales.indentation() // 2, pay.scales.visualItemRect(opened).center().y())
    qtbot.mouseClick(pay.scales.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert opened.isExpanded()
    scales_before = root.childCount()
    # Bury's file has the NJC spine and Agenda for Change: the senior scale is added.
    qtbot.mouseClick(pay.add_buttons[ShippedKind.SENIOR], Qt.MouseButton.LeftButton)
    assert pay.scales.invisibleRootItem().childCount() == scales_before + 1
    root = pay.scales.invisibleRootItem()
    shown = {root.child(i).text(0): root.child(i).isExpanded() for i in range(root.childCount())}
    assert shown[name]
    assert [scale for scale, expanded in shown.items() if expanded] == [name]
