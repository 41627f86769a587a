"""A pool's posts are marked on the chart ("ring-fenced: Pool A") wherever the change is drawn:
the compare view, the compare pages and the consultation pack."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Pool
from orgchart_app.edits import PutPool, apply_edit
from orgchart_app.layout.compare import change_markers


def test_a_pools_posts_carry_its_name(bury: Proposal) -> None:
    from_id, to_id = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    sicm = bury.post_by_ref(to_id, "NEW-75")
    kept = bury.post_by_ref(to_id, "BC-1050")
    assert sicm is not None and kept is not None
    apply_edit(bury, PutPool(Pool(PoolId(0), to_id, "Pool A", (sicm.id, kept.id))))
    after = change_markers(bury, from_id, to_id)[1]
    assert after[sicm.id].endswith(", ring-fenced: Pool A")
    assert after[kept.id].endswith("ring-fenced: Pool A")
