"""A sample's structure without its fictional staff, so a test's own people and outcomes are
the only ones (the people tests, and the analysis tests of the people side)."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.samples.people import FICTIONAL


def without_staff(proposal: Proposal) -> Proposal:
    proposal.postholders = {k: h for k, h in proposal.postholders.items() if h.notes != FICTIONAL}
    proposal.outcomes, proposal.pools, proposal.consultations = {}, {}, {}
    return proposal
