"""While comparing, an edit costs each scenario once per way of costing it, shared by the docks.

The Changes dock (the diff's cost) and the Costs dock (the to-be against its as-is, the budget's
sensitivity) both cost the two scenarios after every edit; they share one costing of each.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from orgchart_app.analysis import costing
from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.analysis.costing import CostingOptions
from orgchart_app.domain import Post, Proposal
from orgchart_app.domain.enums import CostingPoint
from orgchart_app.ui.window.main_window import MainWindow


def test_one_edit_costs_each_scenario_once_per_basis_across_both_docks(
    qtbot, bury_assumed_grades_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    window.menu_actions.compare.trigger()
    window.costs_dock.raise_()  # its tab clicked: tabbed away behind Changes it costs nothing
    window.costs_dock.refresh()
    window.costs_dock.wait()
    qtbot.waitUntil(lambda: not window.costs_dock._jobs.busy)
    real = costing.cost_post
    costed: Counter[tuple[object, ...]] = Counter()

    def counting(
        proposal: Proposal,
        post: Post,
        point: CostingPoint,
        pay_year: str,
        options: CostingOptions = CostingOptions(),
    ) -> costing.PostCost:
        # The real costing, counted: one post on one basis (what its cost depends on).
        costed[(post.id, point, pay_year, options.pension_basis, options.pay_uplift)] += 1
        return real(proposal, post, point, pay_year, options)

    monkeypatch.setattr(costing, "cost_post", counting)
    # One edit: the to-be costed at another point of its grades and in another pay year.
    window.costs_menu.actions[Fix.BASIS].trigger()
    basis = window.costs_menu.dialogs[Fix.BASIS]
    basis.year.setCurrentText("2021/22")
    basis.point.setCurrentText("mid")
    qtbot.mouseClick(basis.apply_button, Qt.MouseButton.LeftButton)
    dock = window.costs_dock
    # The Costs dock refreshes a moment after the edit, on its worker.
    qtbot.waitUntil(lambda: not dock._timer.isActive() and not dock._jobs.busy, timeout=5000)
    assert "mid of grade" in dock.summary.text()
    assert "mid of grade, 2021/22 pay" in window.changes_dock.cost_summary.text()
    assert costed, "the edit was costed"
    twice = {key: count for key, count in costed.items() if count > 1}
    assert not twice, f"{len(twice)} post costings made more than once, e.g. {next(iter(twice))}"
