"""The people tests start from the samples' structures without their fictional staff, so each
test's own people and outcomes are the only ones."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.samples.bury import build_bury
from orgchart_app.samples.people import FICTIONAL


@pytest.fixture
def bury() -> Proposal:
    proposal = build_bury()
    proposal.postholders = {k: h for k, h in proposal.postholders.items() if h.notes != FICTIONAL}
    proposal.outcomes, proposal.pools, proposal.consultations = {}, {}, {}
    return proposal
