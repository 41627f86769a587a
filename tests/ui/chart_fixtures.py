"""A tiny proposal and a hand-made Layout of it, so canvas tests do not depend on a layout engine."""

from __future__ import annotations

from orgchart_app.domain import (
    OrganisationKind,
    PostId,
    PostStatus,
    Proposal,
    ScenarioId,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.layout.model import (
    Connector,
    ConnectorKind,
    Layout,
    PostBox,
    Rect,
    UnitContainer,
)
from orgchart_app.samples.builder import ProposalBuilder

CARD_W, CARD_H = 120.0, 48.0


def tiny_proposal() -> Proposal:
    """Council > Commissioning (Team A, Team B); Health > Clinical. Director > A lead > A officer x3."""
    b = ProposalBuilder("Tiny")
    council = b.organisation("Tiny Council", "TC", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8")
    health = b.organisation("Tiny Health", "TH", OrganisationKind.NHS_BODY, "#005eb8")
    s = b.scenario("As is", ScenarioKind.AS_IS)
    root = b.unit(s, "Commissioning", UnitKind.PILLAR, council, unit_ref="COM")
    team_a = b.unit(s, "Team A", UnitKind.TEAM, council, root, unit_ref="A")
    team_b = b.unit(
        s, "Team B", UnitKind.TEAM, council, root, UnitStatus.TO_BE_CONFIRMED, unit_ref="B"
    )
    clinical = b.unit(s, "Clinical", UnitKind.PILLAR, health, unit_ref="CL")
    director = b.post(s, "Director", root, council, post_ref="P1", grade="")
    lead_a = b.post(s, "Lead A", team_a, council, director, post_ref="P2")
    b.post(s, "Officer A", team_a, council, lead_a, post_ref="P3", quantity=3)
    b.post(s, "Lead B", team_b, council, director, post_ref="P4", status=PostStatus.VACANT)
    b.post(s, "Nurse", clinical, health, post_ref="P5", status=PostStatus.HELD_VACANT)
    return b.proposal


# Fixed places by post_ref; containers are drawn around the posts of each unit.
_PLACES = {
    "P1": (160.0, 30.0),
    "P2": (60.0, 130.0),
    "P3": (60.0, 230.0),
    "P4": (260.0, 130.0),
    "P5": (500.0, 130.0),
}


def hand_layout(
    proposal: Proposal,
    scenario_id: ScenarioId,
    engine: str = "compact",
    collapsed: frozenset[PostId] = frozenset(),
    _keep_rows: object = None,  # hand-placed: nothing wraps
) -> Layout:
    posts = proposal.posts_in(scenario_id)
    boxes = []
    for i, post in enumerate(posts):
        x, y = _PLACES.get(post.post_ref, (700.0 + 140 * i, 130.0))
        boxes.append(
            PostBox(
                post.id,
                post.post_ref,
                Rect(x, y, CARD_W, CARD_H),
                post.title,
                (post.grade or "Grade 9", f"x {post.quantity}"),
                post.status,
                post.unit_id,
                employer_badge=proposal.organisations[post.employer_id].short_name,
            )
        )
    containers = []
    for unit in proposal.units_in(scenario_id):
        inside = [
            b.rect for b in boxes if b.unit_id in {u.id for u in proposal.subunits_of(unit.id)}
        ]
        if not inside:
            continue
        depth = len(proposal.unit_path(unit.id)) - 1
        pad = 30.0 - 10.0 * depth
        x0 = min(r.x for r in inside) - pad
        y0 = min(r.y for r in inside) - pad
        rect = Rect(
            x0,
            y0,
            max(r.right for r in inside) + pad - x0,
            max(r.bottom for r in inside) + pad - y0,
        )
        containers.append(
            UnitContainer(
                unit.id,
                unit.unit_ref,
                unit.parent_id,
                rect,
                unit.name,
                unit.kind,
                unit.status,
                depth=depth,
            )
        )
    by_id = {b.post_id: b.rect for b in boxes}
    connectors = tuple(
        Connector(
            ConnectorKind.REPORTS_TO,
            (by_id[p.reports_to_id].centre, by_id[p.id].centre),
            p.reports_to_id,
            p.id,
        )
        for p in posts
        if p.reports_to_id in by_id
    ) + tuple(
        # Dotted lines straight from the bottom of one card to the bottom of the other, a little
        # below both, so the middle of the line is clear of every card.
        Connector(
            ConnectorKind.MATRIX if d.kind.value == "matrix" else ConnectorKind.ACCOUNTABILITY,
            (
                (by_id[d.from_post_id].centre[0], by_id[d.from_post_id].bottom),
                (
                    by_id[d.from_post_id].centre[0],
                    max(by_id[d.from_post_id].bottom, by_id[d.to_post_id].bottom) + 20,
                ),
                (
                    by_id[d.to_post_id].centre[0],
                    max(by_id[d.from_post_id].bottom, by_id[d.to_post_id].bottom) + 20,
                ),
                (by_id[d.to_post_id].centre[0], by_id[d.to_post_id].bottom),
            ),
            d.from_post_id,
            d.to_post_id,
            line_id=d.id,
        )
        for d in proposal.dotted_lines_in(scenario_id)
        if d.from_post_id in by_id and d.to_post_id in by_id
    )
    return Layout(scenario_id, tuple(boxes), tuple(containers), connectors, 900.0, 340.0)


def hand_comparison(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    engine: str = "compact",
    _keep_rows: object = None,  # hand-placed: nothing wraps
) -> tuple[Layout, Layout]:
    """Both scenarios hand-laid, the to-be's posts absent from the as-is marked "new" and vice versa."""
    import dataclasses

    before, after = hand_layout(proposal, from_id), hand_layout(proposal, to_id)
    refs_before = {b.post_ref for b in before.boxes}
    refs_after = {b.post_ref for b in after.boxes}

    def marked(layout: Layout, others: set[str], marker: str) -> Layout:
        boxes = tuple(
            dataclasses.replace(b, change_marker=marker) if b.post_ref not in others else b
            for b in layout.boxes
        )
        return dataclasses.replace(layout, boxes=boxes, _box_index={})

    return marked(before, refs_after, "deleted"), marked(after, refs_before, "new")
