"""View menu commands: zoom, fold, the layout engine, and comparing two scenarios."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from orgchart_app.domain import Proposal, ScenarioId, ScenarioKind
from orgchart_app.layout import graphviz_engine
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.central import CentralArea
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.settings import Settings

# Narrower than this, the compared charts are stacked unless the user has chosen.
STACK_BELOW_WIDTH = 1100


def compare_pair(
    proposal: Proposal, scenario_id: ScenarioId | None, to_id: ScenarioId | None = None
) -> tuple[ScenarioId, ScenarioId] | None:
    """What "compare" means from here: this scenario against `to_id`, or its natural partner."""
    if scenario_id is None or scenario_id not in proposal.scenarios:
        return None
    others = [s for s in proposal.scenarios.values() if s.id != scenario_id]
    if to_id is not None and to_id != scenario_id:
        return scenario_id, to_id
    current = proposal.scenarios[scenario_id]
    if current.kind is ScenarioKind.AS_IS:
        partner = next((s for s in others if s.kind is ScenarioKind.TO_BE), None) or next(
            iter(others), None
        )
        return (scenario_id, partner.id) if partner else None
    base = current.based_on_id if current.based_on_id in proposal.scenarios else None
    base = base or next((s.id for s in others if s.kind is ScenarioKind.AS_IS), None)
    base = base or next((s.id for s in others), None)
    return (base, scenario_id) if base else None


class ViewActions(QObject):
    status = Signal(str)

    def __init__(
        self,
        central: CentralArea,
        document: DocumentController,
        actions: Actions,
        settings: Settings,
    ) -> None:
        super().__init__(central)
        self._central = central
        self._document = document
        self._actions = actions
        self._settings = settings
        for action, method in (
            (actions.zoom_in, "zoom_in"),
            (actions.zoom_out, "zoom_out"),
            (actions.zoom_fit, "zoom_to_fit"),
            (actions.collapse_all, "collapse_all"),
            (actions.expand_all, "expand_all"),
        ):
            action.triggered.connect(lambda _=False, m=method: central.call_chart(m))
        if not graphviz_engine.available():
            actions.engine_graphviz.setEnabled(False)
            actions.engine_graphviz.setToolTip("Graphviz is not installed; see docs/INSTALL.md.")
        engine = settings.layout_engine() if actions.engine_graphviz.isEnabled() else "compact"
        (actions.engine_graphviz if engine == "graphviz" else actions.engine_compact).setChecked(
            True
        )
        central.set_engine(engine)
        actions.engine_compact.triggered.connect(lambda: self.set_engine("compact"))
        actions.engine_graphviz.triggered.connect(lambda: self.set_engine("graphviz"))
        actions.compare.toggled.connect(self._on_compare_toggled)
        self._stacking_chosen = False  # by the user, from the View menu: then kept
        actions.compare_stacked.toggled.connect(central.compare.set_stacked)
        actions.compare_stacked.triggered.connect(self._on_compare_stacked_triggered)
        document.compare_changed.connect(self._on_document_compare_changed)
        actions.show_assumed.toggled.connect(central.chart.set_highlight_assumed)

    def set_engine(self, name: str) -> None:
        self._settings.set_layout_engine(name)
        self._central.set_engine(name)

    def compare(self, to_id: ScenarioId | None = None) -> bool:
        """Show the current scenario beside its partner (or `to_id`); False when there is none."""
        pair = compare_pair(self._document.proposal, self._document.scenario_id, to_id)
        self._document.set_compare(pair)
        return pair is not None

    def _on_compare_toggled(self, on: bool) -> None:
        if on and self._document.compare is None:
            if not self.compare():
                self._actions.compare.setChecked(False)
                self.status.emit(
                    "There is only one scenario to compare: make a copy first "
                    "(Scenario > New Scenario from Copy)."
                )
        elif not on:
            self._document.set_compare(None)

    def _on_compare_stacked_triggered(self) -> None:
        self._stacking_chosen = True

    def _on_document_compare_changed(self, pair: tuple[ScenarioId, ScenarioId] | None) -> None:
        self._actions.compare.setChecked(pair is not None)
        if pair is not None and not self._stacking_chosen:
            self._actions.compare_stacked.setChecked(self._central.width() < STACK_BELOW_WIDTH)
        charting = bool(self._document.proposal.scenarios)
        for action in (self._actions.collapse_all, self._actions.expand_all):
            action.setEnabled(charting and pair is None)  # folding is the single chart's
