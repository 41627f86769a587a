"""The people panel's edits: add, change, remove, each one undo step; impossible facts refused
naming the person and the field, with the proposal untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from orgchart_app.domain import ContractKind, EditRefused, PostholderId, Proposal
from orgchart_app.domain.model import Postholder
from orgchart_app.edits import PutPerson, RemovePerson, apply_edit


def first_two_posts(proposal: Proposal) -> tuple[Postholder, Postholder]:
    scenario = next(iter(proposal.scenarios))
    one, two = proposal.posts_in(scenario)[:2]
    return (
        Postholder(PostholderId(0), one.id, "Postholder 1", "F001", fte=0.6),
        Postholder(PostholderId(0), two.id, "Postholder 1", "F001", fte=0.5),
    )


def test_adding_changing_and_removing_a_person_each_undo_exactly(bury: Proposal) -> None:
    before = bury.snapshot()
    person, _ = first_two_posts(bury)
    added = apply_edit(bury, PutPerson(person))
    new_id = max(bury.postholders)
    assert bury.postholders[new_id].employee_number == "F001"
    assert added.name.startswith("Add a postholder of")
    changed = apply_edit(
        bury,
        PutPerson(
            Postholder(
                new_id,
                person.post_id,
                "Postholder 1",
                "F001",
                contract=ContractKind.FIXED_TERM,
                contract_end=dt.date(2027, 3, 31),
            )
        ),
    )
    assert bury.postholders[new_id].contract is ContractKind.FIXED_TERM
    removed = apply_edit(bury, RemovePerson(new_id))
    assert new_id not in bury.postholders
    for applied in (removed, changed, added):
        apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"date_of_birth": dt.date(2999, 1, 1)},
            'F001: "date_of_birth" 2999-01-01 is in the future.',
        ),
        (
            {"date_of_birth": dt.date(2000, 1, 1), "service_start": dt.date(2015, 9, 1)},
            'F001: "service_start" 2015-09-01 is before the age of 16.',
        ),
        ({"fte": 1.5}, 'F001: "fte" 1.5 must be more than 0 and at most 1.0.'),
        (
            {"name": "", "employee_number": ""},
            'A postholder needs a "name" or an "employee_number".',
        ),
    ],
)
def test_impossible_facts_are_refused(
    bury: Proposal, change: dict[str, object], message: str
) -> None:
    person = dataclasses.replace(first_two_posts(bury)[0], **change)  # type: ignore[arg-type]
    before = bury.snapshot()
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutPerson(person))
    assert str(refused.value) == message
    assert bury.snapshot() == before


def test_one_person_on_two_posts_over_one_fte_is_refused(bury: Proposal) -> None:
    first, second = first_two_posts(bury)
    apply_edit(bury, PutPerson(first))
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, PutPerson(second))
    assert str(refused.value) == (
        'F001: "fte" adds up to 1.1 over their posts in this scenario; '
        "one person can hold at most 1.0."
    )
