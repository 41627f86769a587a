"""Every problem a person or their outcome can have, word for word, and the edge each rule allows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from orgchart_app.domain import OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.ids import (
    OrganisationId,
    OutcomeId,
    PoolId,
    PostholderId,
    PostId,
    ScenarioId,
)
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.domain.people_checks import outcome_problems, person_problems, who
from orgchart_app.samples.builder import ProposalBuilder

TODAY = dt.date(2026, 4, 1)


def restructure() -> tuple[Proposal, dict[str, int]]:
    """As is: posts A (held by Ann, E1) and B (held by Bob, E2). To be: X (one post), Y (two),
    and a post with B's reference; A has none. A pool in each structure."""
    b = ProposalBuilder("Checks")
    council = b.organisation("Bury Council", "BC", OrganisationKind.LOCAL_AUTHORITY)
    now, to_be = b.scenario("As is"), b.scenario("To be")
    here, there = (
        b.unit(now, "Team", UnitKind.TEAM, council),
        b.unit(to_be, "Team", UnitKind.TEAM, council),
    )
    a = b.post(now, "Officer", here, council, post_ref="A")
    bb = b.post(now, "Adviser", here, council, post_ref="B")
    x = b.post(to_be, "Lead", there, council, post_ref="X")
    y = b.post(to_be, "Worker", there, council, post_ref="Y", quantity=2)
    b.post(to_be, "Adviser", there, council, post_ref="B")
    p = b.proposal
    p.postholders[PostholderId(1)] = Postholder(PostholderId(1), a, "Ann", "E1", fte=0.6)
    p.postholders[PostholderId(2)] = Postholder(PostholderId(2), bb, "Bob", "E2")
    p.postholders[PostholderId(3)] = Postholder(PostholderId(3), bb, "Cy", "")
    p.pools[PoolId(1)] = Pool(PoolId(1), ScenarioId(to_be), "Pool 1")
    p.pools[PoolId(2)] = Pool(PoolId(2), ScenarioId(now), "Old pool")
    return p, {"now": now, "to_be": to_be, "a": a, "b": bb, "x": x, "y": y, "org": council}


def person(p: Proposal, number: int, **changes: Any) -> Postholder:
    changed = dataclasses.replace(p.postholders[PostholderId(number)], **changes)
    p.postholders[changed.id] = changed
    return changed


def problems(p: Proposal, holder: Postholder) -> list[str]:
    return list(person_problems(p, holder, TODAY))


def test_a_person_is_named_by_number_then_name_then_id() -> None:
    p, _ = restructure()
    assert [
        who(person(p, 1, name=n, employee_number=e))
        for n, e in (("Ann", "E1"), ("Ann", ""), ("", "E1"), ("", ""))
    ] == [
        "E1",
        "Ann",
        "E1",
        "postholder 1",
    ]


def test_a_sound_person_has_no_problems_at_the_edges() -> None:
    p, _ = restructure()
    assert problems(p, p.postholders[PostholderId(1)]) == []
    edges = person(p, 2, fte=1.0, date_of_birth=TODAY)
    assert problems(p, edges) == []
    sixteen = person(p, 2, date_of_birth=dt.date(2000, 6, 15), service_start=dt.date(2016, 6, 15))
    assert problems(p, sixteen) == []
    assert problems(p, person(p, 2, date_of_birth=None, service_start=dt.date(1990, 1, 1))) == []
    assert problems(p, person(p, 2, date_of_birth=dt.date(1990, 1, 1), service_start=None)) == []
    # Two people without employee numbers are two people, whatever their FTE adds up to.
    person(p, 3, fte=0.6)
    assert problems(p, person(p, 2, employee_number="", fte=0.6)) == []


def test_each_problem_of_a_person_word_for_word() -> None:
    p, _ = restructure()
    nameless = person(p, 3, name=" ", employee_number="")
    assert problems(p, nameless) == ['A postholder needs a "name" or an "employee_number".']
    assert problems(p, person(p, 2, fte=0.0)) == [
        'E2: "fte" 0 must be more than 0 and at most 1.0.'
    ]
    assert problems(p, person(p, 2, fte=1.5)) == [
        'E2: "fte" 1.5 must be more than 0 and at most 1.0.',
        'E2: "fte" adds up to 1.5 over their posts in this scenario; one person can hold at most 1.0.',
    ]
    born_tomorrow = person(p, 2, fte=1.0, date_of_birth=TODAY + dt.timedelta(days=1))
    assert problems(p, born_tomorrow) == ['E2: "date_of_birth" 2026-04-02 is in the future.']
    young = person(p, 2, date_of_birth=dt.date(2000, 6, 15), service_start=dt.date(2016, 6, 14))
    assert problems(p, young) == ['E2: "service_start" 2016-06-14 is before the age of 16.']


def test_one_person_on_two_posts_of_a_structure_holds_at_most_one_fte() -> None:
    p, ids = restructure()
    again = person(p, 2, employee_number="E1", fte=0.5)
    assert problems(p, again) == [
        'E1: "fte" adds up to 1.1 over their posts in this scenario; one person can hold at most 1.0.'
    ]
    # The same number on a post of another structure is that structure's business.
    person(p, 1, post_id=PostId(ids["x"]))
    assert problems(p, again) == []


