"""Synthetic organisations of any size with a realistic shape, for benchmarks and property tests."""

# build_synthetic(posts=10_000) gives 3 organisations (a council, an NHS body, a partnership) with
# 20 pillars between them, teams and sub-teams, spans of control from 1 to 40 and up to 9 layers,
# a few assistants, shared posts (x 3), part-time posts, vacancies, staff employed by another
# organisation, some line management across pillars and some dotted lines. Same arguments, same
# proposal.

from __future__ import annotations

import random

from orgchart_app.domain import (
    DottedLine,
    DottedLineId,
    DottedLineKind,
    Organisation,
    OrganisationId,
    OrganisationKind,
    Post,
    PostId,
    PostStatus,
    Proposal,
    ProposalInfo,
    Scenario,
    ScenarioId,
    Unit,
    UnitId,
    UnitKind,
)

MAX_SPAN = 40
MAX_LAYERS = 9
_ORGANISATIONS = (
    ("Synthetic Borough Council", "SBC", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8"),
    ("NHS Synthetic Integrated Care Board", "SICB", OrganisationKind.NHS_BODY, "#005eb8"),
    ("Synthetic Health and Care Partnership", "SHCP", OrganisationKind.PARTNERSHIP, "#6a3d9a"),
)
_TITLES = (
    "Officer",
    "Senior Officer",
    "Assistant",
    "Co-ordinator",
    "Practitioner",
    "Social Worker",
    "Commissioning Manager",
    "Team Leader",
    "Business Support Officer",
    "Quality Assurance Officer",
    "Integrated Commissioning Officer",
    "Analyst",
)


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.proposal = Proposal(info=ProposalInfo(title="Synthetic organisation"))
        self.scenario = ScenarioId(1)
        self.proposal.scenarios[self.scenario] = Scenario(self.scenario, "As is")
        self.organisations = [OrganisationId(i + 1) for i in range(len(_ORGANISATIONS))]
        for org_id, (name, short, kind, colour) in zip(
            self.organisations, _ORGANISATIONS, strict=True
        ):
            self.proposal.organisations[org_id] = Organisation(org_id, name, short, kind, colour)

    def unit(
        self, name: str, kind: UnitKind, organisation: OrganisationId, parent: UnitId | None
    ) -> UnitId:
        unit_id = UnitId(len(self.proposal.units) + 1)
        self.proposal.units[unit_id] = Unit(
            unit_id, self.scenario, f"SU{unit_id:04d}", name, kind, organisation, parent
        )
        return unit_id

    def post(
        self,
        title: str,
        unit: UnitId,
        organisation: OrganisationId,
        manager: PostId | None,
        grade: str,
        assistant: bool = False,
    ) -> PostId:
        rng = self.rng
        post_id = PostId(len(self.proposal.posts) + 1)
        employer = organisation if rng.random() > 0.1 else rng.choice(self.organisations)
        quantity = 3 if rng.random() < 0.05 else 1
        fte = 0.5 if rng.random() < 0.08 else 1.0
        roll = rng.random()
        status = (
            PostStatus.VACANT
            if roll < 0.08
            else PostStatus.HELD_VACANT
            if roll < 0.1
            else PostStatus.FILLED
        )
        self.proposal.posts[post_id] = Post(
            post_id,
            self.scenario,
            f"S{post_id:05d}",
            title,
            unit,
            employer,
            grade=grade,
            fte=fte,
            quantity=quantity,
            reports_to_id=manager,
            status=status,
            is_assistant=assistant,
        )
        return post_id


def build_synthetic(
    posts: int = 1_000,
    seed: int = 0,
    organisations: int = 3,
    pillars: int = 20,
    cross_pillar_share: float = 0.01,
    dotted_share: float = 0.005,
) -> Proposal:
    """A one-scenario ("As is") proposal with exactly `posts` post records."""
    builder = _Builder(seed)
    rng = builder.rng
    orgs = builder.organisations[: max(1, min(organisations, len(_ORGANISATIONS)))]
    heads: list[PostId] = []
    org_units: list[UnitId] = []
    for org_id in orgs[:posts]:
        unit = builder.unit(
            builder.proposal.organisations[org_id].name, UnitKind.ORGANISATION, org_id, None
        )
        org_units.append(unit)
        heads.append(builder.post("Chief Executive", unit, org_id, None, "CE"))
    remaining = posts - len(heads)
    pillars = max(0, min(pillars, remaining))
    budgets = _split(rng, remaining, pillars)
    for index, budget in enumerate(budgets):
        which = index % len(heads)
        org_id = orgs[which]
        pillar = builder.unit(f"Pillar {index + 1}", UnitKind.PILLAR, org_id, org_units[which])
        _grow(builder, pillar, org_id, heads[which], budget)
    _cross_links(builder, cross_pillar_share, dotted_share)
    return builder.proposal


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """total split into parts positive sizes, unevenly (a few big, many small)."""
    if parts == 0:
        return []
    weights = [rng.paretovariate(1.3) for _ in range(parts)]
    scale = (total - parts) / sum(weights)
    sizes = [1 + int(w * scale) for w in weights]
    for index in range(total - sum(sizes)):
        sizes[index % parts] += 1
    return sizes


def _grow(
    builder: _Builder, pillar: UnitId, org_id: OrganisationId, head: PostId, budget: int
) -> None:
    """A pillar's tree of `budget` posts under a director reporting to the head, breadth first;
    the director's non-leaf reports lead teams, and big teams have sub-teams."""
    rng = builder.rng
    director = builder.post("Director", pillar, org_id, head, "SM1")
    queue: list[tuple[PostId, UnitId, int, int]] = [
        (director, pillar, 2, budget - 1)
    ]  # post, unit, layer, size below
    for manager, unit, layer, below in queue:
        if below <= 0:
            continue
        last = layer >= MAX_LAYERS - 1  # its reports are on the last layer: all leaves
        span = (
            below
            if last
            else min(below, rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, MAX_SPAN)))
        )
        sizes = [1] * below if last else _split(rng, below, span)
        if layer >= 3 and rng.random() < 0.05 and sum(sizes) == below and len(sizes) > 1:
            sizes[-1] -= 1
            builder.post("Personal Assistant", unit, org_id, manager, "G5", assistant=True)
        sizes = [s for s in sizes if s > 0]
        for size in sizes:
            child_unit = unit
            if size > 1 and (layer == 2 or (layer == 3 and size > 60)):
                kind = UnitKind.TEAM if layer == 2 else UnitKind.SERVICE
                child_unit = builder.unit(
                    f"Team {len(builder.proposal.units) + 1}", kind, org_id, unit
                )
            title = "Head of Service" if size > 1 else rng.choice(_TITLES)
            child = builder.post(title, child_unit, org_id, manager, f"G{max(3, 14 - layer)}")
            queue.append((child, child_unit, layer + 1, size - 1))


