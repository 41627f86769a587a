"""address.py and passwords.py directly, without a server: what a refusal quotes of a URL, and
a computer with no keyring (issue 24)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.storage.team import ServerAddress
from orgchart_app.storage.team.passwords import (
    forget_password,
    remember_password,
    remembered_password,
    with_remembered_password,
)


def _refusal(text: str) -> str:
    with pytest.raises(ServerRefused) as refused:
        ServerAddress.parse(text)
    return str(refused.value)


def test_a_refused_address_is_quoted_with_its_password_masked() -> None:
    assert _refusal("postgresql://bob:secret@host:notaport/db") == (
        '"postgresql://bob:***@host:notaport/db" is not a valid server address: give one such '
        "as postgresql://USER@HOST/DATABASE."
    )
    assert _refusal("mysql://bob:secret@host/db") == (
        '"mysql://bob:***@host/db" is not a team server address: give one such as '
        "postgresql://USER@HOST/DATABASE."
    )


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's own stand-in for a computer that has none: every call raises KeyringError."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_nothing_is_kept_and_each_call_says_so() -> None:
    address = ServerAddress.parse("postgresql://bob@host/db")
    assert remember_password(address, "secret") is False
    assert remembered_password(address) is None
    assert forget_password(address) is False
    assert with_remembered_password(address) == address


def test_an_address_is_shown_as_user_host_port_and_database_never_the_password() -> None:
    shown = {
        text: ServerAddress.parse(text).shown
        for text in (
            "postgresql://bob:secret@db.council.gov.uk:5433/team",
            "postgres://db.council.gov.uk/team",
            "postgresql+psycopg://bob@/team",
            "postgresql://bob@/team?host=/run/postgresql&port=5433",
            " POSTGRESQL://bob@host/team ",
        )
    }
    assert list(shown.values()) == [
        "bob@db.council.gov.uk:5433/team",
        "db.council.gov.uk/team",
        "bob@localhost/team",
        "bob@/run/postgresql/team",
        "bob@host/team",
    ]


def test_a_password_given_fills_in_only_one_the_url_leaves_out() -> None:
    kept = ServerAddress.parse("postgresql://bob@host/team", password="kept")
    typed = ServerAddress.parse("postgresql://bob:typed@host/team", password="kept")
    assert (kept.url.password, typed.url.password) == ("kept", "typed")
    assert kept.url.drivername == typed.url.drivername == "postgresql+psycopg"
    assert (kept.database, ServerAddress.parse("postgresql://host/x").database) == ("team", "x")


def test_an_address_without_a_database_is_refused_showing_what_it_names() -> None:
    assert _refusal("postgresql://bob:secret@host:5433") == (
        '"bob@host:5433" names no database: end it with /DATABASE, the database IT made for the '
        "team."
    )
