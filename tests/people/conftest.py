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


@pytest.fixture
def bury_assumed_grades_no_staff(bury: Proposal) -> Proposal:
    """The same with an assumed-grade costing (tests/assumed_grades.py): slotting and pooling
    compare grades, which the Bury report does not give."""
    from tests.assumed_grades import grade_as_assumed

    return grade_as_assumed(bury)
