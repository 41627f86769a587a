"""Edit > Apply Changes from Spreadsheet: the `orgchart apply` of the designer, one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.ui.dialogs.changes_preview import ChangesPreview
from orgchart_app.ui.dialogs.tables import ChooseTable
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.importers.changes_plan import ChangeSet


class ChangesActions(QObject):
    status = Signal(str)

    def __init__(self, window: QMainWindow, document: DocumentController, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        # The preview showing, if any (window-modal: the window waits for its answer).
        self.preview: ChangesPreview | None = None
        actions.apply_changes.triggered.connect(self.apply_from_sheet)

    def apply_from_sheet(self) -> None:
        # Imported on use: the importers (spreadsheet readers) are not needed to start.
        from orgchart_app.importers.changes_plan import ChangesRefused, plan_changes
        from orgchart_app.importers.changes_sheet import read_changes

        document = self._document
        if document.scenario_id is None:
            return
        path = ChooseTable.ask(self._window, "Apply changes from spreadsheet")
        if path is None:
            return
        scenario = document.proposal.scenarios[document.scenario_id]
        try:
            source, rows = read_changes(path)
            changes = plan_changes(document.proposal, scenario, source, rows)
        except ChangesRefused as refused:
            heading, lines = str(refused).splitlines()[0], list(refused.problems)
            self._show(heading, lines, None)
            return
        except OrgChartError as error:
            self._show(str(error), [], None)
            return
        if not changes.lines:
            self.status.emit(
                f'No changes to make: every row of {source} matches "{scenario.name}".'
            )
            return
        count = len(changes.lines)
        heading = (
            f'{count} row{"" if count == 1 else "s"} of {source} will change "{scenario.name}" '
            "as one step (Edit > Undo takes them all back):"
        )
        self._show(heading, list(changes.lines), changes)

    def _show(self, heading: str, lines: list[str], changes: ChangeSet | None) -> None:
        preview = ChangesPreview(self._window, heading, lines, changes is not None)
        self.preview = preview

        def answered(result: int) -> None:
            self.preview = None
            preview.deleteLater()
            if result == ChangesPreview.DialogCode.Accepted and changes is not None:
                if self._document.push(changes.edit) is not None:
                    self.status.emit(f"{changes.edit.name}.")

        preview.finished.connect(answered)
        preview.open()
