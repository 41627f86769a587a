"""The centre of the window: the welcome page, the chart, or the two scenarios side by side."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QWidget

from orgchart_app.ui.document import DocumentController
from orgchart_app.ui.welcome import WelcomePage


def _view_class(module: str, name: str) -> type[QWidget] | None:
    """The canvas package's view, or None while this build has no canvas."""
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except ImportError:
        return None


class Placeholder(QLabel):
    """Stands in for a view this build does not have, saying what would be there."""

    def __init__(self, document: DocumentController, what: str) -> None:
        super().__init__()
        self._document = document
        self._what = what
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        document.changed.connect(self._refresh)
        document.scenario_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        scenario_id = self._document.scenario_id
        if scenario_id is None:
            return
        proposal = self._document.proposal
        self.setText(f'{self._what} of "{proposal.scenarios[scenario_id].name}": '
                     f"{len(proposal.posts_in(scenario_id))} boxes in "
                     f"{len(proposal.units_in(scenario_id))} units.")

    def set_scenarios(self, *_: object) -> None:
        """CompareView's method, so the window drives either the same way."""


class CentralArea(QStackedWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.welcome = WelcomePage()
        welcome_frame = QWidget()
        frame_layout = QHBoxLayout(welcome_frame)
        frame_layout.addStretch(1)
        frame_layout.addWidget(self.welcome)
        frame_layout.addStretch(1)
        chart_class = _view_class("orgchart_app.ui.canvas", "ChartView")
        compare_class = _view_class("orgchart_app.ui.compare", "CompareView")
        self.chart: Any = chart_class(document) if chart_class else Placeholder(document, "The chart")
        self.compare: Any = (compare_class(document) if compare_class
                             else Placeholder(document, "The comparison"))
        self.addWidget(welcome_frame)
        self.addWidget(self.chart)
        self.addWidget(self.compare)
        self._welcome_frame = welcome_frame
        document.reset.connect(self._show_current)
        document.compare_changed.connect(self._on_document_compare_changed)
        self._show_current()

    def _on_document_compare_changed(self, pair: tuple[int, int] | None) -> None:
        if pair is not None:
            self.compare.set_scenarios(*pair)
        self._show_current()

    def _show_current(self) -> None:
        if not self._document.proposal.scenarios:
            self.setCurrentWidget(self._welcome_frame)
        elif self._document.compare is not None:
            self.setCurrentWidget(self.compare)
        else:
            self.setCurrentWidget(self.chart)

    def connect_change_activated(self, slot: object) -> None:
        """Follow the compare view's clicks on a change (post_ref), when this build has one."""
        signal = getattr(self.compare, "change_activated", None)
        if signal is not None:
            signal.connect(slot)

    def call_chart(self, method: str) -> None:
        """Ask the view showing (the chart, or both sides when comparing) to zoom, fit or fold."""
        view = self.currentWidget()
        if view in (self.chart, self.compare) and hasattr(view, method):
            getattr(view, method)()

    def set_engine(self, name: str) -> None:
        for view in (self.chart, self.compare):
            if hasattr(view, "set_engine"):
                view.set_engine(name)
