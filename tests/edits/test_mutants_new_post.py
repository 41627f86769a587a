"""A new post's employment, taken from a sibling, else the manager, else anyone in the unit,
else the unit itself: each case pinned on a small proposal whose neighbours all differ."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import (
    OrganisationId,
    OrganisationKind,
    Post,
    PostId,
    PostStatus,
    Proposal,
    ScenarioKind,
    UnitId,
    UnitKind,
)
from orgchart_app.edits.new_post import post_like_neighbours
from orgchart_app.samples.builder import ProposalBuilder


def _neighbours() -> tuple[
    Proposal, dict[str, PostId], dict[str, UnitId], dict[str, OrganisationId]
]:
    b = ProposalBuilder("Neighbours")
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8")
    health = b.organisation("Health", "H", OrganisationKind.NHS_BODY, "#005eb8")
    s = b.scenario("As is", ScenarioKind.AS_IS)
    root = b.unit(s, "Directorate", UnitKind.PILLAR, council)
    team_a = b.unit(s, "Team A", UnitKind.TEAM, council, root)
    team_m = b.unit(s, "Team M", UnitKind.TEAM, council, root)
    team_n = b.unit(s, "Team N", UnitKind.TEAM, council, root)
    empty = b.unit(s, "Empty", UnitKind.PILLAR, health)
    director = b.post(s, "Director", root, council, cost_code="CC-D")
    lead = b.post(s, "Lead A", team_a, council, director, cost_code="CC-L")
    b.post(s, "Officer A1", team_a, health, lead, deployed_to_id=council, cost_code="CC-A")
    b.post(s, "Officer A2", team_a, council, lead, cost_code="CC-B")
    head_m = b.post(s, "Head M", team_m, health, director, deployed_to_id=council, cost_code="CC-M")
    b.post(s, "Worker N", team_n, health, None, cost_code="CC-N")
    # Team N is led by the Director, who sits outside it; its one worker reports to nobody.
    b.proposal.units[team_n] = dataclasses.replace(b.proposal.units[team_n], lead_post_id=director)
    posts = {"director": director, "lead": lead, "head_m": head_m}
    units = {"A": team_a, "M": team_m, "N": team_n, "empty": empty}
    return b.proposal, posts, units, {"council": council, "health": health}


def _vacancy(unit: UnitId, employer: OrganisationId, **fields: object) -> Post:
    return Post(
        PostId(0),
        1,
        "",
        "New",
        unit,
        employer,
        status=PostStatus.VACANT,
        **fields,  # type: ignore[arg-type]
    )


def test_a_post_among_siblings_is_employed_like_the_first_of_them() -> None:
    proposal, post, unit, org = _neighbours()
    assert post_like_neighbours(proposal, unit["A"], "New") == _vacancy(
        unit["A"],
        org["health"],
        reports_to_id=post["lead"],
        deployed_to_id=org["council"],
        cost_code="CC-A",
    )


def test_with_no_siblings_the_manager_in_the_unit_is_the_model() -> None:
    proposal, post, unit, org = _neighbours()
    assert post_like_neighbours(proposal, unit["M"], "New") == _vacancy(
        unit["M"],
        org["health"],
        reports_to_id=post["head_m"],
        deployed_to_id=org["council"],
        cost_code="CC-M",
    )


def test_a_manager_outside_the_unit_comes_before_the_posts_in_it() -> None:
    proposal, post, unit, org = _neighbours()
    assert post_like_neighbours(proposal, unit["N"], "New") == _vacancy(
        unit["N"], org["council"], reports_to_id=post["director"], cost_code="CC-D"
    )


def test_an_empty_unit_with_no_head_employs_the_post_itself() -> None:
    proposal, _, unit, org = _neighbours()
    assert post_like_neighbours(proposal, unit["empty"], "New") == _vacancy(
        unit["empty"], org["health"]
    )
