"""Problems a reader of a proposal would trip on, one sentence each."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from orgchart_app.analysis.soundness import unsound
from orgchart_app.domain.enums import OrganisationKind
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal

# Statutory roles that the law requires a council employee to hold.
COUNCIL_ONLY_ROLES = frozenset({"DASS", "DCS", "DPH", "Head of Paid Service", "S151",
                                "Monitoring Officer"})


def validate_proposal(proposal: Proposal) -> list[str]:
    """Every problem found; an empty list means the proposal is sound. An unsound proposal
    (soundness.unsound: what open refuses) gets only those: the other checks assume it is sound."""
    problems = list(unsound(proposal))
    if problems:
        return problems
    for scenario in proposal.scenarios.values():
        problems += [f'{scenario.name}: {p}' for p in _scenario_problems(proposal, scenario.id)]
    return problems


def _scenario_problems(proposal: Proposal, scenario_id: ScenarioId) -> Iterator[str]:
    posts = proposal.posts_in(scenario_id)
    grade_codes = {g.code for g in proposal.grades.values()}
    for ref, count in Counter(p.post_ref for p in posts).items():
        if count > 1:
            yield f'post reference "{ref}" is used by {count} posts'
    for post in posts:
        if not 0 < post.fte <= 1:
            yield f'"{post.title}" ({post.post_ref}) has an FTE of {post.fte:g} (must be over 0, at most 1)'
        if post.quantity < 1:
            yield f'"{post.title}" ({post.post_ref}) has a quantity below 1'
        if not post.title.strip():
            yield f"post {post.post_ref} has no title"
        if grade_codes and post.grade and post.grade not in grade_codes:
            yield f'"{post.title}" ({post.post_ref}) has grade "{post.grade}", which is not defined'
        if (post.statutory_role in COUNCIL_ONLY_ROLES and proposal.organisations[
                post.employer_id].kind is not OrganisationKind.LOCAL_AUTHORITY):
            yield (f'"{post.title}" ({post.post_ref}) holds the statutory {post.statutory_role} role '
                   "but is not employed by a council")
    yield from _cycles(proposal, posts)
    yield from _share_totals(proposal, scenario_id)


def _cycles(proposal: Proposal, posts: list[Post]) -> Iterator[str]:
    # One walk up the line from each post, never revisiting a post: linear even for a crafted
    # file whose thousands of posts form one long chain.
    finished: set[PostId] = set()
    for post in posts:
        path: dict[PostId, None] = {}  # insertion-ordered: the walk so far
        current: PostId | None = post.id
        while current is not None and current in proposal.posts and current not in finished \
                and current not in path:
            path[current] = None
            current = proposal.posts[current].reports_to_id
        if current is not None and current in path:
            walk = list(path)
            loop = walk[walk.index(current):]
            titles = [proposal.posts[i].title for i in [*loop, loop[0]]]
            if len(titles) > 8:  # keep a long loop to one readable line
                titles = [*titles[:4], f"... ({len(loop):,} posts in the loop)", *titles[-2:]]
            yield f"reporting cycle: {' -> '.join(titles)}"
        finished.update(path)


def _share_totals(proposal: Proposal, scenario_id: ScenarioId) -> Iterator[str]:
    shares: dict[PostId, float] = defaultdict(float)
    for line in proposal.dotted_lines_in(scenario_id):
        shares[line.from_post_id] += line.share_percent or 0
    for post_id, total in shares.items():
        if total > 100 + 1e-9:
            yield f'"{proposal.posts[post_id].title}"\'s dotted-line shares add up to {total:g}%'
