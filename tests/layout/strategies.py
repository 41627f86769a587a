"""Hypothesis strategies: random organisations, from tiny odd ones to 2,000 realistic posts."""

from __future__ import annotations

from hypothesis import strategies as st

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
from orgchart_app.layout import LayoutOptions
from orgchart_app.samples.synthetic import build_synthetic

SCENARIO = ScenarioId(1)


@st.composite
def odd_proposals(draw: st.DrawFn, max_units: int = 12, max_posts: int = 60) -> Proposal:
    """Small proposals with any shape: units nested anyhow, empty units, posts reporting across
    units and organisations, several heads, assistants with and without reports, unit leads."""
    proposal = Proposal()
    proposal.scenarios[SCENARIO] = Scenario(SCENARIO, "As is")
    for index in (1, 2):
        proposal.organisations[OrganisationId(index)] = Organisation(
            OrganisationId(index), f"Org {index}", f"O{index}"
        )
    unit_count = draw(st.integers(1, max_units))
    for index in range(1, unit_count + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, index - 1))) if index > 1 else None
        name = draw(st.sampled_from(("Team", "Adult Social Care Commissioning and Contracts", "X")))
        proposal.units[UnitId(index)] = Unit(
            UnitId(index),
            SCENARIO,
            f"U{index}",
            f"{name} {index}",
            draw(st.sampled_from(list(UnitKind))),
            OrganisationId(1 + index % 2),
            UnitId(parent) if parent else None,
        )
    post_count = draw(st.integers(0, max_posts))
    for index in range(1, post_count + 1):
        manager = draw(st.one_of(st.none(), st.integers(1, index - 1))) if index > 1 else None
        title = draw(
            st.sampled_from(
                (
                    "Officer",
                    "Director of Adult Social Services and Integrated Commissioning",
                    "Supercalifragilisticexpialidociousmanagerial",
                )
            )
        )
        proposal.posts[PostId(index)] = Post(
            PostId(index),
            SCENARIO,
            f"P{index}",
            title,
            UnitId(draw(st.integers(1, unit_count))),
            OrganisationId(draw(st.integers(1, 2))),
            grade=draw(st.sampled_from(("", "G7"))),
            quantity=draw(st.sampled_from((1, 1, 7))),
            fte=draw(st.sampled_from((1.0, 0.5))),
            reports_to_id=PostId(manager) if manager else None,
            is_assistant=draw(st.booleans()),
        )
    for unit in list(proposal.units.values()):
        candidates = [p.id for p in proposal.posts.values() if p.unit_id == unit.id]
        if candidates and draw(st.booleans()):
            from dataclasses import replace

            proposal.units[unit.id] = replace(unit, lead_post_id=draw(st.sampled_from(candidates)))
    return proposal


def synthetic_proposals(max_posts: int = 2_000) -> st.SearchStrategy[Proposal]:
    return st.builds(
        build_synthetic,
        posts=st.integers(1, max_posts),
        seed=st.integers(0, 10_000),
        organisations=st.integers(1, 3),
        pillars=st.integers(0, 20),
        cross_pillar_share=st.sampled_from((0.0, 0.02, 0.2)),
        dotted_share=st.just(0.01),
    )


def layout_options() -> st.SearchStrategy[LayoutOptions]:
    return st.builds(
        LayoutOptions,
        stack_from=st.integers(1, 6),
        stack_columns=st.sampled_from((1, 2)),
        wrap_width=st.sampled_from((0.0, 600.0, 2400.0)),
    )
