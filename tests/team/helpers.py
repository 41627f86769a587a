"""What the team tests share: running `orgchart`, colleagues' addresses, finding posts."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from orgchart_app.storage.team import SharedProposal
from tests.cli.helpers import run_in_process
from tests.team.server import Server


def orgchart(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    return run_in_process(capsys, *map(str, args))


def refused(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """The one sentence a refused command prints (exit 2, nothing on stdout, no traceback)."""
    code, out, err = orgchart(capsys, *args)
    assert (code, out) == (2, ""), (code, out, err)
    assert err.count("\n") == 1 and err.startswith("orgchart: ") and err.endswith(".\n"), err
    return err.removeprefix("orgchart: ").strip()


def as_user(server: Server, database: str, name: str) -> str:
    """The URL a colleague uses: over TCP, with their password (scram-sha-256)."""
    return server.tcp_url(database, name, f"{name}-password")


def post_titled(shared: SharedProposal, title: str) -> int:
    return next(p.id for p in shared.proposal.posts.values() if p.title == title)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: keyring's own plug-in interface, set explicitly
    (conftest.py) so that no test reads or writes the keyring of the machine it runs on."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise PasswordDeleteError(username)
        del self.passwords[(service, username)]
