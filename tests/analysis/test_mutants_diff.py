"""diff.py on the Bury sample with one to-be post changed in memory the ways a file cannot hold
but a diff must still word: its officer category, a dotted line to a post only the as-is has,
and a unit no scenario has (a damaged proposal)."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.diff import ChangeKind, Totals, diff_scenarios
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import OfficerCategory
from orgchart_app.domain.ids import DottedLineId, UnitId
from orgchart_app.domain.model import DottedLine


def test_a_category_a_line_elsewhere_and_a_missing_unit_are_worded(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    kept = {p.post_ref for p in bury.posts_in(to_be)}
    gone = next(p for p in bury.posts_in(as_is) if p.post_ref not in kept)
    post = next(p for p in bury.posts_in(to_be) if p.post_ref == "BC-1003")
    bury.posts[post.id] = dataclasses.replace(
        post, officer_category=OfficerCategory.DEPUTY_CHIEF_DESIGNATED, unit_id=UnitId(999)
    )
    was = next(p for p in bury.posts_in(as_is) if p.post_ref == "BC-1003")
    bury.posts[was.id] = dataclasses.replace(
        was, officer_category=OfficerCategory.DEPUTY_CHIEF_NON_DESIGNATED
    )
    bury.dotted_lines[DottedLineId(999)] = DottedLine(DottedLineId(999), to_be, post.id, gone.id)
    diff = diff_scenarios(bury, as_is, to_be)
    worded = {c.kind: (c.before, c.after) for c in diff.for_post_ref("BC-1003")}
    assert worded[ChangeKind.OFFICER_CATEGORY_CHANGED] == (
        "deputy chief non designated",
        "deputy chief designated",
    )
    assert worded[ChangeKind.DOTTED_LINES_CHANGED] == (
        "none",
        f"accountability to {gone.post_ref} (in another scenario)",
    )
    assert diff.unit_totals["(a missing unit)"] == (Totals(), Totals(1, 1.0))
