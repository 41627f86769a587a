"""Stacking, assistants, several heads, cycles, collapse and per-unit layouts."""

from __future__ import annotations

import pytest

from orgchart_app.domain import (
    Organisation,
    OrganisationId,
    Post,
    PostId,
    Proposal,
    Scenario,
    ScenarioId,
    Unit,
    UnitId,
    UnitKind,
)
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.samples.synthetic import build_synthetic
from tests.layout.invariants import check_connectors_meet_boxes, check_layout, check_managers_above

S = ScenarioId(1)


def _team(leaves: int, assistants: int = 0, heads: int = 1) -> Proposal:
    proposal = Proposal()
    proposal.scenarios[S] = Scenario(S, "As is")
    proposal.organisations[OrganisationId(1)] = Organisation(OrganisationId(1), "Council", "C")
    proposal.units[UnitId(1)] = Unit(UnitId(1), S, "U1", "Team", UnitKind.TEAM, OrganisationId(1))
    for head in range(1, heads + 1):
        proposal.posts[PostId(head)] = Post(
            PostId(head), S, f"H{head}", "Head of Service", UnitId(1), OrganisationId(1)
        )
    for index in range(heads + 1, heads + 1 + leaves + assistants):
        proposal.posts[PostId(index)] = Post(
            PostId(index),
            S,
            f"P{index}",
            "Officer",
            UnitId(1),
            OrganisationId(1),
            reports_to_id=PostId(1),
            is_assistant=index > heads + leaves,
        )
    return proposal


def _rects(proposal: Proposal, options: LayoutOptions = LayoutOptions()) -> dict[str, object]:
    return {b.post_ref: b.rect for b in layout_scenario(proposal, S, options).boxes}


def test_leaves_stack_in_one_column_under_a_spine_once_there_are_enough() -> None:
    few = _rects(_team(3), LayoutOptions(stack_from=4))
    assert len({r.y for ref, r in few.items() if ref != "H1"}) == 1  # side by side
    many = _rects(_team(30), LayoutOptions(stack_from=4))
    leaves = [r for ref, r in many.items() if ref != "H1"]
    assert len({r.x for r in leaves}) == 1  # one column
    assert max(r.right for r in many.values()) - min(r.x for r in many.values()) < 2 * 150 + 20
    layout = layout_scenario(_team(30), S, LayoutOptions(stack_from=4))
    spine_x = layout.box_for(PostId(1)).rect.centre[0]  # type: ignore[union-attr]
    for connector in layout.connectors:
        assert connector.points[0][1] == layout.box_for(PostId(1)).rect.bottom  # type: ignore[union-attr]
        assert any(x == spine_x for x, _y in connector.points)
        leaf = layout.box_for(connector.to_post_id).rect  # type: ignore[union-attr]
        assert connector.points[-1] == (leaf.x, leaf.y + leaf.h / 2)  # into the leaf's side


def test_two_columns_put_leaves_either_side_of_the_spine() -> None:
    layout = layout_scenario(_team(9), S, LayoutOptions(stack_from=4, stack_columns=2))
    head = layout.box_for(PostId(1)).rect  # type: ignore[union-attr]
    spine = head.centre[0]
    leaves = [b.rect for b in layout.boxes if b.post_id != 1]
    left = [r for r in leaves if r.right < spine]
    right = [r for r in leaves if r.x > spine]
    assert (len(left), len(right)) == (5, 4)
    check_layout(_team(9), layout, set(range(1, 11)))


def test_assistants_sit_beside_their_manager() -> None:
    proposal = _team(5, assistants=1)
    layout = layout_scenario(proposal, S)
    head = layout.box_for(PostId(1)).rect  # type: ignore[union-attr]
    assistant = layout.box_for(PostId(7)).rect  # type: ignore[union-attr]
    assert assistant.x >= head.right and assistant.y == head.y
    check_layout(proposal, layout, set(proposal.posts))
    check_connectors_meet_boxes(layout)


def test_several_heads_side_by_side() -> None:
    proposal = _team(4, heads=3)
    layout = layout_scenario(proposal, S)
    heads = [layout.box_for(PostId(i)).rect for i in (1, 2, 3)]  # type: ignore[union-attr]
    assert len({r.y for r in heads}) == 1
    check_layout(proposal, layout, set(proposal.posts))
    check_managers_above(proposal, layout)


def test_a_reporting_cycle_still_places_every_post_once() -> None:
    proposal = _team(3)
    from dataclasses import replace

    proposal.posts[PostId(1)] = replace(proposal.posts[PostId(1)], reports_to_id=PostId(2))
    layout = layout_scenario(proposal, S)
    check_layout(proposal, layout, set(proposal.posts))
    check_connectors_meet_boxes(layout)


