"""Live updates: the server tells every open window when an edit commits (LISTEN/NOTIFY)."""

from __future__ import annotations

import psycopg
from sqlalchemy.engine import URL

from orgchart_app.storage.team.address import ServerAddress
from orgchart_app.storage.team.connect import CONNECT_TIMEOUT, refusal
from orgchart_app.storage.team.sync import CHANNEL


def _conninfo(url: URL) -> str:
    # libpq's own form of the address (the URL without SQLAlchemy's driver name).
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class EditListener:
    """A connection of its own that only listens; its socket becomes readable when an edit
    commits, so a window can wait on it without polling."""

    def __init__(self, address: ServerAddress) -> None:
        self.address = address
        try:
            self._connection = psycopg.connect(
                _conninfo(address.url), autocommit=True, connect_timeout=CONNECT_TIMEOUT
            )
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise refusal(address, error) from None

    def fileno(self) -> int:
        return self._connection.fileno()

    def pending(self) -> list[tuple[int, int]]:
        """The (proposal id, revision) of each edit committed since the last call; never
        waits. ServerRefused when the connection is lost (the server restarted, the network)."""
        try:
            found = [_parsed(n.payload) for n in self._connection.notifies(timeout=0)]
            if not found:
                # Woken with nothing to read: the server may have closed the connection.
                self._connection.execute("SELECT 1")
            return found
        except psycopg.Error as error:
            raise refusal(self.address, error) from None

    def close(self) -> None:
        self._connection.close()


def _parsed(payload: str) -> tuple[int, int]:
    proposal_id, _, revision = payload.partition(" ")
    return int(proposal_id), int(revision or 0)
