"""`orgchart server login URL`: the password kept in the keyring, asked for, and used by every
command given the URL without one; never in the URL, the shell's history or a file."""

from __future__ import annotations

import getpass

import pytest

from orgchart_app.storage.team.passwords import KEYRING_SERVICE
from tests.team.helpers import MemoryKeyring, orgchart, refused
from tests.team.server import Server


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the user types at the password prompt (the terminal, which a test has not)."""
    answers: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return answers


@pytest.fixture
def alice_url(server: Server, database: str, bury_library: str) -> str:
    """Alice's address, as she gives it: no password in it."""
    return f"postgresql://alice@127.0.0.1:{server.port}/{database}"


def test_login_keeps_the_password_and_commands_given_the_url_use_it(
    capsys: pytest.CaptureFixture[str],
    alice_url: str,
    memory_keyring: MemoryKeyring,
    typed: list[str],
) -> None:
    url = alice_url
    shown = url.removeprefix("postgresql://")
    assert "refused the password" in refused(capsys, "list", url)  # none kept yet
    typed.append("alice-password")
    assert orgchart(capsys, "server", "login", url) == (
        0,
        f"The password for {shown} is kept in the keyring: commands given its URL use it.\n",
        "",
    )
    assert memory_keyring.passwords == {(KEYRING_SERVICE, shown): "alice-password"}
    code, out, _ = orgchart(capsys, "list", url)
    assert code == 0 and "Bury" in out and "editor" in out
    assert orgchart(capsys, "server", "logout", url)[0] == 0
    assert memory_keyring.passwords == {}
    assert "refused the password" in refused(capsys, "list", url)


def test_a_wrong_password_is_refused_and_not_kept(
    capsys: pytest.CaptureFixture[str],
    alice_url: str,
    memory_keyring: MemoryKeyring,
    typed: list[str],
) -> None:
    url = alice_url
    typed.append("not-her-password")
    assert refused(capsys, "server", "login", url) == (
        f"The team server at {url.removeprefix('postgresql://')} refused the password for "
        '"alice": check it, or ask IT.'
    )
    assert memory_keyring.passwords == {}


def test_a_password_in_the_url_is_refused_by_login(
    capsys: pytest.CaptureFixture[str],
    server: Server,
    database: str,
    memory_keyring: MemoryKeyring,
    typed: list[str],
) -> None:
    url = server.tcp_url(database, "alice", "alice-password")
    assert refused(capsys, "server", "login", url).startswith("Leave the password out of the URL")
    assert refused(capsys, "server", "logout", url.replace(":alice-password", "")).startswith(
        "The keyring keeps no password for alice@"
    )
    assert memory_keyring.passwords == {}
