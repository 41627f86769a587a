"""transfer.py directly: what a read gives (versions, problems), what a damaged proposal on the
server is refused with, what the list says, and a name taken where you cannot see it (issue 24)."""

from __future__ import annotations

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.tables import Table
from orgchart_app.edits import ChangeFte
from orgchart_app.storage.team import ServerAddress, SharedProposal, TeamLibrary
from tests.team.helpers import post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"
RESTORE = ". Ask its owner to restore it (orgchart pull --as-of) or IT to restore a backup."


def test_a_read_quotes_the_revision_that_last_wrote_each_record(
    team: dict[str, TeamLibrary],
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    pushed = team["bob"].read("Bury")
    assert set(pushed.versions.values()) == {1}
    post = post_titled(alice, TITLE)
    applied = alice.apply(ChangeFte(post, 0.5))
    read = team["bob"].read("Bury")
    assert read.revision == 2
    written = {(c.table, c.key) for c in applied.inverse.patch.changes}
    assert (Table.POSTS, post) in written
    assert {k for k, v in read.versions.items() if v == 2} == written
    assert read.versions.keys() == pushed.versions.keys() | written
    assert len(read.versions) == sum(
        len(read.proposal.records(t)) for t in Table if t is not Table.INFO
    )
    assert read.proposal.info.revision == 2


def test_a_read_keeps_its_name_and_the_problems_a_file_would_show(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    assert team["bob"].read("Bury").problems == ()
    # An FTE of 0 is readable but a problem, shown as a file's would be.
    server.sql("UPDATE post SET fte = 0 WHERE id = (SELECT min(id) FROM post)", database)
    read = team["bob"].read("Bury")
    assert read.name == "Bury"
    assert read.problems == tuple(validate_proposal(read.proposal))
    assert len(read.problems) == 1 and "has an FTE of 0" in read.problems[0]


def test_a_record_out_of_range_on_the_server_is_refused_as_damaged(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    server.sql("UPDATE post SET fte = -1 WHERE id = (SELECT min(id) FROM post)", database)
    with pytest.raises(ServerRefused) as refused:
        team["bob"].read("Bury")
    message = str(refused.value)
    assert message.startswith('The proposal "Bury" on the server is damaged: post, field "fte": ')
    assert message.endswith(RESTORE)


def test_an_unsound_proposal_on_the_server_is_refused_as_damaged(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    server.sql("UPDATE post SET unit_id = 999999 WHERE id = (SELECT min(id) FROM post)", database)
    ((post,),) = server.sql("SELECT min(id) FROM post", database)
    with pytest.raises(ServerRefused) as refused:
        team["bob"].read("Bury")
    message = str(refused.value)
    assert message.startswith('The proposal "Bury" on the server is damaged: post ')
    assert "there is no unit 999999" in message and f"post {post}" in message
    assert message.endswith(RESTORE)


def test_the_list_gives_each_proposals_revision_last_editor_and_your_role(
    team: dict[str, TeamLibrary], bury_library: str
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    alice.apply(ChangeFte(post_titled(alice, TITLE), 0.5))
    (listed,) = team["bob"].proposals()
    assert (listed.name, listed.title, listed.revision, listed.changed_by, listed.role) == (
        "Bury",
        alice.proposal.info.title,
        2,
        "alice",
        "editor",
    )
    # A proposal alice starts is hers; the library's owner (IT) sees it too, with no role.
    team["alice"].push(alice.proposal, "Alice's", "a test")
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        roles = {(p.name, p.revision, p.changed_by, p.role) for p in it.proposals()}
    assert roles == {("Alice's", 1, "alice", ""), ("Bury", 2, "alice", "owner")}
    assert [p.name for p in team["alice"].proposals()] == ["Alice's", "Bury"]
    assert [p.role for p in team["alice"].proposals()] == ["owner", "editor"]


def test_a_name_taken_by_a_proposal_you_cannot_see_is_still_refused(
    team: dict[str, TeamLibrary],
) -> None:
    bury = team["alice"].read("Bury").proposal
    with pytest.raises(ServerRefused) as refused:
        team["carol"].push(bury, "Bury", "a test")
    assert str(refused.value) == (
        'The library already has a proposal called "Bury": choose another name with '
        "--proposal NAME."
    )
    assert team["carol"].proposals() == []
    with pytest.raises(ServerRefused) as missing:
        team["carol"].read("Bury")
    assert str(missing.value) == (
        'The library has no proposal called "Bury" that you may see (proposals: none you may see).'
    )


def test_a_missing_proposal_is_named_with_those_there_are_in_name_order(
    team: dict[str, TeamLibrary],
) -> None:
    bury = team["alice"].read("Bury").proposal
    for name in ("Zeta", "Alpha"):  # pushed out of order: the list sorts them
        team["alice"].push(bury, name, "a test")
    with pytest.raises(ServerRefused) as missing:
        team["alice"].read("Leeds")
    assert str(missing.value) == (
        'The library has no proposal called "Leeds" that you may see (proposals: "Alpha", '
        '"Bury", "Zeta").'
    )
