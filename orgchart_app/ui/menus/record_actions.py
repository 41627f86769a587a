"""File > Proposal Details..., Scenario > Scenario Details... and People > Consultation...: the
records of the proposal, a scenario and its change that no panel shows, each edited in its own
dialog (ui/dialogs/record_dialogs.py)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from orgchart_app.domain import ScenarioId
from orgchart_app.ui.dialogs.record_dialogs import (
    consultation_details,
    proposal_details,
    scenario_details,
)
from orgchart_app.ui.dialogs.record_form import RecordDialog
from orgchart_app.ui.window.document import DocumentController


class RecordActions:
    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        scenario_menu: QMenu,
        before: QAction,
        file_menu: QMenu,
        close: QAction,
    ) -> None:
        self._window = window
        self._document = document
        self.dialog: RecordDialog | None = None
        self.scenario_details = QAction("Scenario &Details...", window)
        self.scenario_details.setStatusTip("The scenario's effective date and description")
        self.scenario_details.triggered.connect(self.open_scenario_details)
        # Beside Rename: the scenario's own fields together.
        scenario_menu.insertAction(before, self.scenario_details)
        self.proposal_details = QAction("Proposal &Details...", window)
        self.proposal_details.setStatusTip(
            "The proposal's title, on every page of its papers, and notes"
        )
        self.proposal_details.triggered.connect(self.open_proposal_details)
        # Where desktop programs keep a document's properties: last before Close.
        file_menu.insertAction(close, self.proposal_details)
        file_menu.insertSeparator(close)
        self.menu = QMenu("&People", window)
        docks = next(a for a in window.menuBar().actions() if a.text() == "&Window")
        window.menuBar().insertMenu(docks, self.menu)
        self.consultation = self.menu.addAction("&Consultation...")
        self.consultation.setStatusTip(
            "The consultation's dates, thresholds and the local redundancy and protection policy"
        )
        self.consultation.triggered.connect(self.open_consultation)

    def _proposed(self) -> ScenarioId | None:
        """The change consulted on: the proposed side of the comparison, else the scenario shown."""
        pair = self._document.compare
        return pair[1] if pair is not None else self._document.scenario_id

    def open_proposal_details(self) -> RecordDialog | None:
        if not self._document.proposal.scenarios:  # the welcome page: no proposal open
            return None
        info = self._document.proposal.info
        return self._open(proposal_details(self._document, info, self._window))

    def open_scenario_details(self) -> RecordDialog | None:
        scenario_id = self._document.scenario_id
        if scenario_id is None:
            return None
        scenario = self._document.proposal.scenarios[scenario_id]
        return self._open(scenario_details(self._document, scenario, self._window))

    def open_consultation(self) -> RecordDialog | None:
        to_id = self._proposed()
        if to_id is None:
            return None
        record = self._document.proposal.consultation_for(to_id)
        return self._open(consultation_details(self._document, record, self._window))

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = dialog
        dialog.open()
        return dialog
