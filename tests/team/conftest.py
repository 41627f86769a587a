"""One real PostgreSQL server for the session (tests/team/server.py); a fresh database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

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


def as_user(server: Server, database: str, name: str) -> str:
    """The URL a colleague uses: over TCP, with their password (scram-sha-256)."""
    return server.tcp_url(database, name, f"{name}-password")


@pytest.fixture
def stopped(server: Server) -> Iterator[Server]:
    """The server, stopped by the test: started again at the end whatever happens."""
    yield server
    try:
        server.start()
    except Exception:  # noqa: BLE001 - it was started already
        pass
