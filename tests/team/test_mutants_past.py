"""past.py directly: the proposal as each revision of its history left it (issue 24)."""

from __future__ import annotations

import pytest

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.tables import RECORD_TABLES
from orgchart_app.edits import ChangeFte, DeletePost
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from tests.team.helpers import post_titled

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
