"""Faults: the server restarting or going away mid-edit never half-applies an edit or loses one."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg

from orgchart_app.edits import ChangeFte, Regrade
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from tests.cli.helpers import REPO
from tests.team.helpers import post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"


def fte_on_server(server: Server, database: str, post: int) -> object:
    return server.sql(f"SELECT fte FROM post WHERE id = {post}", database)[0][0]


def test_a_restarted_server_takes_the_next_edit_without_a_word(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    server.restart()
    alice.apply(ChangeFte(post, 0.5))
    assert not alice.offline and fte_on_server(server, database, post) == 0.5


def test_edits_made_while_the_server_is_away_are_kept_and_sent_when_it_is_back(
    team: dict[str, TeamLibrary], stopped: Server, database: str
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    stopped.stop()
    alice.apply(ChangeFte(post, 0.5))
    alice.apply(Regrade(post, "Grade 14"))
    assert alice.offline and len(alice.unsent) == 2
    assert (alice.proposal.posts[post].fte, alice.proposal.posts[post].grade) == (0.5, "Grade 14")
    stopped.start()
    assert fte_on_server(stopped, database, post) == 1.0  # nothing reached it meanwhile
    assert alice.send_unsent() == []
    assert not alice.offline
    assert stopped.sql(f"SELECT fte, grade FROM post WHERE id = {post}", database) == [
        (0.5, "Grade 14")
    ]
    assert [e.changed_by for e in team["bob"].history(alice.proposal_id)][1:] == ["alice", "alice"]


def test_an_edit_kept_offline_that_a_colleague_made_stale_is_taken_back_with_a_sentence(
    team: dict[str, TeamLibrary], stopped: Server, database: str
) -> None:
    alice, bob = (SharedProposal(team[n], "Bury") for n in ("alice", "bob"))
    post = post_titled(alice, TITLE)
    stopped.stop()
    alice.apply(ChangeFte(post, 0.5))
    stopped.start()
    bob.apply(ChangeFte(post, 0.8))
    (conflict,) = alice.send_unsent()
    assert conflict.startswith(
        f'Change FTE of "{TITLE}" to 0.5: Post {post} was changed by bob at '
    )
    assert alice.proposal.posts[post].fte == 1.0
    alice.refresh()
    assert alice.proposal.posts[post].fte == fte_on_server(stopped, database, post) == 0.8


def cut_once_waiting(server: Server, condition: str) -> None:
    """Wait (up to 20 s) for a connection that meets `condition` (on pg_stat_activity), then
    cut it as a network drop would."""
    waiting = f"SELECT pid FROM pg_stat_activity WHERE {condition}"
    for _ in range(400):
        if server.sql(waiting):
            break
        time.sleep(0.05)
    server.sql(f"SELECT pg_terminate_backend(pid) FROM ({waiting}) AS waiting")


def test_a_connection_cut_mid_edit_writes_nothing_and_keeps_the_edit(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    before = server.sql("SELECT count(*), max(revision) FROM edit_history", database)
    # Hold the post table so the edit waits half done (its proposal row locked, its checks
    # made), then cut its connection as a network drop would.
    with psycopg.connect(server.url(database)) as holder:
        holder.execute("LOCK TABLE post IN ACCESS EXCLUSIVE MODE")
        editing = threading.Thread(target=alice.apply, args=(ChangeFte(post, 0.5),))
        editing.start()
        cut_once_waiting(server, "usename = 'alice' AND wait_event_type = 'Lock'")
        editing.join(10)
    assert server.sql("SELECT count(*), max(revision) FROM edit_history", database) == before
    assert fte_on_server(server, database, post) == 1.0
    assert alice.offline and alice.proposal.posts[post].fte == 0.5  # kept, to send again
    assert alice.send_unsent() == []
    assert fte_on_server(server, database, post) == 0.5


@contextlib.contextmanager
def commits_wait_for_a_standby(server: Server, database: str, user: str) -> Iterator[None]:
    """`user`'s commits in `database` wait, once written, for a standby that never answers
    (synchronous replication): the moment between the server committing and saying so."""
    server.sql("ALTER SYSTEM SET synchronous_standby_names = 'no_such_standby'")
    server.sql("ALTER SYSTEM SET synchronous_commit = 'local'")  # everyone else: as before
    server.sql(f"ALTER ROLE {user} IN DATABASE {database} SET synchronous_commit = 'on'")
    server.sql("SELECT pg_reload_conf()")
    try:
        yield
    finally:
        server.sql(f"ALTER ROLE {user} IN DATABASE {database} RESET synchronous_commit")
        server.sql("ALTER SYSTEM RESET synchronous_standby_names")
        server.sql("ALTER SYSTEM RESET synchronous_commit")
        server.sql("SELECT pg_reload_conf()")


def test_an_edit_whose_reply_was_lost_is_sent_again_and_known_as_applied(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    with commits_wait_for_a_standby(server, database, "alice"):
        alice = SharedProposal(team["alice"], "Bury")
        post = post_titled(alice, TITLE)
        editing = threading.Thread(target=alice.apply, args=(ChangeFte(post, 0.5),))
        editing.start()
        # Committed on the server; the connection is cut before alice hears so.
        cut_once_waiting(server, "usename = 'alice' AND wait_event = 'SyncRep'")
        editing.join(10)
    assert fte_on_server(server, database, post) == 0.5
    assert alice.offline  # she did not hear: the edit is kept, to send again
    assert alice.send_unsent() == []  # recognised as hers, applied: no conflict with herself
    assert not alice.offline and alice.proposal.posts[post].fte == 0.5
    edits = team["bob"].history(alice.proposal_id)
    assert [(e.changed_by, e.name) for e in edits[1:]] == [
        ("alice", f'Change FTE of "{TITLE}" to 0.5')
    ]  # once, not twice
    alice.apply(Regrade(post, "Grade 14"))  # her versions are right: the next edit goes through
    assert server.sql(f"SELECT grade FROM post WHERE id = {post}", database) == [("Grade 14",)]


def cut_while_waiting(server: Server, database: str, hold: str, *command: str | Path) -> Any:
    """Run `orgchart COMMAND` as a user does while another transaction holds what `hold`
    locks, so that it waits half done; then cut its connection as a network drop would. Its
    exit status, stdout and stderr."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    with psycopg.connect(server.url(database)) as holder:
        holder.execute(hold)
        running = subprocess.Popen(
            [sys.executable, "-m", "orgchart_app.cli", *map(str, command)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        cut_once_waiting(server, "application_name = 'orgchart' AND wait_event_type = 'Lock'")
        out, err = running.communicate(timeout=60)
    return running.returncode, out, err


HOLD_POSTS = "LOCK TABLE post IN ACCESS EXCLUSIVE MODE"


def test_a_push_cut_off_half_way_leaves_nothing_on_the_server(
    server: Server, database: str, bury_library: str, bury_file: Path
) -> None:
    before = server.sql("SELECT count(*) FROM post", database)
    code, out, err = cut_while_waiting(
        server, database, HOLD_POSTS, "push", bury_file, bury_library, "--proposal", "Bury again"
    )
    assert (code, out) == (2, ""), err
    assert err.startswith("orgchart: Could not reach the team server") and err.count("\n") == 1
    assert server.sql("SELECT name FROM proposal", database) == [("Bury",)]
    assert server.sql("SELECT count(*) FROM post", database) == before


def test_a_pull_cut_off_half_way_writes_no_file(
    server: Server, database: str, bury_library: str, tmp_path: Path
) -> None:
    target = tmp_path / "bury.sqlite"
    code, out, err = cut_while_waiting(
        server, database, HOLD_POSTS, "pull", bury_library, "--proposal", "Bury", "-o", target
    )
    assert (code, out) == (2, ""), err
    assert err.startswith("orgchart: Could not reach the team server") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_command_whose_edit_is_cut_off_says_so_and_exits_non_zero(
    server: Server, database: str, bury_library: str
) -> None:
    before = server.sql("SELECT count(*) FROM edit_history", database)
    # The proposal's row held: the command reads the proposal, then its edit waits to commit.
    hold = "SELECT id FROM proposal WHERE name = 'Bury' FOR UPDATE"
    oncosts = ("oncosts", "set", bury_library, "--proposal", "Bury", "--organisation", "OCO")
    rate = ("--year", "2025/26", "--pension-rate", "20.5")
    code, out, err = cut_while_waiting(server, database, hold, *oncosts, *rate)
    assert (code, out) == (2, ""), (code, out, err)
    assert err.startswith("orgchart: The connection to ") and err.count("\n") == 1, err
    assert "may not have been saved" in err
    assert server.sql("SELECT count(*) FROM edit_history", database) == before
