"""A proposed post ring-fenced in a pool says so on its box, in the canvas and the PDF alike."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Pool
from orgchart_app.edits import PutPool, apply_edit
from orgchart_app.layout import LayoutOptions, layout_scenario


def box_lines(proposal: Proposal, scenario_name: str) -> dict[str, tuple[str, ...]]:
    scenario = proposal.scenario_named(scenario_name).id
    layout = layout_scenario(proposal, scenario, LayoutOptions())
    return {box.post_ref: box.lines for box in layout.boxes}


def test_the_pools_posts_are_marked_ring_fenced_and_the_others_are_not(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    fenced = [bury.post_by_ref(to_be, ref) for ref in ("NEW-75", "NEW-76")]
    posts = tuple(p.id for p in fenced if p is not None)
    apply_edit(bury, PutPool(Pool(PoolId(0), to_be, "Pool A", posts)))
    lines = box_lines(bury, "To be")
    assert "ring-fenced: Pool A" in lines["NEW-75"] and "ring-fenced: Pool A" in lines["NEW-76"]
    assert not any("ring-fenced" in line for line in lines["NEW-77"])
    # The current structure's twin of a post is not in the proposed structure's pool.
    assert not any(
        "ring-fenced" in line for post in box_lines(bury, "As is").values() for line in post
    )
