"""File > Export Word and File > Export Web Page: the appendix for the committee report and the website."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.ui.dialogs.prompts import ErrorMessage, SaveExport
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.exporters.pdf import PdfOptions

Writer = Callable[[Proposal, "PdfOptions", Path], None]
KINDS: dict[str, tuple[str, str]] = {  # label, suffix
    "word": ("Word document", ".docx"),
    "web": ("Web page, accessible", ".html"),
}


def writer(kind: str) -> Writer:
    """The kind's writer, imported only now: Word and the PDF machinery cost a cold start."""
    if kind == "word":
        from orgchart_app.exporters.docx_report import write_docx

        return write_docx
    from orgchart_app.exporters.html_page import write_html

    return write_html


class ExportActions(QObject):
    status = Signal(str)

    def __init__(self, window: QMainWindow, document: DocumentController, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        actions.export_word.triggered.connect(lambda: self.export("word"))
        actions.export_web.triggered.connect(lambda: self.export("web"))

    def options(self) -> PdfOptions:
        """What is on screen: the scenario shown, compared with the other side when comparing;
        the changes when it has a base, the post list, and the budget when the file has one."""
        from orgchart_app.exporters.pdf import PdfOptions  # not at start: it loads reportlab

        proposal = self._document.proposal
        # These actions are enabled only with a proposal shown, so with a scenario.
        shown = proposal.scenarios[cast(ScenarioId, self._document.scenario_id)]
        compare = ""
        if self._document.compare is not None:
            before, after = self._document.compare
            shown, compare = proposal.scenarios[after], proposal.scenarios[before].name
        based = shown.based_on_id is not None and shown.based_on_id in proposal.scenarios
        return PdfOptions(
            scenario=shown.name,
            compare_to=compare,
            changes=based or bool(compare),
            post_list=True,
            budget=bool(proposal.budget_lines),
        )

    def export(self, kind: str) -> None:
        options = self.options()
        folder = self._document.path.parent if self._document.path else Path.home()
        label, suffix = KINDS[kind]
        write = writer(kind)
        path = SaveExport.ask(
            self._window, "Export", folder / f"{options.scenario}{suffix}", [(label, suffix)]
        )
        if path is None:
            return
        try:
            write(self._document.proposal, options, path)
        except OrgChartError as error:
            ErrorMessage.ask(self._window, "Export", str(error))
            return
        self.status.emit(f'Exported "{path.name}".')