def _cross_links(builder: _Builder, cross_share: float, dotted_share: float) -> None:
    """Some posts report to a manager in another pillar (never below themselves), some dotted lines."""
    rng = builder.rng
    posts = builder.proposal.posts
    managers = [
        p for p in posts.values() if p.reports_to_id is not None and p.title == "Head of Service"
    ]
    if len(managers) < 2:
        return
    layer = _layers(posts)
    for post in list(posts.values()):
        if (
            post.title == "Head of Service"
            or post.reports_to_id is None
            or rng.random() >= cross_share
        ):
            continue
        manager = rng.choice(managers)
        if layer[manager.id] < layer[post.id] and manager.unit_id != post.unit_id:
            posts[post.id] = _with_manager(post, manager.id)
    ids = list(posts)
    for _ in range(int(len(ids) * dotted_share)):
        source, target = rng.sample(ids, 2)
        line_id = DottedLineId(len(builder.proposal.dotted_lines) + 1)
        builder.proposal.dotted_lines[line_id] = DottedLine(
            line_id,
            builder.scenario,
            source,
            target,
            DottedLineKind.ACCOUNTABILITY,
            share_percent=float(rng.choice((10, 20, 50))),
        )


def _layers(posts: dict[PostId, Post]) -> dict[PostId, int]:
    layer: dict[PostId, int] = {}
    for post_id in posts:  # managers are created before their reports
        manager = posts[post_id].reports_to_id
        layer[post_id] = 1 if manager is None else layer[manager] + 1
    return layer


def _with_manager(post: Post, manager: PostId) -> Post:
    from dataclasses import replace

    return replace(post, reports_to_id=manager)
