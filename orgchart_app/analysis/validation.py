"""Problems a reader of a proposal would trip on, one sentence each."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial

from orgchart_app.analysis.loops import loop_text, loops
from orgchart_app.analysis.provenance import provenance_problems
from orgchart_app.analysis.recommendation_types import Recommendations
from orgchart_app.analysis.recommendations import draft_recommendations
from orgchart_app.analysis.soundness import unsound
from orgchart_app.analysis.worded_items import worded_item_problems
from orgchart_app.domain.enums import OrganisationKind
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.people_checks import (
    consultation_problems,
    outcome_problems,
    person_problems,
)
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text, percent_text

# Statutory roles that the law requires a council employee to hold.
COUNCIL_ONLY_ROLES = frozenset(
    {"DASS", "DCS", "DPH", "Head of Paid Service", "S151", "Monitoring Officer"}
)


def validate_proposal(proposal: Proposal) -> list[str]:
    """Every problem found; an empty list means the proposal is sound. An unsound proposal
    (soundness.unsound: what open refuses) gets only those: the other checks assume it is sound."""
    problems = list(unsound(proposal))
    if problems:
        return problems
    for scenario in proposal.scenarios.values():
        problems += [f"{scenario.name}: {p}" for p in _scenario_problems(proposal, scenario.id)]
    problems += list(dict.fromkeys(_people_problems(proposal)))
    problems += provenance_problems(proposal)
    return problems + list(worded_item_problems(proposal, partial(_drafted, proposal)))


def _drafted(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> Recommendations:
    """The draft, or none for a scenario with no posts (its worded items then read as gone)."""
    try:
        return draft_recommendations(proposal, from_id, to_id)
    except NotFound:
        names = proposal.scenarios
        return Recommendations(names[from_id].name, names[to_id].name, "", (), "", (), ())


def _scenario_problems(proposal: Proposal, scenario_id: ScenarioId) -> Iterator[str]:
    posts = proposal.posts_in(scenario_id)
    grade_codes = {g.code for g in proposal.grades.values()}
    for ref, count in Counter(p.post_ref for p in posts).items():
        if count > 1:
            yield f'post reference "{ref}" is used by {count} posts'
    for post in posts:
        if not 0 < post.fte <= 1:
            yield f'"{post.title}" ({post.post_ref}) has an FTE of {fte_text(post.fte)} (must be over 0, at most 1)'
        if post.quantity < 1:
            yield f'"{post.title}" ({post.post_ref}) has a quantity below 1'
        if not post.title.strip():
            yield f"post {post.post_ref} has no title"
        if grade_codes and post.grade and post.grade not in grade_codes:
            yield f'"{post.title}" ({post.post_ref}) has grade "{post.grade}", which is not defined'
        yield from _deployment_mismatch(proposal, post)
        if (
            post.statutory_role in COUNCIL_ONLY_ROLES
            and proposal.organisations[post.employer_id].kind
            is not OrganisationKind.LOCAL_AUTHORITY
        ):
            yield (
                f'"{post.title}" ({post.post_ref}) holds the statutory {post.statutory_role} role '
                "but is not employed by a council"
            )
    yield from _cycles(proposal, posts)
    yield from _share_totals(proposal, scenario_id)


def _people_problems(proposal: Proposal) -> Iterator[str]:
    """The facts the people edits refuse, for a file written by another tool or an older
    designer: a person over 1.0 FTE, a birth date in the future, a slot into a deleted post,
    protection above 100%."""
    today = dt.date.today()
    for person in proposal.postholders.values():
        yield from person_problems(proposal, person, today)
    for outcome in proposal.outcomes.values():
        yield from outcome_problems(proposal, outcome)
    for consultation in proposal.consultations.values():
        scenario = proposal.scenarios[consultation.to_scenario_id]  # a sound file has it
        for problem in consultation_problems(consultation):
            yield f'The consultation on "{scenario.name}": {problem}'


def _deployment_mismatch(proposal: Proposal, post: Post) -> Iterator[str]:
    """A post deployed to one organisation but placed in another's unit (a unit moved across
    organisations without its posts' deployment, say): the costs and the chart disagree."""
    unit = proposal.units[post.unit_id]
    if post.deployed_to_id is not None and post.deployed_to_id != unit.organisation_id:
        names = proposal.organisations
        yield (
            f'"{post.title}" ({post.post_ref}) is deployed to {names[post.deployed_to_id].short_name} '
            f'but sits in "{unit.name}", a unit of {names[unit.organisation_id].short_name}'
        )


def _cycles(proposal: Proposal, posts: list[Post]) -> Iterator[str]:
    for loop in loops({post.id: post.reports_to_id for post in posts}):
        titles = [proposal.posts[i].title for i in [*loop, loop[0]]]  # each reports to the next
        yield f"reporting cycle: {loop_text(titles, ' -> ', 'posts')}"


def _share_totals(proposal: Proposal, scenario_id: ScenarioId) -> Iterator[str]:
    shares: dict[PostId, float] = defaultdict(float)
    for line in proposal.dotted_lines_in(scenario_id):
        shares[line.from_post_id] += line.share_percent or 0
    for post_id, total in shares.items():
        if total > 100 + 1e-9:
            yield f'"{proposal.posts[post_id].title}"\'s dotted-line shares add up to {percent_text(total)}'
