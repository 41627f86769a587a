"""What cannot be right about a person or their outcome, one sentence each naming the person and
the field: the edits refuse on the first, `orgchart validate` lists them all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from orgchart_app.domain.dates import complete_years
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.model import Post, Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text


def who(person: Postholder) -> str:
    """The person as a message names them: their number, else their name."""
    return person.employee_number or person.name or f"postholder {person.id}"


def person_problems(proposal: Proposal, person: Postholder, today: dt.date) -> Iterator[str]:
    name = who(person)
    if not (person.name.strip() or person.employee_number.strip()):
        yield 'A postholder needs a "name" or an "employee_number".'
    if not 0 < person.fte <= 1:
        yield f'{name}: "fte" {fte_text(person.fte)} must be more than 0 and at most 1.0.'
    if person.date_of_birth is not None and person.date_of_birth > today:
        yield f'{name}: "date_of_birth" {person.date_of_birth} is in the future.'
    if (
        person.service_start is not None
        and person.date_of_birth is not None
        and complete_years(person.date_of_birth, person.service_start) < 16
    ):
        yield f'{name}: "service_start" {person.service_start} is before the age of 16.'
    total = person.fte + sum(other.fte for other in same_person(proposal, person))
    if total > 1 + 1e-9:
        yield (
            f'{name}: "fte" adds up to {total:g} over their posts in this '
            "scenario; one person can hold at most 1.0."
        )


def same_person(proposal: Proposal, person: Postholder) -> list[Postholder]:
    """The person's other holdings: the same employee number on posts of the same scenario."""
    post = proposal.posts.get(person.post_id)
    if not person.employee_number or post is None:
        return []
    return [
        other
        for other in proposal.postholders.values()
        if other.id != person.id
        and other.employee_number == person.employee_number
        and other.post_id in proposal.posts
        and proposal.posts[other.post_id].scenario_id == post.scenario_id
    ]


def outcome_problems(proposal: Proposal, outcome: Outcome) -> Iterator[str]:
    person = proposal.postholders.get(outcome.postholder_id)
    if person is None:
        yield f"There is no postholder {outcome.postholder_id} to give an outcome."
        return
    name, kind = who(person), outcome.kind
    scenario = proposal.scenarios.get(outcome.to_scenario_id)
    if scenario is None:
        yield f'{name}: "to_scenario_id": there is no scenario {outcome.to_scenario_id}.'
        return
    if proposal.posts[person.post_id].scenario_id == scenario.id:
        yield f'{name}: "to_scenario_id": "{scenario.name}" is the structure they are in now.'
    if kind.needs_post:
        yield from _slot_problems(proposal, outcome, name)
    if outcome.job_match is not None and not 0 <= outcome.job_match <= 100:
        yield f'{name}: "job_match" {outcome.job_match:g} must be a percentage from 0 to 100.'
    if kind is OutcomeKind.POOL and outcome.pool_id is None:
        yield f'{name}: "pool_id": an outcome "in a ring-fenced pool" needs a pool.'
    pool = proposal.pools.get(outcome.pool_id) if outcome.pool_id is not None else None
    if outcome.pool_id is not None and (pool is None or pool.to_scenario_id != scenario.id):
        yield f'{name}: "pool_id": there is no pool {outcome.pool_id} in "{scenario.name}".'
    if kind is OutcomeKind.TUPE and outcome.to_employer_id not in proposal.organisations:
        yield f'{name}: "to_employer_id": a TUPE transfer needs the employer they transfer to.'
    if kind is OutcomeKind.END_OF_FIXED_TERM and person.contract is not ContractKind.FIXED_TERM:
        yield f'{name}: "kind": "end of fixed term", but their contract is {person.contract.value}.'


def _slot_problems(proposal: Proposal, outcome: Outcome, name: str) -> Iterator[str]:
    scenario = proposal.scenarios[outcome.to_scenario_id]
    post = proposal.posts.get(outcome.to_post_id) if outcome.to_post_id is not None else None
    if post is None:
        yield f'{name}: "to_post_id": "{outcome.kind.label}" needs a post of "{scenario.name}".'
        return
    if post.scenario_id != scenario.id:
        if proposal.post_by_ref(scenario.id, post.post_ref) is None:
            yield (
                f'{name}: "to_post_id": "{post.title}" ({post.post_ref}) is deleted in '
                f'"{scenario.name}"; choose a post of that structure.'
            )
        else:
            yield f'{name}: "to_post_id": "{post.title}" is not a post of "{scenario.name}".'
        return
    others = [o for o in slotted_into(proposal, post) if o.id != outcome.id]
    if len(others) >= post.quantity:
        taken = ", ".join(_named(proposal, o) for o in others)
        single = "a single post" if post.quantity == 1 else f"{post.quantity} posts"
        yield (
            f'{name}: "to_post_id": "{post.title}" ({post.post_ref}) is {single}, '
            f"already given to {taken}."
        )


def slotted_into(proposal: Proposal, post: Post) -> list[Outcome]:
    """The outcomes placing a person in `post` (slotted in or redeployed)."""
    return [
        o
        for o in proposal.outcomes.values()
        if o.to_post_id == post.id and o.kind.needs_post and o.to_scenario_id == post.scenario_id
    ]


def _named(proposal: Proposal, outcome: Outcome) -> str:
    person = proposal.postholders.get(outcome.postholder_id)
    return who(person) if person is not None else f"postholder {outcome.postholder_id}"


def consultation_problems(c: Consultation) -> Iterator[str]:
    """What the designer refuses of a consultation: also a finding of a file written elsewhere."""
    if not 0 <= c.slot_threshold <= 100:
        yield f'"slot_threshold" {c.slot_threshold:g} must be a percentage from 0 to 100.'
    if c.multiplier < 1:
        yield f'"multiplier" {c.multiplier} is below 1: the statutory payment is the least.'
    if any(not 0 <= share <= 100 for share in c.protection):
        yield '"protection" percentages must each be from 0 to 100.'
    if c.other_redundancies < 0 or c.contractual_notice_weeks < 0:
        yield '"other_redundancies" and "contractual_notice_weeks" cannot be negative.'
    if c.start is not None and c.end is not None and c.end < c.start:
        yield f'"end" {c.end} is before "start" {c.start}.'
