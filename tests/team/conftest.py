"""One real PostgreSQL server for the session (tests/team/server.py); a fresh database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from orgchart_app.storage.team import Role, ServerAddress, TeamLibrary
from tests.team.helpers import MemoryKeyring, as_user, orgchart
from tests.team.server import Server, running_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    with running_server() as started:
        yield started


@pytest.fixture
def database(server: Server) -> Iterator[str]:
    """The name of an empty database, as IT would create it for the team."""
    name = f"team_{next(_numbers)}"
    server.sql(f"CREATE DATABASE {name}")
    yield name
    server.sql(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def url(server: Server, database: str) -> str:
    return server.url(database)


# Colleagues, each a server role of their own with a password, as IT would make them.
COLLEAGUES = ("alice", "bob", "carol")


@pytest.fixture(scope="session")
def colleagues(server: Server) -> tuple[str, ...]:
    for name in COLLEAGUES:
        server.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{name}-password'")
    return COLLEAGUES


@pytest.fixture
def stopped(server: Server) -> Iterator[Server]:
    """The server, stopped by the test: started again at the end whatever happens."""
    yield server
    try:
        server.start()
    except Exception:  # noqa: BLE001 - it was started already
        pass


@pytest.fixture
def bury_library(
    capsys: pytest.CaptureFixture[str], url: str, bury_file: Path, colleagues: tuple[str, ...]
) -> str:
    """Bury pushed by IT (the superuser) to a new library as "Bury"; alice and bob its editors."""
    orgchart(capsys, "server", "init", url)
    assert orgchart(capsys, "push", bury_file, url, "--proposal", "Bury")[0] == 0
    with TeamLibrary(ServerAddress.parse(url)) as it:
        for name in ("alice", "bob"):
            it.grant("Bury", name, Role.EDITOR)
    return url


@pytest.fixture
def team(
    server: Server, database: str, bury_library: str, colleagues: tuple[str, ...]
) -> Iterator[dict[str, TeamLibrary]]:
    """Each colleague's own connection to the Bury library."""
    libraries = {
        n: TeamLibrary(ServerAddress.parse(as_user(server, database, n))) for n in colleagues
    }
    yield libraries
    for library in libraries.values():
        library.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Passwords kept in memory for the test, never in the keyring of the machine it runs on."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)
