"""Edits of the people holding posts: add, change and remove, each checked against the facts a
redundancy or notice figure will later be worked out from."""

from __future__ import annotations

import dataclasses
import datetime as dt

from orgchart_app.domain.dates import complete_years
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import fte_text
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import existing_post
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def who(person: Postholder) -> str:
    """The person as a message names them: their number, else their name."""
    return person.employee_number or person.name or f"postholder {person.id}"


def put_person(proposal: Proposal, edit: t.PutPerson, today: dt.date | None = None) -> Plan:
    person = edit.person
    if person.id == 0:
        person = dataclasses.replace(person, id=proposal.next_id(Table.POSTHOLDERS))
    elif person.id not in proposal.postholders:
        raise EditRefused(f"There is no postholder {person.id}.")
    check_person(proposal, person, today or dt.date.today())
    post = existing_post(proposal, person.post_id)
    verb = "Add" if person.id not in proposal.postholders else "Change"
    return Plan(
        [Write(Table.POSTHOLDERS, person.id, person)],
        f'{verb} a postholder of "{post.title}"',
        resolved=t.PutPerson(person),
    )


def remove_person(proposal: Proposal, edit: t.RemovePerson) -> Plan:
    person = proposal.postholders.get(edit.person_id)
    if person is None:
        raise EditRefused(f"There is no postholder {edit.person_id}.")
    post = existing_post(proposal, person.post_id)
    return Plan(
        [Write(Table.POSTHOLDERS, person.id, None)], f'Remove a postholder of "{post.title}"'
    )


def check_person(proposal: Proposal, person: Postholder, today: dt.date) -> None:
    """EditRefused naming the person and the field that cannot be right."""
    name = who(person)
    if not (person.name.strip() or person.employee_number.strip()):
        raise EditRefused('A postholder needs a "name" or an "employee_number".')
    if not 0 < person.fte <= 1:
        raise EditRefused(
            f'{name}: "fte" {fte_text(person.fte)} must be more than 0 and at most 1.0.'
        )
    if person.date_of_birth is not None and person.date_of_birth > today:
        raise EditRefused(f'{name}: "date_of_birth" {person.date_of_birth} is in the future.')
    if (
        person.service_start is not None
        and person.date_of_birth is not None
        and complete_years(person.date_of_birth, person.service_start) < 16
    ):
        raise EditRefused(
            f'{name}: "service_start" {person.service_start} is before the age of 16.'
        )
    total = person.fte + sum(other.fte for other in _same_person(proposal, person))
    if total > 1 + 1e-9:
        raise EditRefused(
            f'{name}: "fte" adds up to {total:g} over their posts in this '
            "scenario; one person can hold at most 1.0."
        )


def _same_person(proposal: Proposal, person: Postholder) -> list[Postholder]:
    # The same employee number on other posts of the same scenario is the same person.
    if not person.employee_number:
        return []
    scenario = existing_post(proposal, person.post_id).scenario_id
    return [
        other
        for other in proposal.postholders.values()
        if other.id != person.id
        and other.employee_number == person.employee_number
        and other.post_id in proposal.posts
        and proposal.posts[other.post_id].scenario_id == scenario
    ]
