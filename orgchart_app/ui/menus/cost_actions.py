"""The Costs menu's actions and the editors they open; the costs dock's "fix" links open the same editors."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.ui.dialogs.budget_editor import BudgetDialog
from orgchart_app.ui.dialogs.cost_editor import EditorDialog
from orgchart_app.ui.dialogs.cost_setup import CostingBasisDialog, OnCostsDialog
from orgchart_app.ui.dialogs.pay_scales import PayScalesDialog
from orgchart_app.ui.window.document import DocumentController

ENTRIES = (
    (
        Fix.PAY_SCALES,
        "&Pay Scales and Grades...",
        PayScalesDialog,
        "Add a shipped pay scale, import grades, map the grades posts have",
    ),
    (
        Fix.ON_COSTS,
        "&On-costs...",
        OnCostsDialog,
        "Employer NI, pension and apprenticeship levy per employer and pay year",
    ),
    (Fix.BUDGET, "&Budget...", BudgetDialog, "Enter, import and export the budget lines"),
    (
        Fix.BASIS,
        "Pay &Year and Costing Point...",
        CostingBasisDialog,
        "Which year's pay and which point of each grade the scenario is costed at",
    ),
)


class CostActions:
    def __init__(self, window: QMainWindow, document: DocumentController) -> None:
        self._window = window
        self._document = document
        self.dialogs: dict[Fix, EditorDialog] = {}
        self.actions: dict[Fix, QAction] = {}
        before = next((a for a in window.menuBar().actions() if a.text() == "&Window"), None)
        self.menu = window.menuBar().addMenu("&Costs")
        if before is not None:  # beside the other editing menus, before Window and Help
            window.menuBar().insertMenu(before, self.menu)
        for fix, text, _, tip in ENTRIES:
            action = QAction(text, window)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, f=fix: self.open(f))
            self.menu.addAction(action)
            self.actions[fix] = action

    def open(self, fix: Fix | str) -> EditorDialog:
        """Show the editor for `fix` (made once, kept while the window lives)."""
        fix = Fix(fix)
        dialog = self.dialogs.get(fix)
        if dialog is None:
            make = next(entry[2] for entry in ENTRIES if entry[0] is fix)
            dialog = self.dialogs[fix] = make(self._document, self._window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