def outcome(p: Proposal, to: int, kind: OutcomeKind, holder: int = 1, **fields: Any) -> list[str]:
    made = Outcome(OutcomeId(50 + holder), PostholderId(holder), ScenarioId(to), kind, **fields)
    return list(outcome_problems(p, made))


def place(p: Proposal, number: int, holder: int, to: int, post: int, kind: OutcomeKind) -> None:
    oid = OutcomeId(number)
    p.outcomes[oid] = Outcome(
        oid, PostholderId(holder), ScenarioId(to), kind, to_post_id=PostId(post)
    )


def test_each_problem_of_an_outcome_word_for_word() -> None:
    p, ids = restructure()
    to_be, now = ids["to_be"], ids["now"]
    assert outcome(p, to_be, OutcomeKind.AT_RISK, holder=9) == [
        "There is no postholder 9 to give an outcome."
    ]
    assert outcome(p, 99, OutcomeKind.AT_RISK) == ['E1: "to_scenario_id": there is no scenario 99.']
    assert outcome(p, now, OutcomeKind.NO_CHANGE) == [
        'E1: "to_scenario_id": "As is" is the structure they are in now.'
    ]
    assert outcome(p, to_be, OutcomeKind.SLOTTED) == [
        'E1: "to_post_id": "slotted in" needs a post of "To be".'
    ]
    assert outcome(p, to_be, OutcomeKind.REDEPLOYED, to_post_id=ids["b"]) == [
        'E1: "to_post_id": "Adviser" is not a post of "To be".'
    ]
    assert outcome(p, to_be, OutcomeKind.SLOTTED, to_post_id=ids["a"]) == [
        'E1: "to_post_id": "Officer" (A) is deleted in "To be"; choose a post of that structure.'
    ]
    assert outcome(p, to_be, OutcomeKind.SLOTTED, to_post_id=ids["x"], job_match=100.5) == [
        'E1: "job_match" 100.5 must be a percentage from 0 to 100.'
    ]
    assert outcome(p, to_be, OutcomeKind.POOL) == [
        'E1: "pool_id": an outcome "in a ring-fenced pool" needs a pool.'
    ]
    assert outcome(p, to_be, OutcomeKind.POOL, pool_id=PoolId(2)) == [
        'E1: "pool_id": there is no pool 2 in "To be".'
    ]
    assert outcome(p, to_be, OutcomeKind.AT_RISK, pool_id=PoolId(7)) == [
        'E1: "pool_id": there is no pool 7 in "To be".'
    ]
    assert outcome(p, to_be, OutcomeKind.TUPE, to_employer_id=OrganisationId(99)) == [
        'E1: "to_employer_id": a TUPE transfer needs the employer they transfer to.'
    ]
    assert outcome(p, to_be, OutcomeKind.END_OF_FIXED_TERM) == [
        'E1: "kind": "end of fixed term", but their contract is permanent.'
    ]


def test_sound_outcomes_at_the_edges() -> None:
    p, ids = restructure()
    to_be = ids["to_be"]
    for match in (0.0, 100.0, None):
        assert outcome(p, to_be, OutcomeKind.SLOTTED, to_post_id=ids["x"], job_match=match) == []
    assert outcome(p, to_be, OutcomeKind.POOL, pool_id=PoolId(1)) == []
    assert outcome(p, to_be, OutcomeKind.TUPE, to_employer_id=OrganisationId(ids["org"])) == []
    person(p, 1, contract=ContractKind.FIXED_TERM)
    assert outcome(p, to_be, OutcomeKind.END_OF_FIXED_TERM) == []


def test_a_post_is_given_to_as_many_people_as_it_holds() -> None:
    p, ids = restructure()
    to_be = ids["to_be"]
    place(p, 1, 2, to_be, ids["y"], OutcomeKind.SLOTTED)
    # Someone at risk, or placed in another structure, takes no place.
    p.outcomes[OutcomeId(2)] = Outcome(
        OutcomeId(2), PostholderId(3), ScenarioId(to_be), OutcomeKind.AT_RISK
    )
    place(p, 3, 3, ids["now"], ids["y"], OutcomeKind.SLOTTED)
    assert outcome(p, to_be, OutcomeKind.SLOTTED, to_post_id=ids["y"]) == []
    # Checking a placement already made does not count it against itself.
    assert list(outcome_problems(p, p.outcomes[OutcomeId(1)])) == []
    place(p, 4, 77, to_be, ids["y"], OutcomeKind.REDEPLOYED)
    assert outcome(p, to_be, OutcomeKind.SLOTTED, to_post_id=ids["y"]) == [
        'E1: "to_post_id": "Worker" (Y) is 2 posts, already given to E2, postholder 77.'
    ]
    place(p, 5, 2, to_be, ids["x"], OutcomeKind.SLOTTED)
    assert outcome(p, to_be, OutcomeKind.REDEPLOYED, to_post_id=ids["x"]) == [
        'E1: "to_post_id": "Lead" (X) is a single post, already given to E2.'
    ]
