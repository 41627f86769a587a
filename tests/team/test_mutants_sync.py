"""sync.py directly: what a refused edit's sentence names, what a committed edit writes, and the
history as colleagues read it back (issue 24)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain import PostId
from orgchart_app.domain.errors import EditConflict, ServerRefused
from orgchart_app.domain.model import PayPoint
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    ChangeFte,
    DeletePost,
    Edit,
    PutPayRecord,
    PutPerson,
    RemovePayRecord,
    RemovePerson,
    SetProposalDetails,
    apply_edit,
)
from orgchart_app.storage.team import Role, ServerAddress, SharedProposal, TeamLibrary
from tests.team.helpers import as_user, orgchart, post_titled
from tests.team.server import Server

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


def _refused(bob: SharedProposal, edit: Edit) -> str:
    """The sentence Bob's edit is refused with."""
    with pytest.raises(EditConflict) as refused:
        bob.apply(edit)
    return str(refused.value)


def _by_alice(
    team: dict[str, TeamLibrary],
    bob: SharedProposal,
    what: str,
    verb: str,
    revision: int,
    edit: str,
) -> str:
    """The refusal naming Alice's edit at `revision` as the one that got there first."""
    when = _when(team["bob"], bob.proposal_id, revision)
    return f"{what} was {verb} by alice at {when} ({edit}){AFTER}"


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
    added_key = [added.pay_scale_id, added.pay_year, new_point]
    assert _refused(
        bob, PutPayRecord(dataclasses.replace(added, salary=Decimal("71000")))
    ) == _by_alice(team, bob, f"Pay point {added_key}", "added", 2, first.name)
    assert _refused(
        bob, PutPayRecord(dataclasses.replace(point, salary=Decimal("1")))
    ) == _by_alice(team, bob, f"Pay point {list(key)}", "changed", 3, changed.name)


def _sharing_people(
    team: dict[str, TeamLibrary], bury_library: str
) -> tuple[SharedProposal, SharedProposal]:
    """Alice's and Bob's copies of Bury, each an editor granted its personal data by IT."""
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        for name in ("alice", "bob"):
            it.grant("Bury", name, Role.EDITOR, personal_data=True)
    return SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")


