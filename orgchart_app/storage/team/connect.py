"""Connections to a team server, and its failures as one sentence each."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator

import psycopg
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from orgchart_app.domain.errors import ServerRefused, ServerUnreachable
from orgchart_app.storage.team.address import ServerAddress

# The driver logs a lost connection's clean-up as a warning, which Python prints to stderr
# when no one handles it: the user is told once, by the sentence the error becomes.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

# Seconds to wait for an unreachable server before saying so (libpq's default is forever).
CONNECT_TIMEOUT = 5


def engine_for(address: ServerAddress) -> sa.Engine:
    return sa.create_engine(
        address.url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "orgchart"},
    )


@contextlib.contextmanager
def translated(address: ServerAddress) -> Iterator[None]:
    """Turn the driver's errors inside the block into ServerRefused, one sentence each."""
    try:
        yield
    except DBAPIError as error:
        raise refusal(address, error.orig) from None
    except psycopg.Error as error:
        raise refusal(address, error) from None
    except SQLAlchemyError as error:
        raise ServerRefused(
            f"The team server at {address.shown} could not do that ({_first_line(error)})."
        ) from None


@contextlib.contextmanager
def transaction(address: ServerAddress, engine: sa.Engine) -> Iterator[sa.Connection]:
    """One transaction: committed when the block ends, rolled back (nothing written) otherwise."""
    with translated(address), engine.begin() as connection:
        yield connection


def refusal(address: ServerAddress, error: BaseException | None) -> ServerRefused:
    """The error to raise for a driver's error: ServerUnreachable when trying again may work."""
    sentence = describe_failure(address, error)
    if isinstance(error, psycopg.OperationalError) and sentence.startswith("Could not reach"):
        return ServerUnreachable(sentence)
    return ServerRefused(sentence)


def describe_failure(address: ServerAddress, error: BaseException | None) -> str:
    detail = _first_line(error)
    lowered = detail.lower()
    where = f"the team server at {address.shown}"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        user = address.url.username or "you"
        return f'{where.capitalize()} refused the password for "{user}": check it, or ask IT.'
    # PgBouncer, in front of a server, says "no such database: NAME" ("no such user: NAME"
    # below) in its own words.
    if ("does not exist" in lowered and "database" in lowered) or "no such database" in lowered:
        return (
            f'There is no database "{address.database}" on {where}: check the URL, or ask IT '
            "to create it."
        )
    if ("role" in lowered and "does not exist" in lowered) or "no such user" in lowered:
        return f'{where.capitalize()} has no user "{address.url.username}": ask IT to add you.'
    # The server answered and turned the login away: not unreachable, and trying again will
    # not help. Its reason is on the first of several lines, not the one `detail` keeps.
    whole = str(error or "").lower()
    if "is not permitted to log in" in whole:
        return f'{where.capitalize()} does not let "{address.url.username}" log in: ask IT to allow it.'
    if "permission denied for database" in whole:
        return (
            f'{where.capitalize()} does not let "{address.url.username}" use the database '
            f'"{address.database}": ask IT to grant it.'
        )
    # Another kind of server on that port spoke first, and libpq names the byte it sent.
    if lowered.startswith(_NOT_POSTGRESQL):
        return (
            f"{where.capitalize()} answered, but not as a PostgreSQL server does ({detail}): "
            "check the address's port (PostgreSQL's is usually 5432), or ask IT."
        )
    # An error without text (psycopg2 on Windows raised some) gets no empty brackets.
    said = f" ({detail})" if detail else ""
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return f"You may not do that on {where}{said}: ask the proposal's owner or IT."
    if isinstance(error, psycopg.OperationalError):
        return (
            f"Could not reach {where}{said}: check the address and that the server is "
            "running, then try again."
        )
    return f"{where.capitalize()} refused the request{said}."


# psycopg's prefix before libpq 14's "connection to server at "HOST", port N failed: REASON":
# the reason is what the user needs; libpq's hint below it repeats the sentence's own advice.
_LIBPQ_ATTEMPT = re.compile(
    r'^connection (?:failed|is bad): connection to server (?:at|on socket) ".*?".*? failed: (.*)$'
)


_NOT_POSTGRESQL = (
    "received invalid response to ssl negotiation",
    "received invalid response to gssapi negotiation",
    "expected authentication request from server, but received",
)


def _first_line(error: BaseException | None) -> str:
    text = str(error or "").strip()
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    attempt = _LIBPQ_ATTEMPT.match(line)
    if attempt:
        line = attempt.group(1)
    return line.rstrip(".").removeprefix("FATAL:  ")
