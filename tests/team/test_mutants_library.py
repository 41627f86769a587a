"""library.py and connect.py directly: what `server init` says it did, and the sentences a
library or a login is refused with (issue 24)."""

from __future__ import annotations

import pytest

from orgchart_app.domain.errors import ServerRefused, ServerUnreachable
from orgchart_app.storage import SCHEMA_VERSION
from orgchart_app.storage.team import ServerAddress, TeamLibrary
from tests.team.server import Server


def _shown(url: str) -> str:
    return ServerAddress.parse(url).shown


def _refusal(url: str) -> str:
    with TeamLibrary(ServerAddress.parse(url)) as library, pytest.raises(ServerRefused) as refused:
        library.proposals()
    return str(refused.value)


def test_init_makes_the_library_once_then_finds_it_up_to_date(url: str) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        assert library.init() == (
            f"Made an org chart library (version {SCHEMA_VERSION}) at {_shown(url)}."
        )
        assert library.init() == (
            f"The library at {_shown(url)} is already up to date (version {SCHEMA_VERSION})."
        )
        assert library.proposals() == []


def test_an_upgrade_names_both_versions_whole(url: str, server: Server, database: str) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
        server.sql("UPDATE library_info SET value = '1' WHERE key = 'library_revision'", database)
        assert library.init() == (
            f"Upgraded the library at {_shown(url)} from version {SCHEMA_VERSION}.1 to "
            f"{SCHEMA_VERSION}.2."
        )
        assert server.sql(
            "SELECT value FROM library_info WHERE key = 'library_revision'", database
        ) == [("2",)]


def test_a_library_revision_that_is_not_a_number_counts_as_the_first(
    url: str, server: Server, database: str
) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
    server.sql("UPDATE library_info SET value = 'two' WHERE key = 'library_revision'", database)
    assert _refusal(url) == (
        f"The library at {_shown(url)} is of an older version ({SCHEMA_VERSION}.1; this designer "
        f"uses {SCHEMA_VERSION}.2): ask IT to run `orgchart server init URL` to upgrade it."
    )


def test_a_library_of_a_newer_revision_is_refused(url: str, server: Server, database: str) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
    server.sql("UPDATE library_info SET value = '3' WHERE key = 'library_revision'", database)
    assert _refusal(url) == (
        f"The library at {_shown(url)} was made by a newer designer (version {SCHEMA_VERSION}; "
        f"this one knows up to {SCHEMA_VERSION}): update the designer to use it."
    )


def test_a_library_without_its_version_is_damaged(url: str, server: Server, database: str) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
    server.sql("DELETE FROM library_info WHERE key = 'schema_version'", database)
    assert _refusal(url) == (
        f"The library at {_shown(url)} is damaged: it has no schema version. Ask IT to restore "
        "it from a backup."
    )


def test_another_applications_library_table_is_not_a_library(
    url: str, server: Server, database: str
) -> None:
    server.sql("CREATE TABLE library_info (key text PRIMARY KEY, value text)", database)
    server.sql("INSERT INTO library_info VALUES ('application', 'invoices')", database)
    assert _refusal(url) == (
        f'The database "{database}" at {_shown(url)} is not an org chart library: check the '
        "URL, or run `orgchart server init URL` to make it one."
    )


def test_a_database_with_other_tables_names_the_first_three(
    url: str, server: Server, database: str
) -> None:
    for name in ("zebra", "apple", "mango", "kiwi"):
        server.sql(f"CREATE TABLE {name} (id integer)", database)
    with TeamLibrary(ServerAddress.parse(url)) as library, pytest.raises(ServerRefused) as refused:
        library.init()
    assert str(refused.value) == (
        f'The database "{database}" at {_shown(url)} already holds other tables ("apple", '
        '"kiwi", "mango") and is not an org chart library: give the designer a database of its '
        "own."
    )


def test_a_login_the_server_does_not_know_is_named(server: Server, database: str) -> None:
    # Over the local socket the server says so (over TCP it only says the password failed).
    address = ServerAddress.parse(server.url(database, user="dave"))
    with TeamLibrary(address) as library, pytest.raises(ServerRefused) as refused:
        library.check_login()
    assert str(refused.value) == (
        f'The team server at {address.shown} has no user "dave": ask IT to add you.'
    )


def test_a_server_that_refuses_the_connection_is_named_by_libpqs_reason_not_its_hint() -> None:
    # libpq 14 and later: 'connection to server at "127.0.0.1", port 1 failed: Connection
    # refused', then its hint on a line of its own, which repeats the sentence's own advice.
    address = ServerAddress.parse("postgresql://me:secret@127.0.0.1:1/db")
    with TeamLibrary(address) as library, pytest.raises(ServerUnreachable) as unreachable:
        library.check_login()
    assert str(unreachable.value) == (
        "Could not reach the team server at me@127.0.0.1:1/db (Connection refused): check the "
        "address and that the server is running, then try again."
    )


def test_a_missing_database_and_a_wrong_password_without_a_user_get_whole_sentences(
    server: Server, colleagues: tuple[str, ...]
) -> None:
    address = ServerAddress.parse(server.url("nowhere"))
    with TeamLibrary(address) as library, pytest.raises(ServerRefused) as missing:
        library.check_login()
    assert str(missing.value) == (
        f'There is no database "nowhere" on the team server at {address.shown}: check the URL, '
        "or ask IT to create it."
    )
    # No user in the URL: libpq logs in as this computer's user, whom the sentence cannot name.
    nobody = ServerAddress.parse(f"postgresql://:wrong@127.0.0.1:{server.port}/postgres")
    with TeamLibrary(nobody) as library, pytest.raises(ServerRefused) as refused:
        library.check_login()
    assert type(refused.value) is ServerRefused
    assert str(refused.value) == (
        f"The team server at 127.0.0.1:{server.port}/postgres refused the password for "
        '"you": check it, or ask IT.'
    )


def test_an_upgrade_adds_a_missing_column_with_the_servers_own_type(
    url: str, server: Server, database: str
) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
        server.sql("ALTER TABLE edit_history DROP COLUMN edit_id", database)
        server.sql("UPDATE library_info SET value = '1' WHERE key = 'library_revision'", database)
        library.init()
    assert server.sql(
        "SELECT data_type FROM information_schema.columns "
        "WHERE table_name = 'edit_history' AND column_name = 'edit_id'",
        database,
    ) == [("uuid",)]


def test_init_on_a_damaged_or_newer_library_refuses_in_the_same_sentences(
    url: str, server: Server, database: str
) -> None:
    with TeamLibrary(ServerAddress.parse(url)) as library:
        library.init()
        server.sql("UPDATE library_info SET value = '99' WHERE key = 'schema_version'", database)
        with pytest.raises(ServerRefused) as newer:
            library.init()
        assert str(newer.value) == (
            f"The library at {_shown(url)} was made by a newer designer (version 99; this one "
            f"knows up to {SCHEMA_VERSION}): update the designer to use it."
        )
        server.sql("DELETE FROM library_info WHERE key = 'schema_version'", database)
        with pytest.raises(ServerRefused) as damaged:
            library.init()
        assert str(damaged.value) == (
            f"The library at {_shown(url)} is damaged: it has no schema version. Ask IT to "
            "restore it from a backup."
        )
