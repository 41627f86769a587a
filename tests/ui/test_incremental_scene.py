"""After any sequence of edits, the canvas brought up to date by changes only shows exactly what a
fresh layout of the edited scenario shows, value for value.

Each edit (move, add, delete, regrade, retitle, FTE, team move, undo) is laid out keeping the
previous layout's row-wrap memory, as the canvas does; what changed is worked out beside the
layout (layout.delta) and only those items are touched. The scene's items must then hold the
values of a fresh layout with the same memory, and that layout must equal the one shown.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import ScenarioId
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.delta import Keyed, keyed, layout_delta
from orgchart_app.layout.model import Layout
from orgchart_app.samples.synthetic import build_synthetic
from orgchart_app.ui.canvas.line_items import ConnectorItem, DottedLineItem
from orgchart_app.ui.canvas.scene import LayoutScene
from tests.edit_sequences import STEPS, applied_edits

SCENARIO = ScenarioId(1)


def _shown(scene: LayoutScene) -> Keyed:
    """The values the scene's items hold, keyed as a Layout's are."""
    lines = [i for i in scene.items() if isinstance(i, ConnectorItem)]
    return Keyed(
        {key: item.box for key, item in scene.posts.items()},
        {key: item.box for key, item in scene.summaries.items()},
        {key: item.container for key, item in scene.units.items()},
        {
            (i.connectors[0].from_post_id, i.connectors[0].kind): tuple(i.connectors)
            for i in lines
            if not isinstance(i, DottedLineItem)
        },
        {i.line_id: tuple(i.connectors) for i in lines if isinstance(i, DottedLineItem)},
    )


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    seed=st.integers(0, 40),
    steps=STEPS,
)
def test_edits_shown_by_changes_only_equal_a_fresh_layout(
    qapp, seed: int, steps: list[tuple[str, int, int]]
) -> None:  # type: ignore[no-untyped-def]
    proposal = build_synthetic(90, seed=seed)
    scene = LayoutScene()
    shown: Layout = layout_scenario(proposal, SCENARIO)
    scene.show_layout(shown)
    for kind in applied_edits(proposal, steps):
        options = LayoutOptions(keep_rows=shown.rows)
        # As the canvas does: the layout shown reused where the edit changed no box's size.
        relaid = layout_scenario(proposal, SCENARIO, options, previous=shown)
        scene.show_delta(layout_delta(shown, relaid, keyed(shown)))
        fresh = layout_scenario(proposal, SCENARIO, options)
        assert relaid == fresh and relaid.rows.rows == fresh.rows.rows
        assert _shown(scene) == keyed(fresh), f"after {kind}"
        shown = relaid
