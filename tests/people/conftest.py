"""The people tests start from the samples' structures without their fictional staff, so each
test's own people and outcomes are the only ones."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.samples.bury import build_bury
from tests.staffless import without_staff


@pytest.fixture
def bury() -> Proposal:
    return without_staff(build_bury())


@pytest.fixture
def bury_assumed_grades_no_staff(bury: Proposal) -> Proposal:
    """The same with an assumed-grade costing (tests/assumed_grades.py): slotting and pooling
    compare grades, which the Bury report does not give."""
    from tests.assumed_grades import grade_as_assumed

    return grade_as_assumed(bury)
