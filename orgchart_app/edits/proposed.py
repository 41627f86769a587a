"""Whether a proposal has its proposed structure yet: asked at every file opened (the bar across
the chart offers to make one), so apart from the scenario edits that make it."""

from __future__ import annotations

from orgchart_app.domain.enums import ScenarioKind
from orgchart_app.domain.proposal import Proposal

PROPOSED_NAME = "To be"


def without_proposed(proposal: Proposal) -> bool:
    """A file with scenarios but no proposed structure yet (what an import makes)."""
    scenarios = proposal.scenarios.values()
    return bool(proposal.scenarios) and not any(
        s.kind is ScenarioKind.TO_BE or s.name.casefold() == PROPOSED_NAME.casefold()
        for s in scenarios
    )
