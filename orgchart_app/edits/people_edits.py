"""Edits of the people holding posts: add, change and remove, each checked against the facts a
redundancy or notice figure will later be worked out from."""

from __future__ import annotations

import dataclasses
import datetime as dt

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.people_checks import person_problems
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.tables import Table
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import existing_post
from orgchart_app.edits.outcome_edits import people_side_removals
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan


def put_person(proposal: Proposal, edit: t.PutPerson, today: dt.date | None = None) -> Plan:
    person = edit.person
    # A person with an id the file lacks is added with it: redo after undo (the designer's
    # Edit > Redo applies the edit as applied) brings back the same person.
    if person.id == 0:
        person = dataclasses.replace(person, id=proposal.next_id(Table.POSTHOLDERS))
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
    writes = people_side_removals(proposal, people=[person.id])
    writes.append(Write(Table.POSTHOLDERS, person.id, None))
    return Plan(writes, f'Remove a postholder of "{post.title}"')


def check_person(proposal: Proposal, person: Postholder, today: dt.date) -> None:
    """EditRefused naming the person and the field that cannot be right."""
    problem = next(person_problems(proposal, person, today), None)
    if problem is not None:
        raise EditRefused(problem)