def test_collapsing_a_director_hides_the_team_and_its_empty_units(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    dass = bury.post_by_ref(to_be, "BC-1002")
    layout = layout_scenario(bury, to_be, LayoutOptions(collapsed=frozenset({dass.id})))  # type: ignore[union-attr]
    summary = next(b for b in layout.boxes if b.is_summary)
    team = bury.team_of(dass.id)[1:]  # type: ignore[union-attr]
    assert summary.collapsed_posts == sum(p.quantity for p in team)
    assert summary.title == f"+ {summary.collapsed_posts} posts ({summary.collapsed_fte:g} FTE)"
    assert summary.collapsed_posts > 1
    shown = {b.post_id for b in layout.boxes if not b.is_summary}
    assert shown == {p.id for p in bury.posts_in(to_be)} - {p.id for p in team}
    titles = {c.title for c in layout.containers}
    assert "Adult Safeguarding" not in titles and "Community Commissioning" in titles
    assert "Community Health" in titles  # had no posts to hide
    check_connectors_meet_boxes(layout)


def test_one_unit_on_its_own(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    pillar = bury.unit_called(to_be, "Community Commissioning")
    layout = layout_scenario(bury, to_be, LayoutOptions(unit_id=pillar.id))
    inside = {u.id for u in bury.subunits_of(pillar.id)}
    assert {c.unit_id for c in layout.containers} == inside
    expected = {p.id for p in bury.posts_in(to_be) if p.unit_id in inside}
    check_layout(bury, layout, expected)
    top = [c for c in layout.containers if c.parent_id is None]
    assert [c.title for c in top] == ["Community Commissioning"]
    assert layout.width < layout_scenario(bury, to_be).width


def test_layouts_are_deterministic() -> None:
    first = layout_scenario(build_synthetic(300, seed=7), S, LayoutOptions(stack_columns=2))
    second = layout_scenario(build_synthetic(300, seed=7), S, LayoutOptions(stack_columns=2))
    assert first == second


@pytest.mark.parametrize("bad", [{"engine": "visio"}, {"stack_columns": 3}, {"stack_from": 0}])
def test_options_refuse_nonsense(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LayoutOptions(**bad)  # type: ignore[arg-type]


def test_units_nested_in_a_loop_still_show_every_post() -> None:
    from dataclasses import replace

    proposal = _team(3)
    proposal.units[UnitId(2)] = Unit(
        UnitId(2), S, "U2", "Loop A", UnitKind.TEAM, OrganisationId(1), UnitId(3)
    )
    proposal.units[UnitId(3)] = Unit(
        UnitId(3), S, "U3", "Loop B", UnitKind.TEAM, OrganisationId(1), UnitId(2)
    )
    proposal.posts[PostId(2)] = replace(proposal.posts[PostId(2)], unit_id=UnitId(2))
    layout = layout_scenario(proposal, S)
    assert {b.post_id for b in layout.boxes} == set(proposal.posts)
    assert len(layout.containers) == 3
    scoped = layout_scenario(proposal, S, LayoutOptions(unit_id=UnitId(2)))
    assert {b.post_id for b in scoped.boxes} == {PostId(2)}


def test_an_empty_unit_inside_a_collapsed_team_goes_with_it() -> None:
    proposal = _team(3)
    proposal.units[UnitId(2)] = Unit(
        UnitId(2), S, "U2", "Sub-team", UnitKind.TEAM, OrganisationId(1), UnitId(1)
    )
    proposal.units[UnitId(3)] = Unit(
        UnitId(3), S, "U3", "Empty", UnitKind.TEAM, OrganisationId(1), UnitId(2)
    )
    from dataclasses import replace

    for post_id in (2, 3, 4):
        proposal.posts[PostId(post_id)] = replace(
            proposal.posts[PostId(post_id)], unit_id=UnitId(2)
        )
    layout = layout_scenario(proposal, S, LayoutOptions(collapsed=frozenset({PostId(1)})))
    assert [c.title for c in layout.containers] == ["Team"]
    assert [b.title for b in layout.boxes if b.is_summary] == ["+ 3 posts (3 FTE)"]


def test_a_team_of_one_is_one_post_not_posts() -> None:
    layout = layout_scenario(_team(1), S, LayoutOptions(collapsed=frozenset({PostId(1)})))
    assert [b.title for b in layout.boxes if b.is_summary] == ["+ 1 post (1 FTE)"]
