"""connect.py directly: the sentence a user gets for what other libpq and psycopg versions write,
and for logins the server itself turns away (issue 24).

This machine's psycopg wheel (libpq 18) words its errors one way; a council's PCs may run the
designer against an older libpq, whose texts differ: the server's "FATAL:  " left in front, the
libpq hint on lines of its own, a full stop at the end. The texts below are quoted from reports
of those versions (each cited), given to the driver's own error class.
"""

from __future__ import annotations

import psycopg
import pytest

from orgchart_app.domain.errors import ServerRefused, ServerUnreachable
from orgchart_app.storage.team import ServerAddress, TeamLibrary
from orgchart_app.storage.team.connect import describe_failure, refusal
from tests.team.server import Server

ADDRESS = ServerAddress.parse("postgresql://bob@hr-db.council.local:5432/orgchart")
WHERE = "the team server at bob@hr-db.council.local:5432/orgchart"
TRY_AGAIN = ": check the address and that the server is running, then try again."


def test_a_server_still_starting_is_named_without_an_older_libpqs_fatal_prefix() -> None:
    # libpq before 14 gave the server's message alone, its severity first (psycopg2:
    # "OperationalError: FATAL:  the database system is starting up",
    # github.com/samuelclay/NewsBlur/issues/1558).
    error = psycopg.OperationalError("FATAL:  the database system is starting up\n")
    unreachable = refusal(ADDRESS, error)
    assert type(unreachable) is ServerUnreachable  # trying again will work
    assert str(unreachable) == (
        f"Could not reach {WHERE} (the database system is starting up){TRY_AGAIN}"
    )


def test_a_server_that_wants_ssl_is_named_without_the_prefix_or_the_full_stop() -> None:
    # Azure's PostgreSQL, reached without SSL, through an older libpq
    # (github.com/perseas/Pyrseas/issues/230): the one server message seen ending in a full stop.
    error = psycopg.OperationalError(
        "FATAL:  SSL connection is required. Please specify SSL options and retry.\n"
    )
    assert describe_failure(ADDRESS, error) == (
        f"Could not reach {WHERE} (SSL connection is required. Please specify SSL options and "
        f"retry){TRY_AGAIN}"
    )


def test_an_older_libpqs_refused_connection_is_named_by_its_first_line_not_its_hint() -> None:
    # libpq before 14 put its hint on two lines of their own after the reason
    # (github.com/aphonsoar/Receita_Federal_do_Brasil_-_Dados_Publicos_CNPJ/issues/11).
    error = psycopg.OperationalError(
        "could not connect to server: Connection refused\n"
        '\tIs the server running on host "hr-db.council.local" (10.1.2.3) and accepting\n'
        "\tTCP/IP connections on port 5432?\n"
    )
    assert describe_failure(ADDRESS, error) == (
        f"Could not reach {WHERE} (could not connect to server: Connection refused){TRY_AGAIN}"
    )


def test_a_modern_libpqs_reasons_are_named_without_its_prefix_or_hint() -> None:
    # This machine's psycopg 3.3 and libpq 18, quoted: psycopg's "connection failed: " (or
    # "connection is bad: ") before libpq's "connection to server ... failed: REASON", the hint
    # on a tab-indented line below; with several hosts, every attempt listed after the last.
    refused = (
        'connection failed: connection to server at "127.0.0.1", port 2 failed: Connection '
        "refused\n\tIs the server running on that host and accepting TCP/IP connections?\n"
        "Multiple connection attempts failed. All failures were:\n- host: 'localhost', port: "
        "'1', hostaddr: '127.0.0.1': connection failed: connection to server at "
        '"127.0.0.1", port 1 failed: Connection refused\n\tIs the server running on that host '
        "and accepting TCP/IP connections?"
    )
    assert describe_failure(ADDRESS, psycopg.OperationalError(refused)) == (
        f"Could not reach {WHERE} (Connection refused){TRY_AGAIN}"
    )
    no_socket = (
        'connection is bad: connection to server on socket "/tmp/.s.PGSQL.1" failed: No such '
        "file or directory\n\tIs the server running locally and accepting connections on that "
        "socket?"
    )
    assert describe_failure(ADDRESS, psycopg.OperationalError(no_socket)) == (
        f"Could not reach {WHERE} (No such file or directory){TRY_AGAIN}"
    )
    starting = (
        'connection failed: connection to server at "10.1.2.3", port 5432 failed: FATAL:  the '
        "database system is starting up"
    )
    assert describe_failure(ADDRESS, psycopg.OperationalError(starting)) == (
        f"Could not reach {WHERE} (the database system is starting up){TRY_AGAIN}"
    )


