"""One proposal state's costings, each made once and shared by whoever asks (the docks).

While two scenarios are compared, one edit has the Changes dock cost both (the diff's steps) and
the Costs dock cost them again (the to-be against its as-is, the budget and its sensitivity), on
the GUI thread and a worker at once. A CostBook holds a snapshot of the proposal and the costings
made of it, keyed by what a costing depends on, so each is made once per edit.
"""

from __future__ import annotations

import threading
from decimal import Decimal

from orgchart_app.analysis.costing import CostingOptions, PensionBasis, ScenarioCost, cost_scenario
from orgchart_app.domain.enums import CostingPoint
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal

_Key = tuple[ScenarioId, CostingPoint, str, PensionBasis, Decimal]


class CostBook:
    """Costings of one snapshot of a proposal, made on first demand, from any thread."""

    def __init__(self, proposal: Proposal) -> None:
        self.proposal = proposal  # a snapshot: never edited
        self._made: dict[_Key, ScenarioCost] = {}
        self._making: dict[_Key, threading.Lock] = {}
        self._lock = threading.Lock()

    def cost(
        self, proposal: Proposal, scenario_id: ScenarioId, options: CostingOptions
    ) -> ScenarioCost:
        """cost_scenario(proposal, scenario_id, options), made once for the book's proposal."""
        if proposal is not self.proposal:
            return cost_scenario(proposal, scenario_id, options)
        scenario = proposal.scenarios[scenario_id]
        # The scenario's own point and year when the options leave them: the same costing.
        key = (
            scenario_id,
            options.costing_point or scenario.costing_point,
            options.pay_year or scenario.pay_year,
            options.pension_basis,
            options.pay_uplift,
        )
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        with making:  # a second asker waits for the first's costing rather than repeating it
            found = self._made.get(key)
            if found is None:
                found = self._made[key] = cost_scenario(proposal, scenario_id, options)
        return found
