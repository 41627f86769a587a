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
