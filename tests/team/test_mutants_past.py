"""past.py directly: the proposal as each revision of its history left it (issue 24)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.tables import RECORD_TABLES
from orgchart_app.edits import ChangeFte, DeletePost, PutPayRecord, SetProposalDetails
from orgchart_app.storage.team import Role, ServerAddress, SharedProposal, TeamLibrary
from tests.team.helpers import orgchart, post_titled

TITLE = "Senior Integrated Commissioning Manager"


def test_each_revision_reads_back_as_its_edit_left_it(team: dict[str, TeamLibrary]) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    pushed = SharedProposal(team["bob"], "Bury").proposal
    post = post_titled(alice, TITLE)
    first_post = min(alice.proposal.posts)
    alice.apply(ChangeFte(post, 0.5))  # revision 2
    alice.apply(DeletePost((first_post,)))  # revision 3
    alice.apply(ChangeFte(post, 0.25))  # revision 4
    bob = team["bob"]
    expected_fte = {1: 1.0, 2: 0.5, 3: 0.5, 4: 0.25}
    for revision, fte in expected_fte.items():
        past = bob.read_at("Bury", revision)
        assert (past.name, past.revision) == ("Bury", revision)
        assert past.proposal_id == alice.proposal_id
        assert past.proposal.posts[post].fte == fte, revision
        assert (first_post in past.proposal.posts) == (revision < 3), revision
    first = bob.read_at("Bury", 1).proposal
    # Revision 1 is the pushed proposal itself, record for record, each table in key order.
    for table in RECORD_TABLES:
        records = first.records(table)
        assert list(records) == sorted(records), table
        assert records == pushed.records(table), table


def test_a_past_read_of_a_missing_proposal_names_it(team: dict[str, TeamLibrary]) -> None:
    with pytest.raises(ServerRefused, match='"Leeds"'):
        team["bob"].read_at("Leeds", 1)


def test_as_of_now_each_proposal_is_read_at_its_own_latest_revision(
    capsys: pytest.CaptureFixture[str],
    bury_library: str,
    manchester_file: Path,
    team: dict[str, TeamLibrary],
) -> None:
    assert orgchart(capsys, "push", manchester_file, bury_library, "--proposal", "Adults")[0] == 0
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        it.grant("Adults", "alice", Role.EDITOR)
    adults = SharedProposal(team["alice"], "Adults")
    post = min(adults.proposal.posts)
    adults.apply(ChangeFte(post, 0.5))
    adults.apply(ChangeFte(post, 0.25))
    now = dt.datetime.now(dt.UTC)
    # Adults is at revision 3, Bury still at 1: each is read as its own history left it (alice
    # sees both histories; the server shows bob only those of proposals he is a member of).
    bury = team["alice"].read_as_of("Bury", now)
    assert (bury.name, bury.revision) == ("Bury", 1)
    assert team["alice"].read_as_of("Adults", now).revision == 3


def test_a_moment_before_the_push_is_named_in_utc_whatever_the_computers_zone(
    team: dict[str, TeamLibrary], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        long_ago = dt.datetime(2000, 1, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        with pytest.raises(ServerRefused) as refused:
            team["bob"].read_as_of("Bury", long_ago)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert str(refused.value) == (
        'The proposal "Bury" was not in the library yet at 2000-01-01 11:30:00 UTC.'
    )


def test_a_colleagues_change_to_a_pay_point_is_taken_in_and_undone_by_its_key(
    team: dict[str, TeamLibrary],
) -> None:
    # Pay points are keyed by scale, year and point: the history keeps the key as a list.
    alice = SharedProposal(team["alice"], "Bury")
    bob = SharedProposal(team["bob"], "Bury")
    key, point = next(iter(alice.proposal.pay_points.items()))
    alice.apply(PutPayRecord(dataclasses.replace(point, salary=Decimal("99999"))))
    bob.refresh()
    assert bob.proposal.pay_points[key].salary == Decimal("99999")
    assert team["bob"].read_at("Bury", 1).proposal.pay_points[key] == point


def test_a_colleagues_new_title_is_taken_in_and_undone_in_a_past_read(
    team: dict[str, TeamLibrary],
) -> None:
    # The proposal's header has no key of its own: the history keeps it whole, as JSON.
    alice = SharedProposal(team["alice"], "Bury")
    bob = SharedProposal(team["bob"], "Bury")
    before = alice.proposal.info
    alice.apply(SetProposalDetails("Bury, as consulted on", "Second draft."))
    bob.refresh()
    assert (bob.proposal.info.title, bob.proposal.info.notes) == (
        "Bury, as consulted on",
        "Second draft.",
    )
    assert team["bob"].read_at("Bury", 1).proposal.info == before
