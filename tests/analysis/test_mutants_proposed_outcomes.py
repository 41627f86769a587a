"""The pools the designer proposes (analysis/proposed_outcomes.py): named by the first letters
no pool of the change has, numbered once the alphabet is used up, given ids after the file's,
and marked as the designer's proposal."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain import ContractKind, OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.ids import OutcomeId, PoolId, ScenarioId
from orgchart_app.domain.outcomes import Outcome, OutcomeKind, Pool
from orgchart_app.samples.builder import ProposalBuilder
from tests.people.test_proposed_outcomes import by_number, staffed
from tests.staffless import without_staff


def pair(proposal: Proposal) -> tuple[ScenarioId, ScenarioId]:
    return proposal.scenario_named("As is").id, proposal.scenario_named("To be").id


@pytest.fixture
def no_staff(bury_assumed_grades: Proposal) -> Proposal:
    """Bury's posts graded as assumed, without the sample's people."""
    return without_staff(bury_assumed_grades)


@pytest.fixture
def two_pools(no_staff: Proposal) -> Proposal:
    """Five Grade 11 managers for the four new Senior Integrated Commissioning Manager posts,
    seven Grade 8 officers for NEW-84."""
    return staffed(no_staff, {"BC-1010": 3, "BC-1020": 2, "BC-1013": 4, "BC-1022": 3})


def existing(proposal: Proposal, *names: str, scenario: str = "To be") -> None:
    scenario_id = proposal.scenario_named(scenario).id
    for name in names:
        pool_id = PoolId(max(proposal.pools, default=0) + 1)
        proposal.pools[pool_id] = Pool(pool_id, scenario_id, name)


def test_new_pools_take_the_letters_this_change_has_not_used(two_pools: Proposal) -> None:
    existing(two_pools, "Pool A", "Pool C")
    # Another change's pool B does not take the letter from this one.
    existing(two_pools, "Pool B", scenario="As is")
    pools = propose_outcomes(two_pools, *pair(two_pools)).pools
    assert [(p.id, p.name) for p in pools] == [(4, "Pool B"), (5, "Pool D")]
    refs = [sorted(two_pools.posts[i].post_ref for i in p.post_ids) for p in pools]
    assert refs == [["NEW-75", "NEW-76", "NEW-77", "NEW-78"], ["NEW-84"]]
    assert {p.selection for p in pools} == {"to be agreed (proposed by the designer)"}
    assert {p.to_scenario_id for p in pools} == {two_pools.scenario_named("To be").id}


def test_with_every_letter_used_the_new_pools_are_numbered(two_pools: Proposal) -> None:
    existing(two_pools, *(f"Pool {chr(c)}" for c in range(ord("A"), ord("Z") + 1)))
    pools = propose_outcomes(two_pools, *pair(two_pools)).pools
    assert [(p.id, p.name) for p in pools] == [(27, "Pool 27"), (28, "Pool 28")]


def test_people_fill_the_seats_left_exactly_and_then_go_to_a_pool(no_staff: Proposal) -> None:
    # Seven officers for NEW-84 (a pool, found first), four managers for the four new posts.
    staffed(no_staff, {"BC-1013": 7, "BC-1020": 4})
    found = by_number(no_staff)
    assert [found[f"T{n:03}"] for n in range(1, 12)] == ["pool Pool A"] * 7 + [
        "slotted NEW-75",
        "slotted NEW-76",
        "slotted NEW-77",
        "slotted NEW-78",
    ]
    # Someone already slotted into NEW-75 leaves three seats for the four managers.
    as_is, to_be = pair(no_staff)
    staffed(no_staff, {"BC-1030": 1})
    placed = next(h for h in no_staff.postholders.values() if h.employee_number == "T012")
    seat = no_staff.post_by_ref(to_be, "NEW-75")
    assert seat is not None
    outcome = Outcome(OutcomeId(1), placed.id, to_be, OutcomeKind.SLOTTED, to_post_id=seat.id)
    no_staff.outcomes = {outcome.id: outcome}
    again = by_number(no_staff)
    assert {again[f"T{n:03}"] for n in range(8, 12)} == {"pool Pool B"}


def test_a_post_that_stays_but_changes_keeps_its_people(no_staff: Proposal) -> None:
    as_is, to_be = pair(no_staff)
    ccg = next(o.id for o in no_staff.organisations.values() if o.short_name == "Bury CCG")
    for ref, fields in (("BC-3002", {"employer_id": ccg}), ("BC-1051", {"title": "Lead"})):
        post = no_staff.post_by_ref(to_be, ref)
        assert post is not None
        no_staff.posts[post.id] = dataclasses.replace(post, **fields)
    staffed(no_staff, {"BC-3002": 1, "BC-1051": 1})
    people = {h.employee_number: h.id for h in no_staff.postholders.values()}
    lead = no_staff.post_by_ref(to_be, "BC-1051")
    assert lead is not None
    # In the order of the posts: BC-1051 comes first.
    assert propose_outcomes(no_staff, as_is, to_be).outcomes == (
        Outcome(OutcomeId(0), people["T002"], to_be, OutcomeKind.SLOTTED, to_post_id=lead.id),
        Outcome(OutcomeId(0), people["T001"], to_be, OutcomeKind.TUPE, to_employer_id=ccg),
    )


def test_a_fixed_term_ends_only_if_it_ends_by_the_implementation(no_staff: Proposal) -> None:
    as_is, to_be = pair(no_staff)
    scenario = no_staff.scenarios[to_be]
    no_staff.scenarios[to_be] = dataclasses.replace(scenario, effective_date=dt.date(2026, 3, 31))
    staffed(no_staff, {"BC-1030": 2})
    for number, end in (("T001", dt.date(2026, 3, 31)), ("T002", dt.date(2026, 4, 1))):
        holder = next(h for h in no_staff.postholders.values() if h.employee_number == number)
        no_staff.postholders[holder.id] = dataclasses.replace(
            holder, contract=ContractKind.FIXED_TERM, contract_end=end
        )
    proposed = propose_outcomes(no_staff, as_is, to_be).outcomes
    assert [(o.kind, o.to_scenario_id) for o in proposed] == [
        (OutcomeKind.END_OF_FIXED_TERM, to_be),
        (OutcomeKind.AT_RISK, to_be),
    ]


def outcomes_for(changes: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """A council with two pillars; each deleted post ({old title: (its pillar, new title, new
    post's pillar)}) held by one person, beside one new post of the same grade."""
    b = ProposalBuilder("Alike")
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY)
    before, after = b.scenario("As is"), b.scenario("To be")
    units = {}
    for s in (before, after):
        root = b.unit(s, "Root", UnitKind.ORGANISATION, council, unit_ref="R")
        units[s, ""] = root
        for name in ("A", "B"):
            units[s, name] = b.unit(s, name, UnitKind.DEPARTMENT, council, root, unit_ref=name)
    for n, (old, (old_area, new, new_area)) in enumerate(changes.items()):
        b.post(
            before, old, units[before, old_area], council, grade="G1", holder=old, post_ref=f"O{n}"
        )
        b.post(after, new, units[after, new_area], council, grade="G1", post_ref=f"N{n}")
    proposal = b.proposal
    proposed = propose_outcomes(proposal, before, after)
    found = {}
    for outcome in proposed.outcomes:
        target = proposal.posts[outcome.to_post_id].title if outcome.to_post_id else ""
        found[proposal.postholders[outcome.postholder_id].name] = f"{outcome.kind.value} {target}"
    return found


def test_titles_alike_by_their_letters_or_their_last_word_in_the_same_area() -> None:
    assert outcomes_for(
        {
            # Alike by the letters (0.92), not the last word.
            "Project Lead": ("A", "Project Leader", "A"),
            # Exactly three quarters alike is alike enough.
            "Assessor": ("A", "Assessed", "A"),
            # Three quarters less one letter is not.
            "Assessors": ("A", "Assessed!!", "A"),
            # The same last word in another pillar is not the same area.
            "Senior Clerk": ("A", "Junior Clerk", "B"),
            # A post at the top of the structure has the whole structure for its area.
            "Adviser": ("", "Senior Adviser", "B"),
        }
    ) == {
        "Project Lead": "slotted Project Leader",
        "Assessor": "slotted Assessed",
        "Assessors": "at_risk ",
        "Senior Clerk": "at_risk ",
        "Adviser": "slotted Senior Adviser",
    }
