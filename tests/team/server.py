"""A real PostgreSQL server of the suite's own: initdb and pg_ctl in a temporary folder."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

# The superuser initdb makes; the suite connects as it over the Unix socket (trust) and as
# other roles over 127.0.0.1 with a password (scram-sha-256), as a team's server would.
SUPERUSER = "postgres"


@dataclass(frozen=True, slots=True)
class Server:
    folder: Path
    port: int

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """A URL over the Unix socket (no password: local connections are trusted)."""
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def tcp_url(self, database: str, user: str, password: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run one statement as the superuser (autocommit: CREATE DATABASE needs it)."""
        with psycopg.connect(
            host=str(self.folder), port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as connection:
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def restart(self) -> None:
        _pg_ctl(self.folder, "restart", "-m", "fast", *_options(self.folder, self.port))

    def stop(self) -> None:
        """Stop it as a crash or a maintenance window would (connections are cut)."""
        _pg_ctl(self.folder, "stop", "-m", "immediate")

    def start(self) -> None:
        _pg_ctl(self.folder, "start", *_options(self.folder, self.port))


def _bin(tool: str) -> str:
    # Debian keeps initdb and pg_ctl out of PATH, under /usr/lib/postgresql/VERSION/bin.
    found = shutil.which(tool) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"), reverse=True)), None
    )
    if found is None:
        raise RuntimeError(f"{tool} not found: install PostgreSQL (bash scripts/bootstrap.sh).")
    return found


def _as_owner(folder: Path, *command: str) -> list[str]:
    # PostgreSQL refuses to run as root: the suite (root in CI) runs it as the postgres user.
    if os.geteuid() != 0:
        return list(command)
    return ["runuser", "-u", folder.owner(), "--", *command]


def _pg_ctl(folder: Path, *arguments: str) -> None:
    command = _as_owner(folder, _bin("pg_ctl"), "-D", str(folder / "data"), "-w", *arguments)
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def _options(folder: Path, port: int) -> tuple[str, ...]:
    settings = f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
    return ("-l", str(folder / "server.log"), "-o", settings)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    folder = Path(tempfile.mkdtemp(prefix="orgchart-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    init = [_bin("initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, "--no-sync"]
    auth = ["--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C"]
    subprocess.run(_as_owner(folder, *init, *auth), check=True, capture_output=True, timeout=120)
    server = Server(folder, _free_port())
    _pg_ctl(folder, "start", *_options(folder, server.port))
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            _pg_ctl(folder, "stop", "-m", "immediate")
        shutil.rmtree(folder, ignore_errors=True)