def test_an_edit_to_a_postholder_removed_since_names_who_removed_them(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    # A postholder's part of an edit is kept apart from the rest (edit_history_people, for
    # members granted personal data): the sentence still names who removed them, and when.
    alice, bob = _sharing_people(team, bury_library)
    holder = next(iter(alice.proposal.postholders.values()))
    removal = alice.apply(RemovePerson(holder.id))
    assert _refused(
        bob, PutPerson(dataclasses.replace(holder, employee_number="E999"))
    ) == _by_alice(team, bob, f"Postholder {holder.id}", "removed", 2, removal.name)


def test_an_edit_sent_again_with_its_id_is_known_as_applied_and_written_once(
    team: dict[str, TeamLibrary],
) -> None:
    # As the designer sends an edit again when the reply to it was lost (test_faults.py cuts a
    # real connection for that); here the same edit, id and all, reaches the server twice.
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    versions = dict(alice.versions)
    applied = apply_edit(alice.proposal, ChangeFte(post, 0.5))
    patch = applied.inverse.patch.reversed()
    edit_id = uuid.uuid4()
    library = team["alice"]
    first = library.commit(alice.proposal_id, patch, versions, applied.name, edit_id)
    again = library.commit(alice.proposal_id, patch, versions, applied.name, edit_id)
    assert (first, again) == (2, 2)
    assert [(e.revision, e.name) for e in library.history(alice.proposal_id)][1:] == [
        (2, applied.name)
    ]
    assert SharedProposal(team["bob"], "Bury").proposal.posts[post].fte == 0.5


def test_an_edit_after_your_membership_was_revoked_is_refused_saying_so(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    bob = SharedProposal(team["bob"], "Bury")
    post = post_titled(bob, TITLE)
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        assert it.revoke("Bury", "bob")
    with pytest.raises(ServerRefused) as refused:
        bob.apply(ChangeFte(post, 0.5))
    assert str(refused.value) == (
        "The proposal is no longer in the library, or you may no longer see it."
    )
    assert SharedProposal(team["alice"], "Bury").proposal.posts[post].fte == 1.0


def test_a_colleagues_change_to_a_postholder_is_taken_in_and_undone_in_a_past_read(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    alice, bob = _sharing_people(team, bury_library)
    holder = next(iter(alice.proposal.postholders.values()))
    renumbered = dataclasses.replace(holder, employee_number="E999")
    alice.apply(PutPerson(renumbered))  # revision 2
    alice.apply(ChangeFte(post_titled(alice, TITLE), 0.5))  # revision 3: no postholder in it
    bob.refresh()
    assert bob.proposal.postholders[holder.id] == renumbered
    assert team["bob"].read_at("Bury", 1).proposal.postholders[holder.id] == holder
    assert team["bob"].read_at("Bury", 2).proposal.postholders[holder.id] == renumbered


def test_a_colleagues_new_record_is_listed_where_their_own_copy_lists_it(
    team: dict[str, TeamLibrary],
) -> None:
    # The history keeps no place for an added record: each copy lists it last.
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    point = next(iter(alice.proposal.pay_points.values()))
    new_point = max(p.point for p in alice.proposal.pay_points.values()) + 1
    alice.apply(PutPayRecord(dataclasses.replace(point, point=new_point)))
    bob.refresh()
    assert list(bob.proposal.pay_points) == list(alice.proposal.pay_points)
    assert list(bob.proposal.pay_points)[-1] == (point.pay_scale_id, point.pay_year, new_point)


def _push_adults(
    capsys: pytest.CaptureFixture[str],
    bury_library: str,
    manchester_file: Path,
    *members: tuple[str, Role, bool],
) -> None:
    """A second proposal in Bury's library, "Adults" (Manchester's), with its members (name,
    role, personal data) granted by IT."""
    assert orgchart(capsys, "push", manchester_file, bury_library, "--proposal", "Adults")[0] == 0
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        for name, role, personal_data in members:
            it.grant("Adults", name, role, personal_data=personal_data)


def test_a_proposals_history_holds_its_own_edits_only(
    capsys: pytest.CaptureFixture[str],
    team: dict[str, TeamLibrary],
    bury_library: str,
    manchester_file: Path,
) -> None:
    _push_adults(capsys, bury_library, manchester_file, ("alice", Role.EDITOR, True))
    adults, bury = SharedProposal(team["alice"], "Adults"), SharedProposal(team["alice"], "Bury")
    # Revision 2 of each: Adults' removes a postholder (its people's part kept apart).
    adults.apply(RemovePerson(min(adults.proposal.postholders)))
    changed = bury.apply(ChangeFte(post_titled(bury, TITLE), 0.5))
    entries = team["alice"].history(bury.proposal_id)
    assert [(e.revision, e.name) for e in entries][1:] == [(2, changed.name)]
    assert entries[1].patch is not None
    assert Table.POSTHOLDERS not in {c.table for c in entries[1].patch.changes}
    assert team["alice"].history(bury.proposal_id, since=1)[0].patch == entries[1].patch


def test_new_details_reach_a_colleague_who_opens_the_proposal_afresh(
    team: dict[str, TeamLibrary],
) -> None:
    # The header is no record of a table: the proposal's own row keeps its title and notes.
    SharedProposal(team["alice"], "Bury").apply(
        SetProposalDetails("Bury, as consulted on", "Second draft.")
    )
    info = SharedProposal(team["bob"], "Bury").proposal.info
    assert (info.title, info.notes) == ("Bury, as consulted on", "Second draft.")


def test_a_removal_is_found_in_this_proposals_history_not_anothers(
    capsys: pytest.CaptureFixture[str],
    team: dict[str, TeamLibrary],
    bury_library: str,
    manchester_file: Path,
) -> None:
    # Each proposal numbers its records itself: "Adults" has a post of the same id, and bob
    # may read its history too.
    _push_adults(
        capsys,
        bury_library,
        manchester_file,
        ("alice", Role.EDITOR, False),
        ("bob", Role.VIEWER, False),
    )
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    adults = SharedProposal(team["alice"], "Adults")
    post = min(set(alice.proposal.posts) & set(adults.proposal.posts))
    other = next(p for p in alice.proposal.posts if p != post)
    removal = alice.apply(DeletePost((post,)))  # Bury's revision 2
    alice.apply(ChangeFte(other, 0.5))  # Bury's revision 3
    adults.apply(ChangeFte(post, 0.5))  # Adults' revisions 2 and 3: its own post of that id
    adults.apply(ChangeFte(post, 0.25))
    assert _refused(bob, ChangeFte(post, 0.8)) == _by_alice(
        team, bob, f"Post {post}", "removed", 2, removal.name
    )


def test_deleting_a_post_whose_postholders_you_may_not_see_says_whom_to_ask(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    held = PostId(int(str(server.sql("SELECT min(post_id) FROM postholder", database)[0][0])))
    alice = SharedProposal(team["alice"], "Bury")  # an editor not granted personal data
    with pytest.raises(ServerRefused) as refused:
        alice.apply(DeletePost((held,)))
    assert str(refused.value) == (
        "This post has postholders you may not see, so your edit was not saved: ask a "
        "colleague granted personal data to delete it."
    )
    assert server.sql(f"SELECT count(*) FROM post WHERE id = {held}", database) == [(1,)]


def test_a_viewers_edit_is_refused_saying_whom_to_ask(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        it.grant("Bury", "carol", Role.VIEWER)
    carol = SharedProposal(team["carol"], "Bury")
    with pytest.raises(ServerRefused) as refused:
        carol.apply(ChangeFte(post_titled(carol, TITLE), 0.5))
    assert str(refused.value) == (
        "You may only view this proposal, so your edit was not saved: ask its owner to make you "
        "an editor."
    )


def test_a_history_stored_out_of_order_is_read_back_in_revision_order(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    # A table restored from a dump, or rewritten by VACUUM FULL, keeps its rows in any physical
    # order: the history is read oldest first all the same, as a colleague replays it.
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    for fte in (0.9, 0.8, 0.7, 0.6):
        alice.apply(ChangeFte(post, fte))
    for statement in (
        "ALTER TABLE edit_history DISABLE TRIGGER ALL",
        "CREATE TABLE kept AS SELECT * FROM edit_history",
        "DELETE FROM edit_history",
        "INSERT INTO edit_history SELECT * FROM kept ORDER BY revision DESC",
        "DROP TABLE kept",
        "ALTER TABLE edit_history ENABLE TRIGGER ALL",
    ):
        server.sql(statement, database)
    # A planner that reads the table as it lies (no index: a large table's other plans).
    server.sql(f"ALTER DATABASE {database} SET enable_indexscan = off", database)
    server.sql(f"ALTER DATABASE {database} SET enable_bitmapscan = off", database)
    stored = server.sql("SELECT revision FROM edit_history", database)
    assert [row[0] for row in stored] == sorted((row[0] for row in stored), reverse=True)
    bob = TeamLibrary(ServerAddress.parse(as_user(server, database, "bob")))
    try:
        revisions = [entry.revision for entry in bob.history(alice.proposal_id)]
    finally:
        bob.close()
    assert revisions == sorted(revisions) and len(revisions) >= 5


def test_a_removal_is_told_apart_from_an_edit_of_the_key_in_another_order(
    team: dict[str, TeamLibrary],
) -> None:
    # Pay points are keyed (scale, year, point): scale 1's point 2 and scale 2's point 1 are
    # different records, though their keys hold the same numbers.
    alice = SharedProposal(team["alice"], "Bury")
    year = "2021/22"
    one_two, two_one = (
        PayPoint(scale, year, point, Decimal(20000)) for scale, point in [(1, 2), (2, 1)]
    )
    for point in (one_two, two_one):
        alice.apply(PutPayRecord(point))  # revisions 2 and 3
    bob = SharedProposal(team["bob"], "Bury")
    removal = alice.apply(RemovePayRecord(Table.PAY_POINTS, (1, year, 2)))  # revision 4
    alice.apply(PutPayRecord(dataclasses.replace(two_one, salary=Decimal(21000))))  # 5
    assert _refused(
        bob, PutPayRecord(dataclasses.replace(one_two, salary=Decimal(22000)))
    ) == _by_alice(team, bob, f"Pay point [1, '{year}', 2]", "removed", 4, removal.name)
