"""Who a change affects, and the outcomes the designer proposes from the diff: a deleted post
beside a new post of the same grade and a similar title in the same area is a proposed slot;
more people than such posts, a pool; nobody affected is left without an outcome unsaid."""

from __future__ import annotations

from orgchart_app.analysis.people_impact import affected_people, without_outcome
from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain import PostholderId, Proposal
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.edits import apply_edit, proposal_batch


def staffed(proposal: Proposal, refs: dict[str, int]) -> Proposal:
    """`proposal` with n fictional people on each as-is post named."""
    as_is = proposal.scenario_named("As is").id
    number = sum(h.employee_number.startswith("T") for h in proposal.postholders.values())
    for ref, count in refs.items():
        post = proposal.post_by_ref(as_is, ref)
        assert post is not None
        for _ in range(count):
            number += 1
            holder = Postholder(PostholderId(900 + number), post.id, "", f"T{number:03}")
            assert holder.id not in proposal.postholders
            proposal.postholders[holder.id] = holder
    return proposal


def ids(proposal: Proposal) -> tuple[int, int]:
    return proposal.scenario_named("As is").id, proposal.scenario_named("To be").id


def by_number(proposal: Proposal) -> dict[str, str]:
    proposed = propose_outcomes(proposal, *ids(proposal))
    pools = {p.id: p.name for p in proposed.pools}
    found = {}
    for outcome in proposed.outcomes:
        person = proposal.postholders[outcome.postholder_id]
        target = ""
        if outcome.to_post_id is not None:
            target = proposal.posts[outcome.to_post_id].post_ref
        if outcome.pool_id is not None:
            target = pools[outcome.pool_id]
        found[person.employee_number] = f"{outcome.kind.value} {target}".strip()
    return found


def test_the_people_a_change_affects_are_those_whose_post_changes(
    bury_assumed_grades_no_staff: Proposal,
) -> None:
    staffed(bury_assumed_grades_no_staff, {"BC-1010": 1, "BC-1061": 1, "BC-1053": 1})
    affected = affected_people(bury_assumed_grades_no_staff, *ids(bury_assumed_grades_no_staff))
    # The Reviewing Team Manager's post does not change; the others are deleted or redeployed.
    assert [a.person.employee_number for a in affected] == ["T001", "T002"]
    assert affected[0].to_post is None and affected[1].to_post is not None


def test_proposals_on_the_bury_sample(bury_assumed_grades_no_staff: Proposal) -> None:
    staffed(
        bury_assumed_grades_no_staff,
        {"BC-1010": 1, "BC-1020": 1, "BC-1013": 4, "BC-1022": 3, "BC-1030": 1},
    )
    staffed(bury_assumed_grades_no_staff, {"BC-1061": 1})
    found = by_number(bury_assumed_grades_no_staff)
    # Two Grade 11 managers, four new Grade 11 Senior Integrated Commissioning Manager posts
    # in the same pillar: slots, one each.
    assert found["T001"] == "slotted NEW-75" and found["T002"] == "slotted NEW-76"
    # Seven Grade 8 officers for two Grade 8 Quality Assurance Officer posts: a pool.
    assert {found[f"T{n:03}"] for n in range(3, 10)} == {"pool Pool A"}
    # A project lead with no new post of their grade and a similar title: at risk.
    assert found["T010"] == "at_risk"
    # A financial assessment officer whose post moves with its deployment: no change.
    assert found["T011"] == "no_change"
    proposed = propose_outcomes(bury_assumed_grades_no_staff, *ids(bury_assumed_grades_no_staff))
    [pool] = proposed.pools
    assert [bury_assumed_grades_no_staff.posts[p].post_ref for p in pool.post_ids] == ["NEW-84"]
    assert not any(o.confirmed for o in proposed.outcomes)


def test_adopting_the_proposals_is_one_undo_step_and_leaves_nobody_without(
    bury_assumed_grades_no_staff: Proposal,
) -> None:
    staffed(bury_assumed_grades_no_staff, {"BC-1010": 1, "BC-1013": 4, "BC-1022": 3, "BC-1040": 2})
    from_id, to_id = ids(bury_assumed_grades_no_staff)
    assert len(without_outcome(bury_assumed_grades_no_staff, from_id, to_id)) == 10
    before = bury_assumed_grades_no_staff.snapshot()
    proposed = propose_outcomes(bury_assumed_grades_no_staff, from_id, to_id)
    applied = apply_edit(
        bury_assumed_grades_no_staff, proposal_batch(proposed.pools, proposed.outcomes)
    )
    assert without_outcome(bury_assumed_grades_no_staff, from_id, to_id) == []
    assert propose_outcomes(bury_assumed_grades_no_staff, from_id, to_id).outcomes == ()
    apply_edit(bury_assumed_grades_no_staff, applied.inverse)
    assert bury_assumed_grades_no_staff.snapshot() == before


def test_a_fixed_term_contract_ending_by_implementation_is_proposed_to_end(
    bury_assumed_grades_no_staff: Proposal,
) -> None:
    import dataclasses
    import datetime as dt

    from orgchart_app.domain import ContractKind

    staffed(bury_assumed_grades_no_staff, {"BC-1040": 1})
    holder = next(iter(bury_assumed_grades_no_staff.postholders.values()))
    person = next(
        h for h in bury_assumed_grades_no_staff.postholders.values() if h.employee_number == "T001"
    )
    bury_assumed_grades_no_staff.postholders[person.id] = dataclasses.replace(
        person, contract=ContractKind.FIXED_TERM, contract_end=dt.date(2020, 3, 31)
    )
    del holder
    assert by_number(bury_assumed_grades_no_staff)["T001"] == "end_of_fixed_term"


def test_the_people_without_an_outcome_are_named(bury_assumed_grades_no_staff: Proposal) -> None:
    staffed(bury_assumed_grades_no_staff, {"BC-1010": 1})
    [person] = without_outcome(bury_assumed_grades_no_staff, *ids(bury_assumed_grades_no_staff))
    assert person.person.employee_number == "T001"
    kinds = {
        o.kind
        for o in propose_outcomes(
            bury_assumed_grades_no_staff, *ids(bury_assumed_grades_no_staff)
        ).outcomes
    }
    assert kinds == {OutcomeKind.SLOTTED}
