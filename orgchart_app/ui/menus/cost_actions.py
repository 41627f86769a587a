"""The Costs menu's actions and the editors they open; the costs dock's "fix" links open the same editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.ui.dialogs.cost_editor import EditorDialog

ENTRIES = (
    (
        Fix.PAY_SCALES,
        "&Pay Scales and Grades...",
        "Add a shipped pay scale, import grades, map the grades posts have",
    ),
    (
        Fix.ON_COSTS,
        "&On-costs...",
        "Employer NI, pension and apprenticeship levy per employer and pay year",
    ),
    (Fix.BUDGET, "&Budget...", "Enter, import and export the budget lines"),
    (
        Fix.BASIS,
        "Pay &Year and Costing Point...",
        "Which year's pay and which point of each grade the scenario is costed at",
    ),
)

Editor = Callable[[DocumentController, QMainWindow], "EditorDialog"]


def editor_for(fix: Fix) -> Editor:
    """The editor's class, imported when it is first opened: the editors (and the spreadsheet
    readers the budget and grades import with) are not needed to start and paint the chart."""
    if fix is Fix.PAY_SCALES:
        from orgchart_app.ui.dialogs.pay_scales import PayScalesDialog

        return PayScalesDialog
    if fix is Fix.BUDGET:
        from orgchart_app.ui.dialogs.budget_editor import BudgetDialog

        return BudgetDialog
    from orgchart_app.ui.dialogs.cost_setup import CostingBasisDialog, OnCostsDialog

    return OnCostsDialog if fix is Fix.ON_COSTS else CostingBasisDialog


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
        for fix, text, tip in ENTRIES:
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
            dialog = self.dialogs[fix] = editor_for(fix)(self._document, self._window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
