"""Helpers of the edits tests."""

from __future__ import annotations

import pytest

from orgchart_app.domain import EditRefused, Proposal
from orgchart_app.edits import Edit, apply_edit


def refusal(proposal: Proposal, edit: Edit) -> str:
    """The sentence `edit` is refused with; the proposal is checked to be untouched."""
    before = proposal.snapshot()
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, edit)
    assert proposal.snapshot() == before
    return str(refused.value)
