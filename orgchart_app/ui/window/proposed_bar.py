"""A bar across the chart while a proposal has only its current structure (as an import leaves it):
"Make a Proposed Structure from This" copies it as "To be" in one undo step and shows the copy."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from orgchart_app.edits import Changes
from orgchart_app.edits.proposed import PROPOSED_NAME, without_proposed
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.notice_bar import NoticeBar


class ProposedBar(NoticeBar):
    def __init__(
        self, document: DocumentController, action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "proposed_bar", ("#e8f1fb", "#5b8fc7"), action.text().replace("&", ""), parent
        )
        self._document = document
        self._action = action
        self.make = self.button
        self.make.setToolTip(action.statusTip())
        self.make.clicked.connect(action.trigger)
        action.triggered.connect(self.make_proposed)
        document.reset.connect(self._refresh)
        document.read_only_changed.connect(self._refresh)
        document.changed.connect(self._on_document_changed)
        self._refresh()

    def make_proposed(self) -> None:
        from orgchart_app.edits.scenario_edits import make_proposed  # noqa: PLC0415 - see edits

        document = self._document
        if not without_proposed(document.proposal) or document.read_only:
            return
        applied = document.push(make_proposed(document.proposal, document.scenario_id))
        if applied is not None:
            document.set_scenario(document.proposal.scenario_named(PROPOSED_NAME).id)

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.scenarios:
            self._refresh()

    def _refresh(self, *_: object) -> None:
        proposal = self._document.proposal
        offered = without_proposed(proposal) and not self._document.read_only
        self._action.setEnabled(offered)
        self.setVisible(offered)
        if offered:
            names = ", ".join(f'"{s.name}"' for s in proposal.scenarios.values())
            self.message.setText(
                f"<b>This proposal has only the current structure ({names}).</b> Make a "
                f'proposed structure ("{PROPOSED_NAME}") to redraw: a copy you can change, '
                "compared with the current one in the changes, costs and committee papers."
            )
