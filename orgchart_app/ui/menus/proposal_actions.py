"""Edit > Organisations and Scenario > Make a Proposed Structure from This: the records of a
proposal a new user must be able to set up without the sample-building code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.ui.dialogs.organisations import OrganisationsDialog


class ProposalMenus(QObject):
    def __init__(self, window: QMainWindow, document: DocumentController, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._organisations: OrganisationsDialog | None = None
        actions.organisations.triggered.connect(self.show_organisations)

    def organisations_dialog(self) -> OrganisationsDialog:
        """The Organisations editor (made once, kept while the window lives)."""
        # Its modules (and its table's) load when it is first asked for, not at the start.
        from orgchart_app.ui.dialogs.organisations import OrganisationsDialog  # noqa: PLC0415

        if self._organisations is None:
            self._organisations = OrganisationsDialog(self._document, self._window)
        return self._organisations

    def show_organisations(self) -> None:
        dialog = self.organisations_dialog()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
