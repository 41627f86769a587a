"""The centre of the window: the welcome page, the chart, or the two scenarios side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QWidget

from orgchart_app.domain import ScenarioId
from orgchart_app.ui.canvas import ChartView
from orgchart_app.ui.window.compare import CompareView
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.welcome import WelcomePage

if TYPE_CHECKING:
    from orgchart_app.ui.people.view import PeopleView

PEOPLE_TAB = 1


class CentralArea(QStackedWidget):
    status = Signal(str)  # the People view's, for the status bar

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.welcome = WelcomePage()
        welcome_frame = QWidget()
        frame_layout = QHBoxLayout(welcome_frame)
        frame_layout.addStretch(1)
        frame_layout.addWidget(self.welcome)
        frame_layout.addStretch(1)
        self.chart = ChartView(document)
        self.compare = CompareView(document)
        # The people side of the same comparison, a tab beside the structures: built when it is
        # first shown (a start, and most sessions, never need its modules or widgets).
        self._people: PeopleView | None = None
        self.compare_tabs = QTabWidget()
        self.compare_tabs.setObjectName("compare_tabs")
        self.compare_tabs.setDocumentMode(True)
        self.compare_tabs.addTab(self.compare, "Structures")
        self.compare_tabs.addTab(QWidget(), "People")
        self.compare_tabs.currentChanged.connect(self._on_compare_tab_changed)
        self.addWidget(welcome_frame)
        self.addWidget(self.chart)
        self.addWidget(self.compare_tabs)
        self._welcome_frame = welcome_frame
        document.reset.connect(self._show_current)
        document.compare_changed.connect(self._on_document_compare_changed)
        self._show_current()

    @property
    def people(self) -> PeopleView:
        """The People tab's view, built (in place of its empty page) the first time it is wanted."""
        if self._people is None:
            self._people = self._build_people()
        return self._people

    def _build_people(self) -> PeopleView:
        from orgchart_app.ui.people.view import PeopleView  # noqa: PLC0415 - see __init__

        people = PeopleView(self._document)
        people.status.connect(self.status)
        self._people = people  # before the swap, whose currentChanged asks for it again
        tabs = self.compare_tabs
        showing_people = tabs.currentIndex() == PEOPLE_TAB
        empty = tabs.widget(PEOPLE_TAB)
        tabs.removeTab(PEOPLE_TAB)
        tabs.insertTab(PEOPLE_TAB, people, "People")
        if empty is not None:
            empty.deleteLater()
        if showing_people:
            tabs.setCurrentIndex(PEOPLE_TAB)
        return people

    def _on_compare_tab_changed(self, index: int) -> None:
        if index == PEOPLE_TAB and self._people is None:
            self._build_people()

    @property
    def busy(self) -> bool:
        """A chart is still being laid out (a screenshot waits for it)."""
        return self.chart.busy or self.compare.busy

    def _on_document_compare_changed(self, pair: tuple[ScenarioId, ScenarioId] | None) -> None:
        if pair is not None:
            self.compare.set_scenarios(*pair)
        self._show_current()

    def _show_current(self) -> None:
        if not self._document.proposal.scenarios:
            self.setCurrentWidget(self._welcome_frame)
        elif self._document.compare is not None:
            self.setCurrentWidget(self.compare_tabs)
        else:
            self.setCurrentWidget(self.chart)

    def showing(self) -> QWidget | None:
        """The view in front: the welcome page, the chart, the compare view or the People view."""
        shown = self.currentWidget()
        return self.compare_tabs.currentWidget() if shown is self.compare_tabs else shown

    def call_chart(self, method: str) -> None:
        """Ask the view showing (the chart, or both sides when comparing) to zoom, fit or fold."""
        view = self.showing()
        if view in (self.chart, self.compare) and hasattr(view, method):
            getattr(view, method)()  # folding is the chart's alone

    def set_engine(self, name: str) -> None:
        self.chart.set_engine(name)
        self.compare.set_engine(name)
