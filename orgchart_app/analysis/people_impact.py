"""Who a change affects: every person on a post the change deletes, regrades, redesignates,
moves to another employer or deployment, or whose hours change; and who of them has no outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orgchart_app.analysis.diff import ChangeKind, diff_scenarios
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post, Postholder
from orgchart_app.domain.outcomes import Outcome
from orgchart_app.domain.proposal import Proposal

# The changes to a post that change the job of the person holding it.
AFFECTING = frozenset(
    {
        ChangeKind.DELETED,
        ChangeKind.REGRADED,
        ChangeKind.REDESIGNATED,
        ChangeKind.EMPLOYER_CHANGED,
        ChangeKind.DEPLOYMENT_CHANGED,
        ChangeKind.FTE_CHANGED,
    }
)


@dataclass(frozen=True, slots=True)
class Affected:
    person: Postholder
    # The person's post now, and the same post in the proposed structure (None: deleted).
    post: Post
    to_post: Post | None
    changes: tuple[ChangeKind, ...]
    outcome: Outcome | None


def affected_people(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> list[Affected]:
    """Everyone the change affects, in the order of their posts; a person given an outcome
    though their post does not change (a voluntary redundancy) is affected too."""
    diff = diff_scenarios(proposal, from_id, to_id)
    kinds: dict[str, list[ChangeKind]] = {}
    for change in diff.changes:
        if change.kind in AFFECTING:
            kinds.setdefault(change.post_ref, []).append(change.kind)
    found = []
    for post in proposal.posts_in(from_id):
        for person in proposal.postholders_of(post.id):
            outcome = proposal.outcome_of(person.id, to_id)
            if post.post_ref in kinds or outcome is not None:
                to_post = proposal.post_by_ref(to_id, post.post_ref)
                changes = tuple(kinds.get(post.post_ref, ()))
                found.append(Affected(person, post, to_post, changes, outcome))
    return found


def without_outcome(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> list[Affected]:
    return [a for a in affected_people(proposal, from_id, to_id) if a.outcome is None]


def implementation_date(proposal: Proposal, to_id: ScenarioId) -> dt.date | None:
    """The day the proposed structure takes effect: the consultation's, else the scenario's."""
    entered = proposal.consultation_for(to_id).implementation_date
    return entered or proposal.scenarios[to_id].effective_date


def fixed_term_ends(person: Postholder, by: dt.date | None) -> bool:
    """A fixed-term contract that ends by `by` (by any day, where `by` is not known)."""
    end = person.contract_end
    return (
        person.contract is ContractKind.FIXED_TERM and end is not None and (by is None or end <= by)
    )
