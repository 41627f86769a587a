"""An edit relays out reusing the previous Layout's routes where nothing they depend on changed,
and the result is the very Layout a fresh layout of the edited scenario gives, value for value."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import Proposal, ScenarioId
from orgchart_app.edits import ChangeFte, apply_edit
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.model import Layout
from orgchart_app.samples.synthetic import build_synthetic
from tests.edit_sequences import STEPS, applied_edits

SCENARIO = ScenarioId(1)


def _chart(posts: int, seed: int) -> Proposal:
    # Many lines between pillars and dotted lines: the routes that search for a way round.
    return build_synthetic(posts, seed=seed, cross_pillar_share=0.08, dotted_share=0.06)


def _relaid(proposal: Proposal, shown: Layout) -> Layout:
    """As the canvas lays out after an edit: the rows and routes kept, the layout reused where
    the edit changed no box's size."""
    return layout_scenario(
        proposal,
        SCENARIO,
        LayoutOptions(keep_rows=shown.rows, keep_routes=shown.routes),
        previous=shown,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 40),
    steps=STEPS,
)
def test_an_incremental_relayout_equals_a_fresh_one_after_every_edit(
    seed: int, steps: list[tuple[str, int, int]]
) -> None:
    proposal = _chart(150, seed)
    shown = layout_scenario(proposal, SCENARIO)
    for kind in applied_edits(proposal, steps):
        relaid = _relaid(proposal, shown)
        fresh = layout_scenario(proposal, SCENARIO, LayoutOptions(keep_rows=shown.rows))
        assert relaid == fresh, f"after {kind}"
        assert relaid.rows.rows == fresh.rows.rows
        shown = relaid


def test_an_edit_that_moves_no_box_routes_no_line_afresh() -> None:
    proposal = _chart(400, 3)
    leaf = next(p for p in proposal.posts.values() if p.reports_to_id)
    apply_edit(proposal, ChangeFte(leaf.id, 0.5))
    shown = layout_scenario(proposal, SCENARIO)
    assert len(shown.routes) > 20  # lines that had to find their own way were remembered
    apply_edit(proposal, ChangeFte(leaf.id, 0.6))  # another figure, the same size of box
    # Laid out in full (no previous layout to reuse): the routes alone are kept.
    relaid = layout_scenario(
        proposal, SCENARIO, LayoutOptions(keep_rows=shown.rows, keep_routes=shown.routes)
    )
    assert [b.rect for b in relaid.boxes] == [b.rect for b in shown.boxes]
    assert relaid.box_for(leaf.id) != shown.box_for(leaf.id)
    assert (relaid.routes.reused, relaid.routes.routed) == (len(shown.routes), 0)
    assert relaid == layout_scenario(proposal, SCENARIO, LayoutOptions(keep_rows=shown.rows))
