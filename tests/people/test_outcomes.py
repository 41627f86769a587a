"""Outcomes and ring-fenced pools: edits that undo exactly, refusals that name the person and
the field, what goes with a deleted post, and the records surviving a save."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain import EditRefused, FileRefused, PostholderId, Proposal
from orgchart_app.domain.ids import ConsultationId, OutcomeId, PoolId, PostId
from orgchart_app.domain.model import Post, Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind, Pool
from orgchart_app.domain.people import without_people
from orgchart_app.edits import (
    ClosePool,
    DeletePost,
    PutConsultation,
    PutOutcome,
    PutPerson,
    PutPool,
    RemovePerson,
    apply_edit,
)
from orgchart_app.storage import open_proposal, save_proposal
from tests.cli.helpers import orgchart


def post(proposal: Proposal, scenario: str, ref: str) -> Post:
    found = proposal.post_by_ref(proposal.scenario_named(scenario).id, ref)
    assert found is not None
    return found


def add_person(proposal: Proposal, ref: str, number: str) -> Postholder:
    holder = Postholder(PostholderId(0), post(proposal, "As is", ref).id, "", number)
    applied = apply_edit(proposal, PutPerson(holder))
    assert isinstance(applied.edit, PutPerson)
    return applied.edit.person


def to_be(proposal: Proposal) -> int:
    return proposal.scenario_named("To be").id


def slot(proposal: Proposal, person: Postholder, ref: str, match: float | None = 80) -> Outcome:
    return Outcome(
        OutcomeId(0),
        person.id,
        proposal.scenario_named("To be").id,
        OutcomeKind.SLOTTED,
        to_post_id=post(proposal, "To be", ref).id,
        job_match=match,
    )


def test_slotting_a_person_is_one_undo_step_and_one_outcome_per_person(bury: Proposal) -> None:
    person = add_person(bury, "BC-1010", "F101")
    before = bury.snapshot()
    first = apply_edit(bury, PutOutcome(slot(bury, person, "NEW-75")))
    again = apply_edit(bury, PutOutcome(slot(bury, person, "NEW-76", 90)))
    [outcome] = bury.outcomes.values()
    assert outcome.to_post_id == post(bury, "To be", "NEW-76").id
    assert bury.outcome_of(person.id, bury.scenario_named("To be").id) == outcome
    apply_edit(bury, again.inverse)
    apply_edit(bury, first.inverse)
    assert bury.snapshot() == before


def test_a_slot_below_the_threshold_is_allowed_and_said(bury: Proposal) -> None:
    person = add_person(bury, "BC-1010", "F101")
    applied = apply_edit(bury, PutOutcome(slot(bury, person, "NEW-75", 60)))
    assert applied.messages == (
        "F101: the job match of 60% is below the threshold of 70% for slotting in.",
    )


def test_a_slot_into_a_post_the_change_deletes_is_refused(bury: Proposal) -> None:
    person = add_person(bury, "BC-1010", "F101")
    deleted = post(bury, "As is", "BC-1020")
    outcome = dataclasses.replace(slot(bury, person, "NEW-75"), to_post_id=deleted.id)
    before = bury.snapshot()
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutOutcome(outcome))
    assert str(refused.value) == (
        'F101: "to_post_id": "Strategic Planning & Development Manager" (BC-1020) is deleted '
        'in "To be"; choose a post of that structure.'
    )
    assert bury.snapshot() == before


def test_two_people_slotted_into_one_single_post_is_refused(bury: Proposal) -> None:
    one, two = add_person(bury, "BC-1010", "F101"), add_person(bury, "BC-1020", "F102")
    apply_edit(bury, PutOutcome(slot(bury, one, "NEW-75")))
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutOutcome(slot(bury, two, "NEW-75")))
    assert str(refused.value) == (
        'F102: "to_post_id": "Senior Integrated Commissioning Manager" (NEW-75) is a single '
        "post, already given to F101."
    )
    # A box of two posts takes two people.
    apply_edit(bury, PutOutcome(slot(bury, one, "NEW-79")))
    apply_edit(bury, PutOutcome(slot(bury, two, "NEW-79")))


def test_people_not_placed_from_a_pool_become_at_risk(bury: Proposal) -> None:
    people = [add_person(bury, ref, f"F10{n}") for n, ref in enumerate(("BC-1010", "BC-1020"))]
    sicm = post(bury, "To be", "NEW-75").id
    pool = apply_edit(bury, PutPool(Pool(PoolId(0), to_be(bury), "Pool A", (sicm,)))).edit
    assert isinstance(pool, PutPool)
    pool_id = pool.pool.id
    for person in people:
        apply_edit(
            bury,
            PutOutcome(
                Outcome(OutcomeId(0), person.id, to_be(bury), OutcomeKind.POOL, pool_id=pool_id)
            ),
        )
    placed = dataclasses.replace(
        slot(bury, people[0], "NEW-75"), pool_id=pool_id, kind=OutcomeKind.SLOTTED
    )
    apply_edit(bury, PutOutcome(placed))
    before = bury.snapshot()
    closed = apply_edit(bury, ClosePool(pool_id))
    kinds = {
        bury.postholders[o.postholder_id].employee_number: o.kind for o in bury.outcomes.values()
    }
    assert kinds == {"F100": OutcomeKind.SLOTTED, "F101": OutcomeKind.AT_RISK}
    assert closed.messages == ('1 not placed from pool "Pool A" now at risk.',)
    apply_edit(bury, closed.inverse)
    assert bury.snapshot() == before


def test_a_pool_names_posts_of_its_own_structure_only(bury: Proposal) -> None:
    as_is_post = post(bury, "As is", "BC-1010").id
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutPool(Pool(PoolId(0), to_be(bury), "Pool A", (as_is_post,))))
    assert str(refused.value) == (
        f'Pool "Pool A": "post_ids": post {as_is_post} is not a post of "To be".'
    )


def test_a_pool_outcome_needs_a_pool_and_a_tupe_an_employer(bury: Proposal) -> None:
    person = add_person(bury, "BC-1010", "F101")
    for kind, message in (
        (OutcomeKind.POOL, 'F101: "pool_id": an outcome "in a ring-fenced pool" needs a pool.'),
        (
            OutcomeKind.TUPE,
            'F101: "to_employer_id": a TUPE transfer needs the employer they transfer to.',
        ),
        (
            OutcomeKind.END_OF_FIXED_TERM,
            'F101: "kind": "end of fixed term", but their contract is permanent.',
        ),
    ):
        with pytest.raises(EditRefused) as refused:
            apply_edit(bury, PutOutcome(Outcome(OutcomeId(0), person.id, to_be(bury), kind)))
        assert str(refused.value) == message


def test_deleting_a_post_or_a_person_takes_their_outcomes_and_undo_restores(
    bury: Proposal,
) -> None:
    person = add_person(bury, "BC-1010", "F101")
    sicm = post(bury, "To be", "NEW-75").id
    apply_edit(bury, PutPool(Pool(PoolId(0), to_be(bury), "Pool A", (sicm, PostId(76)))))
    apply_edit(bury, PutOutcome(slot(bury, person, "NEW-75")))
    before = bury.snapshot()
    deleted = apply_edit(bury, DeletePost((sicm,)))
    assert not bury.outcomes
    assert next(iter(bury.pools.values())).post_ids == (PostId(76),)
    apply_edit(bury, deleted.inverse)
    removed = apply_edit(bury, RemovePerson(person.id))
    assert not bury.outcomes
    apply_edit(bury, removed.inverse)
    assert bury.snapshot() == before


def test_the_consultation_is_one_per_change(bury: Proposal) -> None:
    setting = Consultation(ConsultationId(0), to_be(bury), slot_threshold=75)
    apply_edit(bury, PutConsultation(setting))
    apply_edit(bury, PutConsultation(dataclasses.replace(setting, slot_threshold=65)))
    assert [c.slot_threshold for c in bury.consultations.values()] == [65]
    assert bury.consultation_for(to_be(bury)).slot_threshold == 65
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutConsultation(dataclasses.replace(setting, multiplier=Decimal("0.5"))))
    assert str(refused.value) == (
        'The consultation on "To be": "multiplier" 0.5 is below 1: the statutory payment is '
        "the least."
    )


def test_outcomes_pools_and_the_consultation_survive_a_save(bury: Proposal, tmp_path: Path) -> None:
    person = add_person(bury, "BC-1010", "F101")
    sicm = post(bury, "To be", "NEW-75").id
    apply_edit(
        bury,
        PutPool(
            Pool(
                PoolId(0),
                to_be(bury),
                "Pool A",
                (sicm, PostId(76)),
                "interview",
                dt.date(2026, 3, 2),
            )
        ),
    )
    apply_edit(
        bury,
        PutOutcome(
            dataclasses.replace(slot(bury, person, "NEW-75"), pool_id=PoolId(1), confirmed=True)
        ),
    )
    apply_edit(
        bury,
        PutConsultation(
            Consultation(
                ConsultationId(0),
                to_be(bury),
                start=dt.date(2026, 1, 5),
                multiplier=Decimal("1.5"),
                protection=(Decimal(100), Decimal("50")),
            )
        ),
    )
    save_proposal(bury, tmp_path / "p.sqlite")
    again = open_proposal(tmp_path / "p.sqlite").proposal
    assert (again.outcomes, again.pools, again.consultations) == (
        bury.outcomes,
        bury.pools,
        bury.consultations,
    )


def test_a_copy_without_people_has_no_outcomes(bury: Proposal) -> None:
    person = add_person(bury, "BC-1010", "F101")
    apply_edit(bury, PutOutcome(slot(bury, person, "NEW-75")))
    assert not without_people(bury).outcomes


def test_a_version_6_file_opens_with_no_outcomes(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.executescript("DROP TABLE outcome; DROP TABLE pool; DROP TABLE consultation;")
        db.execute("PRAGMA user_version = 6")
    opened = open_proposal(path)
    assert opened.migrated and opened.schema_version == 6
    assert not (opened.proposal.outcomes or opened.proposal.pools)


def test_a_pool_whose_posts_are_not_numbers_is_refused_in_a_sentence(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "bad.sqlite"
    apply_edit(bury, PutPool(Pool(PoolId(0), to_be(bury), "Pool A", (PostId(75),))))
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE pool SET post_ids = '75,seventy'")
    with pytest.raises(FileRefused) as refused:
        open_proposal(path)
    assert "pool" in str(refused.value) and "post_ids" in str(refused.value)
    assert "separated by commas" in str(refused.value)


def test_validate_lists_what_the_edits_refuse(bury: Proposal, tmp_path: Path) -> None:
    one, two = add_person(bury, "BC-1010", "F101"), add_person(bury, "BC-1020", "F102")
    apply_edit(bury, PutOutcome(slot(bury, one, "NEW-75")))
    # Written by another tool: the second slot into the same single post, and a birth date
    # in the future, go straight into the file.
    second = dataclasses.replace(slot(bury, two, "NEW-75"), id=OutcomeId(2))
    bury.outcomes[second.id] = second
    bury.postholders[two.id] = dataclasses.replace(two, date_of_birth=dt.date(2999, 1, 1))
    path = tmp_path / "p.sqlite"
    save_proposal(bury, path)
    result = orgchart("validate", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    assert 'F102: "date_of_birth" 2999-01-01 is in the future.' in said
    assert (
        'F101: "to_post_id": "Senior Integrated Commissioning Manager" (NEW-75) is a single '
        "post, already given to F102." in said
    )
