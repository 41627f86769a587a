"""Before a change list goes to committee: what a reader would trip on, and what changed quietly.

The seeds show the slips these catch (docs/DOMAIN.md section 2.2, rule 8): the same posts named two
ways, a to-be post with no grade, a deleted manager whose team is left without one.
"""

from __future__ import annotations

from collections import defaultdict

from orgchart_app.domain.ids import OrganisationId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal


def consistency_checks(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId, own: OrganisationId
) -> list[str]:
    before = {p.post_ref: p for p in proposal.posts_in(from_id)}
    after = {p.post_ref: p for p in proposal.posts_in(to_id)}
    scenario = proposal.scenarios[to_id].name
    found: list[str] = []
    grades: dict[str, set[str]] = defaultdict(set)
    for post in after.values():
        grades[post.title].add(post.grade or "no grade")
    found += [
        f'{scenario}: posts titled "{title}" are graded {" and ".join(sorted(g))}: one '
        "title, two jobs?"
        for title, g in grades.items()
        if len(g) > 1
    ]
    found += _ungraded(proposal, scenario, [p for p in after.values() if p.employer_id == own])
    reports: dict[int, list[Post]] = defaultdict(list)
    for post in before.values():
        if post.reports_to_id is not None:
            reports[post.reports_to_id].append(post)
    for ref, old in before.items():
        if ref in after:
            continue
        for report in reports[old.id]:
            kept = after.get(report.post_ref)
            if kept is not None and kept.reports_to_id is None:
                found.append(
                    f'{scenario}: "{kept.title}" ({kept.post_ref}) reported to the '
                    f'deleted "{old.title}" and now has no line manager'
                )
    titles: dict[str, set[str]] = defaultdict(set)
    for post in after.values():
        titles[_squashed(post.title)].add(post.title)
    found += [
        f"{scenario}: one title written two ways: {' / '.join(sorted(t))}"
        for t in titles.values()
        if len(t) > 1
    ]
    return found


def _squashed(title: str) -> str:
    # "Personalisation & Support Business Team" and "Personalisation and support business team".
    return "".join(ch for ch in title.casefold().replace("&", "and") if ch.isalnum())


def financial_notes(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> list[str]:
    """Changes that need no recommendation but matter to the budget (status, funding, cost code)."""
    before = {p.post_ref: p for p in proposal.posts_in(from_id)}
    notes = []
    for post in proposal.posts_in(to_id):
        old = before.get(post.post_ref)
        if old is None:
            continue
        name = f'"{post.title}" ({post.post_ref})'
        if old.status != post.status:
            notes.append(f"{name}: {old.status.label} -> {post.status.label}")
        if old.funded != post.funded:
            notes.append(f"{name}: {'funded' if post.funded else 'no longer funded'}")
        if old.cost_code != post.cost_code:
            notes.append(
                f"{name}: cost code {old.cost_code or 'none'} -> {post.cost_code or 'none'}"
            )
    return notes


def _ungraded(proposal: Proposal, scenario: str, own_posts: list[Post]) -> list[str]:
    """Each post missing a grade among graded ones; one line when none has a grade (a source
    that gives no grades), not one per post."""
    ungraded = [p for p in own_posts if not p.grade and p.salary is None]
    if ungraded and len(ungraded) == len(own_posts):
        employer = proposal.organisations[own_posts[0].employer_id].name
        return [
            f"{scenario}: no {employer} post has a grade, so the structure cannot be "
            "costed or evaluated"
        ]
    return [
        f'{scenario}: "{post.title}" ({post.post_ref}) has no grade, so it cannot be '
        "costed or evaluated"
        for post in ungraded
    ]
