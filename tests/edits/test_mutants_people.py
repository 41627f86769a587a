"""A postholder added, changed and removed: the record written, and each refusal word for word
with the proposal untouched (people_edits.py, written against its surviving mutants)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from orgchart_app.domain import EditRefused, PostholderId, PostId, Proposal
from orgchart_app.domain.model import Postholder
from orgchart_app.edits import PutPerson, RemovePerson, apply_edit
from orgchart_app.edits.people_edits import put_person

TODAY = dt.date(2026, 12, 4)


def _held(p: Proposal) -> Postholder:
    """A postholder with a number, holding the whole of an "As is" post."""
    return next(h for h in p.postholders.values() if h.employee_number and h.fte == 1)


def _vacant(p: Proposal) -> PostId:
    held = {h.post_id for h in p.postholders.values()}
    return next(q.id for q in p.posts_in(p.scenario_named("As is").id) if q.id not in held)


def test_a_new_person_gets_the_next_id_and_is_written_as_given(bury: Proposal) -> None:
    person = Postholder(PostholderId(0), _vacant(bury), "Ada Lovelace", "N0001", fte=0.5)
    applied = apply_edit(bury, PutPerson(person))
    new_id = max(bury.postholders)
    assert new_id == max(set(bury.postholders) - {new_id}) + 1
    assert bury.postholders[new_id] == dataclasses.replace(person, id=new_id)
    assert applied.edit == PutPerson(bury.postholders[new_id])


def test_a_changed_person_keeps_their_id_and_says_change(bury: Proposal) -> None:
    person = _held(bury)
    title = bury.posts[person.post_id].title
    applied = apply_edit(bury, PutPerson(dataclasses.replace(person, fte=0.6)))
    assert bury.postholders[person.id] == dataclasses.replace(person, fte=0.6)
    assert applied.name == f'Change a postholder of "{title}"'
    assert len(bury.postholders) == len(set(bury.postholders))


def _refusal(proposal: Proposal, person: Postholder, today: dt.date = TODAY) -> str:
    before = proposal.snapshot()
    with pytest.raises(EditRefused) as refused:
        put_person(proposal, PutPerson(person), today)
    assert proposal.snapshot() == before
    return str(refused.value)


def test_a_person_is_checked_against_the_day_given(bury: Proposal) -> None:
    person = dataclasses.replace(
        _held(bury), date_of_birth=dt.date(2026, 12, 5), service_start=None
    )
    number = person.employee_number
    assert _refusal(bury, person) == f'{number}: "date_of_birth" 2026-12-05 is in the future.'
    # Born on the day given is no refusal; a day earlier than that day, the same birth is.
    assert put_person(bury, PutPerson(person), dt.date(2026, 12, 5)).name
    assert _refusal(bury, person, dt.date(2026, 12, 4)).endswith("is in the future.")


def test_without_a_day_given_a_person_is_checked_against_today(bury: Proposal) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    person = dataclasses.replace(_held(bury), date_of_birth=tomorrow, service_start=None)
    before = bury.snapshot()
    with pytest.raises(EditRefused, match=f'"date_of_birth" {tomorrow} is in the future'):
        apply_edit(bury, PutPerson(person))
    assert bury.snapshot() == before


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        (
            {"name": " ", "employee_number": ""},
            'A postholder needs a "name" or an "employee_number".',
        ),
        ({"fte": 0.0}, '{}: "fte" 0 must be more than 0 and at most 1.0.'),
        ({"post_id": PostId(9999)}, "Post 9999 does not exist (it may have been deleted)."),
    ],
)
def test_a_person_who_cannot_be_right_is_refused_in_one_sentence(
    bury: Proposal, change: dict[str, Any], refusal: str
) -> None:
    person = _held(bury)
    changed = dataclasses.replace(person, **change)
    assert _refusal(bury, changed) == refusal.format(person.employee_number)


def test_a_person_is_removed_with_their_outcome_and_named_by_their_post(bury: Proposal) -> None:
    outcome = next(iter(bury.outcomes.values()))
    person = bury.postholders[outcome.postholder_id]
    applied = apply_edit(bury, RemovePerson(person.id))
    assert person.id not in bury.postholders and outcome.id not in bury.outcomes
    assert applied.name == f'Remove a postholder of "{bury.posts[person.post_id].title}"'


def test_removing_a_person_who_is_not_there_is_refused(bury: Proposal) -> None:
    before = bury.snapshot()
    with pytest.raises(EditRefused, match=r"^There is no postholder 999\.$"):
        apply_edit(bury, RemovePerson(PostholderId(999)))
    assert bury.snapshot() == before


def test_removing_a_person_whose_post_is_gone_is_refused(bury: Proposal) -> None:
    person = _held(bury)
    bury.postholders[person.id] = dataclasses.replace(person, post_id=PostId(9999))
    with pytest.raises(EditRefused, match=r"^Post 9999 does not exist"):
        apply_edit(bury, RemovePerson(person.id))
    assert person.id in bury.postholders
