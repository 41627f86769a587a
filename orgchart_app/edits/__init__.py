"""Every change a user can make, applied by apply_edit() with an exact inverse."""

from orgchart_app.edits import types
from orgchart_app.edits.apply import Applied, apply_edit
from orgchart_app.edits.outcome_edits import proposal_batch
from orgchart_app.edits.patch import Changes, scenarios_touched
from orgchart_app.edits.pay_edits import is_costing_edit
from orgchart_app.edits.types import *  # noqa: F403 - the edit vocabulary is this package's API

__all__ = [
    "Applied",
    "Changes",
    "apply_edit",
    "is_costing_edit",
    "proposal_batch",
    "scenarios_touched",
    *types.__all__,
]
