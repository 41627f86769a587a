"""A synthetic council establishment of any size, for benchmarks (directorates > pillars > teams)."""

from __future__ import annotations

from orgchart_app.domain import (
    Organisation,
    OrganisationId,
    OrganisationKind,
    Post,
    PostId,
    PostStatus,
    Proposal,
    Scenario,
    ScenarioId,
    ScenarioKind,
    Unit,
    UnitId,
    UnitKind,
)

TEAM_SIZE = 10  # a team manager and nine officers


def build_synthetic(posts: int) -> Proposal:
    """About `posts` posts: a chief executive, 8 directorates of up to 12 pillars of teams of 10."""
    proposal = Proposal()
    council, health = OrganisationId(1), OrganisationId(2)
    proposal.organisations[council] = Organisation(council, "Synthetic Council", "SC",
                                                   OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8")
    proposal.organisations[health] = Organisation(health, "Synthetic NHS Trust", "SNT",
                                                  OrganisationKind.NHS_BODY, "#005eb8")
    scenario = ScenarioId(1)
    proposal.scenarios[scenario] = Scenario(scenario, "As is", ScenarioKind.AS_IS)
    counter = {"post": 0, "unit": 0}

    def unit(name: str, kind: UnitKind, parent: UnitId | None, organisation: OrganisationId = council) -> UnitId:
        counter["unit"] += 1
        unit_id = UnitId(counter["unit"])
        proposal.units[unit_id] = Unit(unit_id, scenario, f"U{unit_id}", name, kind, organisation, parent)
        return unit_id

    def post(title: str, unit_id: UnitId, manager: PostId | None, grade: str, **fields: object) -> PostId:
        counter["post"] += 1
        post_id = PostId(counter["post"])
        proposal.posts[post_id] = Post(post_id, scenario, f"SC-{post_id:05d}", title, unit_id, council,
                                       grade=grade, reports_to_id=manager, **fields)  # type: ignore[arg-type]
        return post_id

    root = unit("Synthetic Council", UnitKind.ORGANISATION, None)
    chief = post("Chief Executive", root, None, "CE")
    teams_needed = max(1, (posts - 1) // TEAM_SIZE)
    directorates, pillars_each = 8, 12
    team = 0
    for d in range(directorates):
        if team >= teams_needed:
            break
        directorate = unit(f"Directorate {d + 1}", UnitKind.DIRECTORATE, root)
        director = post(f"Director of Services {d + 1}", directorate, chief, "SS2")
        for p in range(pillars_each):
            if team >= teams_needed:
                break
            pillar = unit(f"Pillar {d + 1}.{p + 1}", UnitKind.PILLAR, directorate)
            head = post(f"Head of Service {d + 1}.{p + 1}", pillar, director, "Grade 14")
            per_pillar = -(-teams_needed // (directorates * pillars_each))
            for _ in range(per_pillar):
                if team >= teams_needed or counter["post"] >= posts:
                    break
                team += 1
                team_unit = unit(f"Team {team}", UnitKind.TEAM, pillar)
                manager = post(f"Team Manager {team}", team_unit, head, "Grade 11")
                for o in range(TEAM_SIZE - 1):
                    if counter["post"] >= posts:
                        break
                    status = PostStatus.VACANT if o == 3 else PostStatus.FILLED
                    post("Integrated Commissioning Officer", team_unit, manager, "Grade 9",
                         status=status, fte=0.5 if o == 5 else 1.0)
    return proposal