def test_an_address_that_is_not_a_postgresql_server_is_told_so_not_to_try_again() -> None:
    # A port of another kind of server (the council's MariaDB on 3306, say), which speaks
    # first: libpq names the first byte it sent (fe-connect.c: "received invalid response to
    # SSL negotiation: %c", or without SSL "expected authentication request from server, but
    # received %c"). MariaDB 10.6.9's greeting is 88 bytes long (its version "5.5.5-10.6.9-
    # MariaDB" and "mysql_native_password"), and its first byte, the length, is 0x58: "X".
    # The texts are this machine's libpq 18 answering such a greeting. Trying again will not
    # help, so it is not "could not reach".
    at = 'connection failed: connection to server at "10.1.2.3", port 3306 failed: '
    for reason in (
        "received invalid response to SSL negotiation: X",
        "expected authentication request from server, but received X",
        "received invalid response to GSSAPI negotiation: J",
    ):
        refused = refusal(ADDRESS, psycopg.OperationalError(at + reason))
        assert type(refused) is ServerRefused
        assert str(refused) == (
            f"{WHERE[0].upper()}{WHERE[1:]} answered, but not as a PostgreSQL server does "
            f"({reason}): check the address's port (PostgreSQL's is usually 5432), or ask IT."
        )


def test_a_database_pgbouncer_does_not_know_is_said_to_be_missing_not_unreachable() -> None:
    # PgBouncer, in front of a team's server, refuses a database it has no entry for in its
    # own words (src/client.c: "no such database: %s"); trying again will not help.
    error = psycopg.OperationalError("FATAL:  no such database: orgchart\n")
    refused = refusal(ADDRESS, error)
    assert type(refused) is ServerRefused
    assert str(refused) == (
        f'There is no database "orgchart" on {WHERE}: check the URL, or ask IT to create it.'
    )


def test_a_user_pgbouncer_does_not_know_is_told_to_ask_it_not_to_try_again() -> None:
    # PgBouncer refuses a user missing from its auth file in its own words (src/client.c:
    # "no such user: %s"): the server's own "role ... does not exist", said otherwise.
    error = psycopg.OperationalError("FATAL:  no such user: bob\n")
    refused = refusal(ADDRESS, error)
    assert type(refused) is ServerRefused
    assert str(refused) == f'{WHERE[0].upper()}{WHERE[1:]} has no user "bob": ask IT to add you.'


def test_an_error_without_text_gives_a_sentence_without_empty_brackets() -> None:
    # psycopg2 on Windows raised OperationalError with no text at all on a failed connect
    # (github.com/psycopg/psycopg2/issues/417, issues/1442); SQLAlchemy's DBAPIError.orig may
    # be None.
    assert (
        str(refusal(ADDRESS, psycopg.OperationalError(""))) == f"Could not reach {WHERE}{TRY_AGAIN}"
    )
    assert describe_failure(ADDRESS, psycopg.errors.InsufficientPrivilege()) == (
        f"You may not do that on {WHERE}: ask the proposal's owner or IT."
    )
    assert (
        describe_failure(ADDRESS, None)
        == f"The team server at {ADDRESS.shown} refused the request."
    )


def test_a_role_the_server_will_not_let_log_in_is_told_so_not_to_try_again(
    server: Server, database: str
) -> None:
    # Real texts of this libpq: 'connection failed: connection to server on socket "..."
    # failed: FATAL:  role "frank" is not permitted to log in'. The server answered: it is not
    # unreachable, and trying again will not help.
    server.sql("CREATE ROLE frank NOLOGIN")
    address = ServerAddress.parse(server.url(database, user="frank"))
    try:
        with TeamLibrary(address) as library, pytest.raises(ServerRefused) as refused:
            library.check_login()
    finally:
        server.sql("DROP ROLE frank")
    assert type(refused.value) is ServerRefused
    assert str(refused.value) == (
        f'The team server at {address.shown} does not let "frank" log in: ask IT to allow it.'
    )


def test_a_member_refused_the_database_itself_is_told_so_not_to_try_again(
    server: Server, database: str, colleagues: tuple[str, ...]
) -> None:
    # IT hardening the server (REVOKE CONNECT ... FROM PUBLIC) without granting the team: the
    # text is 'FATAL:  permission denied for database "..."' then 'DETAIL:  User does not have
    # CONNECT privilege.' on a line of its own.
    server.sql(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    address = ServerAddress.parse(server.tcp_url(database, "alice", "alice-password"))
    with TeamLibrary(address) as library, pytest.raises(ServerRefused) as refused:
        library.check_login()
    assert type(refused.value) is ServerRefused
    assert str(refused.value) == (
        f'The team server at {address.shown} does not let "alice" use the database '
        f'"{database}": ask IT to grant it.'
    )
