"""Roles enforced by the server: plain SQL as another role sees and changes only what it may."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from orgchart_app.domain import PostId
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.edits import ChangeFte, DeletePost, RemovePerson
from orgchart_app.storage import open_proposal
from orgchart_app.storage.team import ServerAddress, SharedProposal, TeamLibrary
from tests.team.helpers import as_user, orgchart, refused
from tests.team.server import Server


@pytest.fixture
def library(
    capsys: pytest.CaptureFixture[str],
    url: str,
    bury_file: Path,
    manchester_file: Path,
    colleagues: tuple[str, ...],
) -> str:
    """Two proposals; alice owns "Bury" (she pushed it), IT pushed "Adults" and made her its viewer."""
    orgchart(capsys, "server", "init", url)
    assert orgchart(capsys, "push", manchester_file, url, "--proposal", "Adults")[0] == 0
    assert (
        orgchart(capsys, "server", "grant", url, "--proposal", "Adults", "alice", "--as", "viewer")[
            0
        ]
        == 0
    )
    return url


@pytest.fixture
def plain(
    server: Server, database: str
) -> Iterator[dict[str, psycopg.Connection[tuple[object, ...]]]]:
    connections = {
        name: psycopg.connect(as_user(server, database, name), autocommit=True)
        for name in ("alice", "bob", "carol")
    }
    yield connections
    for connection in connections.values():
        connection.close()


def one(connection: psycopg.Connection[tuple[object, ...]], sql: str) -> object:
    row = connection.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_a_role_that_is_no_member_reads_and_changes_nothing(
    library: str,
    plain: dict[str, psycopg.Connection[tuple[object, ...]]],
    server: Server,
    database: str,
) -> None:
    carol = plain["carol"]
    for table in (
        "proposal",
        "post",
        "unit",
        "scenario",
        "postholder",
        "edit_history",
        "proposal_member",
    ):
        assert one(carol, f"SELECT count(*) FROM {table}") == 0, table
    assert carol.execute("UPDATE post SET fte = 0.1").rowcount == 0
    assert carol.execute("DELETE FROM unit").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        carol.execute(
            "INSERT INTO post (proposal_id, id, scenario_id, post_ref, title, unit_id, employer_id, "
            "grade, fte, quantity, status, funded, cost_code, statutory_role, officer_category, "
            "is_assistant, temporary_line, notes, row_version) VALUES (1, 999, 1, 'X', 'Spy', 1, 1, "
            "'', 1, 1, 'filled', true, '', '', 'other', false, false, '', 1)"
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        carol.execute("INSERT INTO proposal_member VALUES (1, 'carol', 'owner', true)")
    assert server.sql("SELECT count(*) FROM post WHERE fte = 0.1 OR id = 999", database) == [(0,)]


def test_a_viewer_reads_the_structure_but_not_postholders_and_writes_nothing(
    library: str,
    plain: dict[str, psycopg.Connection[tuple[object, ...]]],
    server: Server,
    database: str,
) -> None:
    alice = plain["alice"]
    posts = server.sql("SELECT count(*) FROM post", database)[0][0]
    assert one(alice, "SELECT count(*) FROM post") == posts
    assert one(alice, "SELECT count(*) FROM postholder") == 0  # personal data not granted
    assert alice.execute("UPDATE post SET fte = 0.1").rowcount == 0
    assert alice.execute("UPDATE proposal SET title = 'Mine'").rowcount == 0
    assert server.sql("SELECT count(*) FROM post WHERE fte = 0.1", database) == [(0,)]


def test_postholders_are_seen_only_when_granted(
    capsys: pytest.CaptureFixture[str],
    library: str,
    server: Server,
    database: str,
    manchester_file: Path,
    tmp_path: Path,
) -> None:
    alice_url = as_user(server, database, "alice")
    orgchart(capsys, "pull", alice_url, "--proposal", "Adults", "-o", tmp_path / "a.sqlite")
    assert open_proposal(tmp_path / "a.sqlite").proposal.postholders == {}
    orgchart(
        capsys,
        "server",
        "grant",
        library,
        "--proposal",
        "Adults",
        "alice",
        "--as",
        "viewer",
        "--personal-data",
    )
    orgchart(capsys, "pull", alice_url, "--proposal", "Adults", "-o", tmp_path / "b.sqlite")
    held = open_proposal(tmp_path / "b.sqlite").proposal.postholders
    assert held == open_proposal(manchester_file).proposal.postholders and held


def test_owners_grant_roles_and_others_may_not(
    capsys: pytest.CaptureFixture[str], library: str, server: Server, database: str, bury_file: Path
) -> None:
    alice_url, bob_url = as_user(server, database, "alice"), as_user(server, database, "bob")
    assert orgchart(capsys, "push", bury_file, alice_url, "--proposal", "Bury")[0] == 0
    code, out, _ = orgchart(
        capsys, "server", "grant", alice_url, "--proposal", "Bury", "bob", "--as", "editor"
    )
    assert (code, out) == (0, '"bob" is now editor of "Bury".\n')
    message = refused(
        capsys, "server", "grant", bob_url, "--proposal", "Bury", "carol", "--as", "owner"
    )
    assert message.startswith("You may not do that on the team server at bob@127.0.0.1")
    assert refused(
        capsys, "server", "grant", alice_url, "--proposal", "Bury", "dave", "--as", "viewer"
    ) == ('The server has no user "dave": ask IT to create it (docs/TEAM.md).')
    assert [line.split()[0] for line in orgchart(capsys, "list", bob_url)[1].splitlines()[1:]] == [
        "Bury"
    ]


def test_a_viewer_is_told_why_an_edit_is_refused(
    library: str, server: Server, database: str
) -> None:
    with TeamLibrary(ServerAddress.parse(as_user(server, database, "alice"))) as alice:
        shared = SharedProposal(alice, "Adults")
        post = next(iter(shared.proposal.posts))
        before = shared.proposal.posts[post]
        with pytest.raises(
            ServerRefused, match="^You may only view this proposal, so your edit was not saved"
        ):
            shared.apply(ChangeFte(post, 0.5))
        assert shared.proposal.posts[post] == before and before.fte != 0.5
    assert server.sql(f"SELECT fte FROM post WHERE id = {post}", database) == [(before.fte,)]


def test_the_history_shows_postholders_only_to_members_granted_them(
    library: str,
    plain: dict[str, psycopg.Connection[tuple[object, ...]]],
    server: Server,
    database: str,
) -> None:
    with TeamLibrary(ServerAddress.parse(library)) as it:  # IT pushed "Adults": its owner
        shared = SharedProposal(it, "Adults")
        holder = next(iter(shared.proposal.postholders.values()))
        shared.apply(RemovePerson(holder.id))
    seen = " ".join(
        str(row) for row in plain["alice"].execute("SELECT edit, inverse FROM edit_history")
    )
    assert plain["alice"].execute("SELECT count(*) FROM edit_history").fetchone() == (2,)
    assert holder.name not in seen  # alice may view the proposal, but not its people
    with TeamLibrary(ServerAddress.parse(as_user(server, database, "alice"))) as alice:
        assert [e.patch for e in alice.history(shared.proposal_id)][1] is not None
    everything = " ".join(
        str(row) for row in server.sql("SELECT * FROM edit_history_people", database)
    )
    assert holder.name in everything


def test_deleting_a_post_whose_postholders_you_may_not_see_is_refused(
    capsys: pytest.CaptureFixture[str], library: str, server: Server, database: str
) -> None:
    orgchart(capsys, "server", "grant", library, "--proposal", "Adults", "alice", "--as", "editor")
    held = server.sql("SELECT DISTINCT post_id FROM postholder", database)[0][0]
    with TeamLibrary(ServerAddress.parse(as_user(server, database, "alice"))) as alice:
        shared = SharedProposal(alice, "Adults")
        assert not shared.proposal.postholders
        with pytest.raises(ServerRefused, match="^This post has postholders you may not see"):
            shared.apply(DeletePost((PostId(int(str(held))),)))
    # Nothing changed: the post and its postholders are still there, and still agree.
    assert server.sql(f"SELECT count(*) FROM post WHERE id = {held}", database) == [(1,)]
    assert server.sql(f"SELECT count(*) > 0 FROM postholder WHERE post_id = {held}", database) == [
        (True,)
    ]
