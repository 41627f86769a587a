"""client.py directly: a login checked before there is a library, a read that sees one instant
while a colleague's edit commits, and what a grant gives by default (issue 24)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import psycopg

from orgchart_app.domain.tables import Table
from orgchart_app.edits import ChangeFte
from orgchart_app.storage.team import Role, ServerAddress, SharedProposal, TeamLibrary
from orgchart_app.storage.team.transfer import TeamProposal
from tests.storage.helpers import same_content
from tests.team.helpers import as_user
from tests.team.server import Server


def test_a_login_is_checked_on_a_database_that_is_no_library_yet(url: str) -> None:
    # IT logs in before `server init` has made the library.
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.check_login()
        assert library.init().startswith("Made an org chart library")


def test_a_read_while_a_colleagues_edit_commits_sees_the_proposal_before_it_whole(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    (post,) = server.sql("SELECT min(id) FROM post", database)[0]
    read: list[TeamProposal] = []
    with psycopg.connect(server.url(database)) as colleague:
        # The colleague's transaction holds the post table, so the read waits for it half way
        # (after the proposal's revision and the tables before post)...
        colleague.execute("LOCK TABLE post IN ACCESS EXCLUSIVE MODE")
        reading = threading.Thread(target=lambda: read.append(team["alice"].read("Bury")))
        reading.start()
        waiting = (
            "SELECT 1 FROM pg_stat_activity WHERE usename = 'alice' AND wait_event_type = 'Lock'"
        )
        for _ in range(400):
            if server.sql(waiting):
                break
            time.sleep(0.05)
        # ... and commits an edit of the post meanwhile.
        colleague.execute(f"UPDATE post SET fte = 0.5, row_version = 2 WHERE id = {post}")
        colleague.execute("UPDATE proposal SET revision = 2")
    reading.join(20)
    (found,) = read
    assert (found.revision, found.proposal.posts[post].fte) == (1, 1.0)
    assert found.versions[(Table.POSTS, post)] == 1
    assert team["alice"].read("Bury").proposal.posts[post].fte == 0.5


def test_a_member_granted_a_role_sees_postholders_only_when_granted_them_too(
    bury_library: str, server: Server, database: str
) -> None:
    carol = TeamLibrary(ServerAddress.parse(as_user(server, database, "carol")))
    with TeamLibrary(ServerAddress.parse(bury_library)) as it, carol:
        everyone = it.read("Bury").proposal.postholders
        it.grant("Bury", "carol", Role.VIEWER)
        assert everyone and carol.read("Bury").proposal.postholders == {}
        it.grant("Bury", "carol", Role.VIEWER, personal_data=True)
        assert carol.read("Bury").proposal.postholders == everyone


def test_a_past_read_while_a_colleagues_edit_commits_is_of_one_instant(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    before = team["alice"].read("Bury").proposal
    bob = SharedProposal(team["bob"], "Bury")
    post = min(bob.proposal.posts)
    read: list[TeamProposal] = []
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    with psycopg.connect(server.url(database)) as slow:
        # The read waits at the documents (after the posts, before the provenance rows) while
        # bob's edit of a post, and of its provenance, commits.
        slow.execute("LOCK TABLE document IN ACCESS EXCLUSIVE MODE")
        reading = threading.Thread(
            target=lambda: read.append(team["alice"].read_as_of("Bury", later))
        )
        reading.start()
        _wait_for_alice_to_wait(server)
        bob.apply(ChangeFte(post, 0.5))
    reading.join(20)
    (found,) = read
    assert found.revision == 1
    assert same_content(found.proposal, before)
    assert team["alice"].read_as_of("Bury", later).proposal.posts[post].fte == 0.5


def _wait_for_alice_to_wait(server: Server) -> None:
    waiting = "SELECT 1 FROM pg_stat_activity WHERE usename = 'alice' AND wait_event_type = 'Lock'"
    for _ in range(400):
        if server.sql(waiting):
            return
        time.sleep(0.05)
