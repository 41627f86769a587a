"""sync.py directly: what a refused edit's sentence names, what a committed edit writes, and the
history as colleagues read it back (issue 24)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from decimal import Decimal

import pytest

from orgchart_app.domain.errors import EditConflict
from orgchart_app.edits import ChangeFte, DeletePost, PutPayRecord, PutPerson, RemovePerson
from orgchart_app.storage.team import Role, ServerAddress, SharedProposal, TeamLibrary
from tests.team.helpers import post_titled

TITLE = "Senior Integrated Commissioning Manager"
OTHER = "Integrated Commissioning Officer"
AFTER = (
    " after you read it, so your edit was not saved: look at the current state and make it "
    "again if it still applies."
)


def _utc(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%H:%M:%S on %d %b %Y} UTC"


def _when(library: TeamLibrary, proposal_id: int, revision: int) -> str:
    (entry,) = [e for e in library.history(proposal_id) if e.revision == revision]
    return _utc(entry.changed_at)


def test_an_edit_to_a_post_removed_since_names_the_removal_in_utc_whatever_the_zone(
    team: dict[str, TeamLibrary], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post, other = post_titled(alice, TITLE), post_titled(alice, OTHER)
    alice.apply(ChangeFte(post, 0.8))  # revision 2: touched it, before the removal
    removal = alice.apply(DeletePost((post,)))  # revision 3
    alice.apply(ChangeFte(other, 0.6))  # revision 4: another post, after it
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        with pytest.raises(EditConflict) as refused:
            bob.apply(ChangeFte(post, 0.5))  # bob read the post at the push
    finally:
        monkeypatch.undo()
        time.tzset()
    assert str(refused.value) == (
        f"Post {post} was removed by alice at {_when(team['bob'], bob.proposal_id, 3)} "
        f"({removal.name}){AFTER}"
    )


def test_a_pay_point_a_colleague_added_or_changed_since_is_named_by_its_key(
    team: dict[str, TeamLibrary],
) -> None:
    # Pay points have no noun of their own: the table's name says "pay point", the key a list.
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    key, point = next(iter(alice.proposal.pay_points.items()))
    new_point = max(p.point for p in alice.proposal.pay_points.values()) + 1
    added = dataclasses.replace(point, point=new_point, salary=Decimal("70000"))
    first = alice.apply(PutPayRecord(added))  # revision 2
    changed = alice.apply(PutPayRecord(dataclasses.replace(point, salary=Decimal("99999"))))
    with pytest.raises(EditConflict) as refused:
        bob.apply(PutPayRecord(dataclasses.replace(added, salary=Decimal("71000"))))
    added_key = [added.pay_scale_id, added.pay_year, new_point]
    assert str(refused.value) == (
        f"Pay point {added_key} was added by alice at "
        f"{_when(team['bob'], bob.proposal_id, 2)} ({first.name}){AFTER}"
    )
    with pytest.raises(EditConflict) as refused:
        bob.apply(PutPayRecord(dataclasses.replace(point, salary=Decimal("1"))))
    assert str(refused.value) == (
        f"Pay point {list(key)} was changed by alice at "
        f"{_when(team['bob'], bob.proposal_id, 3)} ({changed.name}){AFTER}"
    )


def test_an_edit_to_a_postholder_removed_since_names_who_removed_them(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    # A postholder's part of an edit is kept apart from the rest (edit_history_people, for
    # members granted personal data): the sentence still names who removed them, and when.
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        for name in ("alice", "bob"):
            it.grant("Bury", name, Role.EDITOR, personal_data=True)
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    holder = next(iter(alice.proposal.postholders.values()))
    removal = alice.apply(RemovePerson(holder.id))
    with pytest.raises(EditConflict) as refused:
        bob.apply(PutPerson(dataclasses.replace(holder, employee_number="E999")))
    assert str(refused.value) == (
        f"Postholder {holder.id} was removed by alice at "
        f"{_when(team['bob'], bob.proposal_id, 2)} ({removal.name}){AFTER}"
    )
