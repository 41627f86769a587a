"""live.py directly: the listener hears each committed edit once, and says when it is cut off
(issue 24)."""

from __future__ import annotations

import select
import socket
import time

import pytest

from orgchart_app.domain.errors import ServerRefused, ServerUnreachable
from orgchart_app.edits import ChangeFte
from orgchart_app.storage.team import ServerAddress, SharedProposal, TeamLibrary
from orgchart_app.storage.team.live import EditListener
from tests.team.helpers import as_user, post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"


def _heard(listener: EditListener, expected: int) -> list[tuple[int, int]]:
    """What the listener has been told once `expected` notices have arrived (or 10 s passed),
    waiting on its socket as the window does."""
    heard: list[tuple[int, int]] = []
    deadline = time.monotonic() + 10
    while len(heard) < expected and time.monotonic() < deadline:
        select.select([listener], [], [], 0.2)
        heard += listener.pending()
    return heard


def test_each_committed_edit_is_heard_once_with_its_proposal_and_revision(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    listener = EditListener(ServerAddress.parse(as_user(server, database, "bob")))
    try:
        # Nothing pending: the answer comes at once (the window asks from its event loop).
        started = time.monotonic()
        assert listener.pending() == []
        assert time.monotonic() - started < 1.0
        alice = SharedProposal(team["alice"], "Bury")
        post = post_titled(alice, TITLE)
        alice.apply(ChangeFte(post, 0.5))
        alice.apply(ChangeFte(post, 0.25))
        assert _heard(listener, 2) == [(alice.proposal_id, 2), (alice.proposal_id, 3)]
        # Heard once: nothing more is pending, and asking again does not wait.
        assert listener.pending() == []
    finally:
        listener.close()


def test_a_listener_cut_off_by_the_server_says_it_could_not_reach_it(
    team: dict[str, TeamLibrary], stopped: Server, database: str
) -> None:
    listener = EditListener(ServerAddress.parse(as_user(stopped, database, "bob")))
    try:
        stopped.stop()
        with pytest.raises(ServerUnreachable, match=r"^Could not reach the team server at bob@"):
            listener.pending()
    finally:
        listener.close()


def test_a_listener_for_a_wrong_password_is_refused_in_one_sentence(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    address = ServerAddress.parse(server.tcp_url(database, "bob", "not-the-password"))
    with pytest.raises(ServerRefused) as refused:
        EditListener(address)
    # Refused, not unreachable: trying again with the same password cannot help.
    assert type(refused.value) is ServerRefused
    assert str(refused.value) == (
        f"The team server at bob@127.0.0.1:{server.port}/{database} refused the password for "
        '"bob": check it, or ask IT.'
    )


def test_a_listener_for_a_server_that_never_answers_gives_up_in_five_seconds() -> None:
    # A port that takes the connection but never speaks (a hung server, a half-open firewall).
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        address = ServerAddress.parse(f"postgresql://bob:secret@127.0.0.1:{port}/team")
        started = time.monotonic()
        with pytest.raises(ServerUnreachable, match=r"^Could not reach the team server at bob@"):
            EditListener(address)
    assert 4.0 < time.monotonic() - started < 30.0
