"""Costing set up for an imported file through the Costs menu, and the costs dock filling in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.domain.tables import Table
from orgchart_app.ui.dialogs import tables
from orgchart_app.ui.window.main_window import MainWindow
from tests.cli.helpers import REPO, orgchart
from tests.ui.conftest import open_in

DATA = REPO / "sample_data"


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _on_costs(window: MainWindow):  # type: ignore[no-untyped-def]
    window.costs_menu.actions[Fix.ON_COSTS].trigger()  # Costs > On-costs
    return window.costs_menu.dialogs[Fix.ON_COSTS]


def test_costs_menu_sets_up_an_imported_establishment_and_the_dock_fills(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "scf.sqlite"
    assert orgchart("import", DATA / "manchester_scf_establishment.csv", "-o", file).returncode == 0
    open_in(qtbot, window, file)
    dock = window.costs_dock
    dock.raise_()
    qtbot.waitUntil(lambda: "No pay scale" in dock.missing.text())
    assert 'href="pay_scales"' in dock.missing.text()

    window.costs_menu.actions[Fix.PAY_SCALES].trigger()
    pay = window.costs_menu.dialogs[Fix.PAY_SCALES]
    qtbot.waitExposed(pay)
    _click(qtbot, pay.add_buttons[ShippedKind.NJC])
    _click(qtbot, pay.add_buttons[ShippedKind.SENIOR])
    for scale, table in (
        ("NJC pay spine", "manchester_grades.csv"),
        ("Senior salaries", "manchester_senior_grades.csv"),
    ):
        monkeypatch.setattr(
            tables.ChooseTable, "ask", classmethod(lambda cls, parent, title, t=table: DATA / t)
        )
        pay.scale_box.setCurrentText(scale)
        _click(qtbot, pay.import_button)
    # Each imported grade is stated by its file, at its line ("Where from" under the list).
    proposal = window.document.proposal
    index = ProvenanceIndex(proposal)
    places = {
        describe(proposal, index.sources(Table.GRADES, grade.id).record)
        for grade in proposal.grades.values()
    }
    assert "stated: manchester_grades.csv, line 2" in places
    assert all(
        p.startswith(
            ("stated: manchester_grades.csv, line", "stated: manchester_senior_grades.csv, line")
        )
        for p in places
    )
    assert list(pay.map_buttons) == [">G12"]  # the one grade text of the file nothing matches
    choice, button = pay.map_buttons[">G12"]
    choice.setCurrentText("SS1")
    _click(qtbot, button)
    assert not pay.map_buttons and "Map grade" in pay.message.text()

    dock.missing.linkActivated.emit("basis")  # what a click on the dock's link sends
    basis = window.costs_menu.dialogs[Fix.BASIS]
    basis.year.setCurrentText("2025/26")
    _click(qtbot, basis.apply_button)

    window.costs_menu.actions[Fix.ON_COSTS].trigger()
    on_costs = window.costs_menu.dialogs[Fix.ON_COSTS]
    on_costs.organisation.setCurrentText("MCC")
    on_costs.year.setCurrentText("2025/26")
    on_costs.pension.setValue(20.5)
    on_costs.scheme.setText("LGPS (GMPF)")
    _click(qtbot, on_costs.set_button)
    assert on_costs.rules.topLevelItemCount() == 1

    qtbot.waitUntil(
        lambda: "Not fully costed" not in dock.summary.text() and "a year" in dock.summary.text(),
        timeout=10_000,
    )
    assert "2025/26 pay" in dock.summary.text() and "£0 a year" not in dock.summary.text()
    assert dock.missing.text().count("href") == 1 and "No budget lines" in dock.missing.text()

    # Each step was one edit: undo takes the on-costs away and the dock says so again.
    window.menu_actions.undo.trigger()  # Edit > Undo
    qtbot.waitUntil(lambda: "No on-costs for 2025/26 for MCC" in dock.missing.text())


def test_grades_entered_by_hand_and_a_pay_award_each_one_undo_step(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.costs_menu.actions[Fix.PAY_SCALES].trigger()
    pay = window.costs_menu.dialogs[Fix.PAY_SCALES]
    entry, proposal = pay.entry, window.document.proposal
    pay.scale_box.setCurrentText("NJC pay spine")
    for widget, text in ((entry.code, "Grade 15"), (entry.low, "70,000"), (entry.high, "7x")):
        qtbot.keyClicks(widget, text)
    entry.kind.setCurrentText("salary range (£)")
    _click(qtbot, entry.grade_button)
    assert pay.message.text() == 'The top "7x" is not a number.'
    entry.high.clear()
    qtbot.keyClicks(entry.high, "76000")
    _click(qtbot, entry.grade_button)
    (grade,) = [g for g in proposal.grades.values() if g.code == "Grade 15"]
    assert (grade.min_salary, grade.max_salary) == (70000, 76000)

    entry.from_year.setCurrentText("2021/22")
    qtbot.keyClicks(entry.to_year, "2022/23")
    qtbot.keyClicks(entry.amount, "1925")
    entry.award_kind.setCurrentText("£ flat")
    _click(qtbot, entry.award_button)
    scale = next(s for s in proposal.pay_scales.values() if s.name == "NJC pay spine")
    assert proposal.pay_points[scale.id, "2022/23", 22].salary == 29439  # NJC 2022/23 SCP 22
    window.menu_actions.undo.trigger()
    assert (scale.id, "2022/23", 22) not in proposal.pay_points
    assert any(g.code == "Grade 15" for g in proposal.grades.values())


def test_on_costs_for_a_year_without_shipped_rates_take_the_rates_typed_in(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    on_costs = _on_costs(window)
    on_costs.year.setCurrentText("2030/31")
    on_costs.levy.clear()
    _click(qtbot, on_costs.set_button)
    assert on_costs.message.text().startswith("No NI rates ship for 2030/31")
    qtbot.keyClicks(on_costs.ni_rate, "15")
    qtbot.keyClicks(on_costs.ni_threshold, "5,000")
    _click(qtbot, on_costs.set_button)
    assert on_costs.message.text().startswith("No apprenticeship levy rate ships for 2030/31")
    qtbot.keyClicks(on_costs.levy, "0.5")
    _click(qtbot, on_costs.set_button)
    rules = window.document.proposal.on_cost_rules.values()
    (rule,) = [r for r in rules if r.pay_year == "2030/31"]
    assert (rule.ni_rate, rule.ni_threshold, rule.apprenticeship_levy_rate) == (
        Decimal("0.15"),
        5000,
        Decimal("0.005"),
    )
    window.menu_actions.undo.trigger()
    assert all(r.pay_year != "2030/31" for r in rules)


def test_nhs_pension_rates_typed_in_for_a_year_without_shipped_rates(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    on_costs = _on_costs(window)
    on_costs.year.setCurrentText("2025/26")
    on_costs.nhs.setChecked(True)
    assert not on_costs.pension.isEnabled()  # the shipped paid rate is used
    on_costs.year.setCurrentText("2026/27")
    assert on_costs.pension.isEnabled() and on_costs.full_rate.isEnabled()
    on_costs.levy.clear()
    for field, text in ((on_costs.ni_rate, "15"), (on_costs.ni_threshold, "5000")):
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(on_costs.levy, "0.5")
    on_costs.pension.setValue(14.38)
    qtbot.keyClicks(on_costs.full_rate, "23.78")
    _click(qtbot, on_costs.set_button)
    rules = window.document.proposal.on_cost_rules.values()
    (rule,) = [r for r in rules if r.pay_year == "2026/27"]
    assert (rule.pension_scheme, rule.pension_rate, rule.pension_full_rate) == (
        "NHS Pension Scheme",
        Decimal("0.1438"),
        Decimal("0.2378"),
    )


def test_a_pay_award_on_a_range_of_points_raises_only_those_points(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Awards often differ by point (a flat sum at the bottom of the spine, a percentage above)."""
    window = bury_window
    window.costs_menu.actions[Fix.PAY_SCALES].trigger()
    pay = window.costs_menu.dialogs[Fix.PAY_SCALES]
    entry, proposal = pay.entry, window.document.proposal
    pay.scale_box.setCurrentText("NJC pay spine")
    entry.from_year.setCurrentText("2021/22")
    qtbot.keyClicks(entry.to_year, "2022/23")
    qtbot.keyClicks(entry.amount, "1925")
    entry.award_kind.setCurrentText("£ flat")
    qtbot.keyClicks(entry.award_points, "2-20x")
    _click(qtbot, entry.award_button)
    assert pay.message.text() == '"2-20x" is not a range of points such as 2-43.'
    entry.award_points.clear()
    qtbot.keyClicks(entry.award_points, "2 - 20")
    _click(qtbot, entry.award_button)
    scale = next(s for s in proposal.pay_scales.values() if s.name == "NJC pay spine")
    points = {(year, point) for (s, year, point) in proposal.pay_points if s == scale.id}
    raised = {point for year, point in points if year == "2022/23"}
    assert raised == {point for year, point in points if year == "2021/22" and 2 <= point <= 20}
    assert 20 in raised and 21 not in raised
    before = proposal.pay_points[scale.id, "2021/22", 20].salary
    assert proposal.pay_points[scale.id, "2022/23", 20].salary == before + 1925


def test_the_source_typed_for_on_costs_is_the_rule_s_source(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    on_costs = _on_costs(window)
    on_costs.organisation.setCurrentText("OCO")
    on_costs.year.setCurrentText("2024/25")
    qtbot.keyClicks(on_costs.scheme, "LGPS (GMPF)")
    on_costs.pension.setValue(19.5)
    qtbot.keyClicks(on_costs.source, "GMPF valuation 2022, rates and adjustments s.4")
    steps = window.document.undo_stack.count()
    _click(qtbot, on_costs.set_button)
    rules = window.document.proposal.on_cost_rules.values()
    (rule,) = [r for r in rules if r.pay_year == "2024/25" and r.pension_scheme == "LGPS (GMPF)"]
    assert rule.source == "GMPF valuation 2022, rates and adjustments s.4"
    assert window.document.undo_stack.count() == steps + 1
    shown = [on_costs.rules.topLevelItem(i) for i in range(on_costs.rules.topLevelItemCount())]
    assert any("GMPF valuation 2022" in item.text(6) for item in shown)
