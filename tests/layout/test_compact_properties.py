"""The compact engine keeps its invariants on any organisation, up to 2,000 posts."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import Proposal
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.model import ConnectorKind
from orgchart_app.samples.synthetic import build_synthetic
from tests.layout.invariants import (
    check_connectors_meet_boxes,
    check_layout,
    check_managers_above,
    lines_through_boxes,
)
from tests.layout.strategies import SCENARIO, layout_options, odd_proposals, synthetic_proposals

SOLID = (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY)


@settings(max_examples=60, deadline=None)
@given(proposal=odd_proposals(), options=layout_options())
def test_odd_organisations_keep_the_invariants(proposal: Proposal, options: LayoutOptions) -> None:
    layout = layout_scenario(proposal, SCENARIO, options)
    check_layout(proposal, layout, set(proposal.posts))
    check_managers_above(proposal, layout)
    check_connectors_meet_boxes(layout)
    assert len(layout.containers) == len(proposal.units)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(proposal=synthetic_proposals(), options=layout_options())
def test_realistic_organisations_keep_the_invariants(
    proposal: Proposal, options: LayoutOptions
) -> None:
    layout = layout_scenario(proposal, SCENARIO, options)
    check_layout(proposal, layout, set(proposal.posts))
    check_managers_above(proposal, layout)
    check_connectors_meet_boxes(layout)


@settings(max_examples=30, deadline=None)
@given(proposal=odd_proposals(), data=st.data())
def test_collapsed_teams_become_one_summary_box(proposal: Proposal, data: st.DataObject) -> None:
    collapsed = frozenset(
        data.draw(st.lists(st.sampled_from(sorted(proposal.posts)), max_size=4))
        if proposal.posts
        else ()
    )
    layout = layout_scenario(proposal, SCENARIO, LayoutOptions(collapsed=collapsed))
    hidden = _teams_below(proposal, collapsed)
    check_layout(proposal, layout, set(proposal.posts) - hidden)
    summaries = {b.post_id: b for b in layout.boxes if b.is_summary}
    shown_collapsed = {
        m
        for m in collapsed
        if m not in hidden and any(p.reports_to_id == m for p in proposal.posts.values())
    }
    assert set(summaries) == shown_collapsed
    for manager_id, summary in summaries.items():
        team = _teams_below(proposal, frozenset({manager_id}))
        assert summary.collapsed_posts == sum(proposal.posts[p].quantity for p in team)
        noun = "post" if summary.collapsed_posts == 1 else "posts"
        assert summary.title.startswith(f"+ {summary.collapsed_posts} {noun} (")
        assert layout.box_for(manager_id).rect.bottom <= summary.rect.y  # type: ignore[union-attr]


def _teams_below(
    proposal: Proposal, managers: frozenset[int], stop: frozenset[int] = frozenset()
) -> set[int]:
    """The posts reporting to the managers, directly or not; a post in `stop` ends its branch."""
    below: set[int] = set()
    frontier = [
        p.id for p in proposal.posts.values() if p.reports_to_id in managers and p.id not in stop
    ]
    while frontier:
        post_id = frontier.pop()
        if post_id not in below:
            below.add(post_id)
            frontier.extend(
                p.id
                for p in proposal.posts.values()
                if p.reports_to_id == post_id and p.id not in stop
            )
    return below


@settings(max_examples=30, deadline=None)
@given(proposal=odd_proposals(), data=st.data())
def test_kept_collapsed_heads_stay_shown_with_their_own_teams(
    proposal: Proposal, data: st.DataObject
) -> None:
    collapsed = frozenset(
        data.draw(st.lists(st.sampled_from(sorted(proposal.posts)), max_size=4))
        if proposal.posts
        else ()
    )
    layout = layout_scenario(
        proposal, SCENARIO, LayoutOptions(collapsed=collapsed, keep_collapsed_heads=True)
    )
    hidden = _teams_below(proposal, collapsed, stop=collapsed) - collapsed
    check_layout(proposal, layout, set(proposal.posts) - hidden)
    for manager_id in collapsed:
        team = _teams_below(proposal, frozenset({manager_id}), stop=collapsed)
        summary = next((b for b in layout.boxes if b.is_summary and b.post_id == manager_id), None)
        assert (summary.collapsed_posts if summary else 0) == sum(
            proposal.posts[p].quantity for p in team
        )


@pytest.mark.parametrize("seed", [1, 3, 4])
def test_lines_of_management_find_a_way_round_boxes(seed: int) -> None:
    # Each of these 1,000-post organisations had lines of management between units drawn through
    # other posts' boxes before the router searched the layout's lanes for a way round.
    layout = layout_scenario(build_synthetic(1000, seed=seed), SCENARIO, LayoutOptions())
    assert lines_through_boxes(layout, SOLID) == []


def test_most_dotted_lines_find_a_way_round_boxes() -> None:
    # Dotted lines join posts chosen at random anywhere in these charts: 16 of the 20 ran through
    # boxes before the search. A search is bounded, so a long one may still end by crossing.
    layouts = [
        layout_scenario(build_synthetic(1000, seed=seed), SCENARIO, LayoutOptions())
        for seed in range(1, 5)
    ]
    dotted = [kind for kind in ConnectorKind if kind not in SOLID]
    crossing = {line for layout in layouts for line, _box in lines_through_boxes(layout, dotted)}
    assert sum(1 for layout in layouts for c in layout.connectors if c.kind in dotted) == 20
    assert len(crossing) <= 5


def test_a_line_with_no_clear_way_takes_the_way_crossing_fewest_boxes() -> None:
    # Lines too long for the search keep the candidate crossing fewest boxes. Counting stopped at
    # four, so all worse routes tied and the shortest won: here three lines ran through 35 to 58
    # boxes each, straight down columns of stacked posts.
    layout = layout_scenario(build_synthetic(2000, seed=1), SCENARIO, LayoutOptions())
    crossed = Counter(line for line, _box in lines_through_boxes(layout))
    assert max(crossed.values(), default=0) <= 8
