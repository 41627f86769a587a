"""The pools the designer proposes (analysis/proposed_outcomes.py): named by the first letters
no pool of the change has, numbered once the alphabet is used up, given ids after the file's,
and marked as the designer's proposal."""

from __future__ import annotations

import pytest

from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PoolId
from orgchart_app.domain.outcomes import Pool
from orgchart_app.samples.people import FICTIONAL
from tests.people.test_proposed_outcomes import ids, staffed


@pytest.fixture
def two_pools(bury_assumed_grades: Proposal) -> Proposal:
    """Bury's graded posts with only these people: five Grade 11 managers for the four new
    Senior Integrated Commissioning Manager posts, seven Grade 8 officers for NEW-84."""
    proposal = bury_assumed_grades
    proposal.postholders = {k: h for k, h in proposal.postholders.items() if h.notes != FICTIONAL}
    proposal.outcomes, proposal.pools, proposal.consultations = {}, {}, {}
    return staffed(proposal, {"BC-1010": 3, "BC-1020": 2, "BC-1013": 4, "BC-1022": 3})


def existing(proposal: Proposal, *names: str, scenario: str = "To be") -> None:
    scenario_id = proposal.scenario_named(scenario).id
    for name in names:
        pool_id = PoolId(max(proposal.pools, default=0) + 1)
        proposal.pools[pool_id] = Pool(pool_id, scenario_id, name)


def test_new_pools_take_the_letters_this_change_has_not_used(two_pools: Proposal) -> None:
    existing(two_pools, "Pool A", "Pool C")
    # Another change's pool B does not take the letter from this one.
    existing(two_pools, "Pool B", scenario="As is")
    pools = propose_outcomes(two_pools, *ids(two_pools)).pools
    assert [(p.id, p.name) for p in pools] == [(4, "Pool B"), (5, "Pool D")]
    refs = [sorted(two_pools.posts[i].post_ref for i in p.post_ids) for p in pools]
    assert refs == [["NEW-75", "NEW-76", "NEW-77", "NEW-78"], ["NEW-84"]]
    assert {p.selection for p in pools} == {"to be agreed (proposed by the designer)"}
    assert {p.to_scenario_id for p in pools} == {two_pools.scenario_named("To be").id}


def test_with_every_letter_used_the_new_pools_are_numbered(two_pools: Proposal) -> None:
    existing(two_pools, *(f"Pool {chr(c)}" for c in range(ord("A"), ord("Z") + 1)))
    pools = propose_outcomes(two_pools, *ids(two_pools)).pools
    assert [(p.id, p.name) for p in pools] == [(27, "Pool 27"), (28, "Pool 28")]
