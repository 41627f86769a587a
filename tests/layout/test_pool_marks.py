"""A proposed post ring-fenced in a pool says so on its box, in the canvas and the PDF alike;
a compared chart says it once, in the post's change marker."""

from __future__ import annotations

from orgchart_app.domain import Proposal
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.compare import layout_comparison

FENCED = "ring-fenced: Pool A"  # Bury's four new Senior Integrated Commissioning Manager posts


def box_lines(proposal: Proposal, scenario_name: str) -> dict[str, tuple[str, ...]]:
    scenario = proposal.scenario_named(scenario_name).id
    layout = layout_scenario(proposal, scenario, LayoutOptions())
    return {box.post_ref: box.lines for box in layout.boxes}


def test_the_pools_posts_are_marked_ring_fenced_and_the_others_are_not(bury: Proposal) -> None:
    lines = box_lines(bury, "To be")
    assert all(FENCED in lines[f"NEW-{n}"] for n in (75, 76, 77, 78))
    assert not any("ring-fenced" in line for line in lines["NEW-79"])
    # The current structure's twin of a post is not in the proposed structure's pool.
    assert not any(
        "ring-fenced" in line for box in box_lines(bury, "As is").values() for line in box
    )


def test_a_compared_chart_marks_it_once(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    _, after = layout_comparison(bury, as_is, to_be, LayoutOptions())
    box = next(b for b in after.boxes if b.post_ref == "NEW-75")
    assert FENCED in box.change_marker and FENCED not in box.lines
