"""tables.py directly: what the library's tables hold on the server, whoever writes to them
(issue 24). Its table-building functions run as the module is imported, so its mutants were
checked by hand (docs/TESTING.md)."""

from __future__ import annotations

import psycopg
import pytest

from orgchart_app.domain.tables import Table
from orgchart_app.edits import ChangeFte
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from orgchart_app.storage.team.tables import RECORD_TABLES, key_columns, record_columns
from tests.team.helpers import as_user, post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"


def test_two_proposals_pushed_from_one_file_keep_records_and_history_apart(
    team: dict[str, TeamLibrary],
) -> None:
    # The same records (same ids) twice: each table is keyed by its proposal as well.
    alice = team["alice"]
    alice.push(alice.read("Bury").proposal, "Bury copy", "a test")
    shared = SharedProposal(alice, "Bury")
    post = post_titled(shared, TITLE)
    shared.apply(ChangeFte(post, 0.5))
    copy = alice.read("Bury copy")
    assert (alice.read("Bury").proposal.posts[post].fte, copy.proposal.posts[post].fte) == (
        0.5,
        1.0,
    )
    assert copy.revision == 1
    assert [e.revision for e in alice.history(copy.proposal_id)] == [1]
    assert [e.revision for e in alice.history(shared.proposal_id)] == [1, 2]


def test_the_server_refuses_a_record_the_file_could_not_hold(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    # Whoever writes with plain SQL: a title the file requires, a row's version, left empty.
    for column in ("title", "row_version"):
        with pytest.raises(psycopg.errors.NotNullViolation, match=f'"{column}"'):
            server.sql(f"UPDATE post SET {column} = NULL", database)
    assert server.sql("SELECT count(*) FROM post WHERE title IS NULL", database) == [(0,)]


def test_an_owner_removing_a_proposal_she_started_takes_its_members_with_it(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    with psycopg.connect(as_user(server, database, "alice"), autocommit=True) as alice:
        alice.execute("INSERT INTO proposal (name, title) VALUES ('Scratch', 'Ideas')")
        assert alice.execute("DELETE FROM proposal WHERE name = 'Scratch'").rowcount == 1
    members = (
        "SELECT count(*) FROM proposal_member WHERE proposal_id NOT IN (SELECT id FROM proposal)"
    )
    assert server.sql(members, database) == [(0,)]
    assert server.sql("SELECT name FROM proposal", database) == [("Bury",)]


def test_each_tables_columns_are_the_files_in_its_order_with_its_key() -> None:
    assert record_columns(Table.PAY_POINTS) == ["pay_scale_id", "pay_year", "point", "salary"]
    assert key_columns(Table.PAY_POINTS) == ["pay_scale_id", "pay_year", "point"]
    assert key_columns(Table.POSTS) == ["id"]
    server_columns = [c.name for c in RECORD_TABLES[Table.POSTS].columns]
    assert server_columns == ["proposal_id", *record_columns(Table.POSTS), "row_version"]
