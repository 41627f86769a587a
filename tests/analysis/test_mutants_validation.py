"""validate_proposal on a to-be emptied of its posts: nothing can be drafted for it, so every
worded recommendation written for its changes is listed as gone (validation._drafted)."""

from __future__ import annotations

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import Proposal
from orgchart_app.edits import DeletePost, apply_edit


def test_every_worded_item_is_gone_when_the_to_be_has_no_posts(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    apply_edit(bury, DeletePost(tuple(p.id for p in bury.posts_in(to_be))))
    gone = [p for p in validate_proposal(bury) if p.endswith("gone: check it or leave it out")]
    assert gone == [
        f'Recommendation {n} ("As is" to "To be"): the changes it was written for are gone: '
        "check it or leave it out"
        for n in range(1, 7)
    ]
