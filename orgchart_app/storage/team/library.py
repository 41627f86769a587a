"""The library on a server: made (or upgraded) by `orgchart server init`, checked on every use."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.storage.schema import SCHEMA_VERSION
from orgchart_app.storage.team.access import set_up_access
from orgchart_app.storage.team.address import ServerAddress
from orgchart_app.storage.team.tables import APPLICATION, library, library_info

# The library follows the file: a library of version N holds what a file of format N holds.
LIBRARY_VERSION = SCHEMA_VERSION
# Changes to the library's own tables within one file version: 2 gave the history edit ids.
LIBRARY_REVISION = 2


def check_library(connection: sa.Connection, address: ServerAddress) -> None:
    """Refuse, in one sentence, a database that is not a library of this version."""
    version = _library_version(connection, address)
    if version is None:
        raise ServerRefused(
            f'The database "{address.database}" at {address.shown} is not an org chart library: '
            "check the URL, or run `orgchart server init URL` to make it one."
        )
    if version > LIBRARY_VERSION:
        raise ServerRefused(_newer(address, version))
    revision = _library_revision(connection)
    if version < LIBRARY_VERSION or revision < LIBRARY_REVISION:
        raise ServerRefused(
            f"The library at {address.shown} is of an older version ({version}.{revision}; this "
            f"designer uses {LIBRARY_VERSION}.{LIBRARY_REVISION}): ask IT to run "
            "`orgchart server init URL` to upgrade it."
        )
    if revision > LIBRARY_REVISION:
        raise ServerRefused(_newer(address, version))


def init_library(connection: sa.Connection, address: ServerAddress) -> str:
    """Make the library in an empty database, or bring an older one up to date; what it did."""
    # One init at a time, even from two machines: the second waits, then finds it done.
    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(20, 1)")
    version = _library_version(connection, address)
    if version is not None and version > LIBRARY_VERSION:
        raise ServerRefused(_newer(address, version))
    if version is None:
        _check_empty(connection, address)
    revision = _library_revision(connection) if version is not None else LIBRARY_REVISION
    library.create_all(connection)  # the tables an older version did not have yet
    for step in range(version or LIBRARY_VERSION, LIBRARY_VERSION):
        _STEPS.get(step, _add_missing_columns)(connection)
    if revision < LIBRARY_REVISION:
        _add_missing_columns(connection)
    for table in library.sorted_tables:  # indexes on columns added to existing tables
        for index in table.indexes:
            index.create(connection, checkfirst=True)
    connection.execute(
        sa.dialects.postgresql.insert(library_info)
        .values([{"key": "application", "value": APPLICATION}, *_version_rows()])
        .on_conflict_do_update(index_elements=["key"], set_={"value": sa.text("excluded.value")})
    )
    set_up_access(connection)
    if version is None:
        return f"Made an org chart library (version {LIBRARY_VERSION}) at {address.shown}."
    if version < LIBRARY_VERSION or revision < LIBRARY_REVISION:
        return (
            f"Upgraded the library at {address.shown} from version {version}.{revision} to "
            f"{LIBRARY_VERSION}.{LIBRARY_REVISION}."
        )
    return f"The library at {address.shown} is already up to date (version {LIBRARY_VERSION})."


def _version_rows() -> list[dict[str, str]]:
    return [
        {"key": "schema_version", "value": str(LIBRARY_VERSION)},
        {"key": "library_revision", "value": str(LIBRARY_REVISION)},
    ]


def _library_revision(connection: sa.Connection) -> int:
    # Libraries made before the key was kept are revision 1.
    found = connection.execute(
        sa.select(library_info.c.value).where(library_info.c.key == "library_revision")
    ).scalar()
    return int(found) if found is not None and found.isdigit() else 1


def _newer(address: ServerAddress, version: int) -> str:
    return (
        f"The library at {address.shown} was made by a newer designer (version {version}; this "
        f"one knows up to {LIBRARY_VERSION}): update the designer to use it."
    )


def _library_version(connection: sa.Connection, address: ServerAddress) -> int | None:
    if connection.exec_driver_sql("SELECT to_regclass('public.library_info')").scalar() is None:
        return None
    rows = dict(connection.execute(sa.select(library_info.c.key, library_info.c.value)).all())
    if rows.get("application") != APPLICATION:
        return None
    try:
        return int(rows.get("schema_version", ""))
    except ValueError:
        raise ServerRefused(
            f"The library at {address.shown} is damaged: it has no schema version. Ask IT to "
            "restore it from a backup."
        ) from None


def _check_empty(connection: sa.Connection, address: ServerAddress) -> None:
    # A database holding someone else's tables is not ours to add to.
    others = (
        connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LIMIT 3"
        )
        .scalars()
        .all()
    )
    if others:
        listed = ", ".join(f'"{name}"' for name in others)
        raise ServerRefused(
            f'The database "{address.database}" at {address.shown} already holds other tables '
            f"({listed}) and is not an org chart library: give the designer a database of its own."
        )


def _add_missing_columns(connection: sa.Connection) -> None:
    """The usual step between versions: columns the newer file format added, with defaults."""
    inspector = sa.inspect(connection)
    for table in library.sorted_tables:
        have = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                _add_column(connection, table, column)


def _add_column(connection: sa.Connection, table: sa.Table, column: sa.Column[object]) -> None:
    kind = column.type.compile(dialect=connection.dialect)
    # Rows already there take the column's default, as a migrated file's rows do.
    default = getattr(column.server_default, "arg", None)
    clause = " DEFAULT '" + str(default).replace("'", "''") + "'" if default is not None else ""
    connection.exec_driver_sql(
        f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}{clause}'
    )


# Steps that need more than new tables and columns, by the version they start from.
_STEPS: dict[int, Callable[[sa.Connection], None]] = {}
