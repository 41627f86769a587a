"""orgchart server init, push, pull and list against the suite's own PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.storage import SCHEMA_VERSION, open_proposal
from tests.storage.helpers import same_content
from tests.team.helpers import orgchart, refused
from tests.team.server import Server

pytestmark = pytest.mark.usefixtures("server")


@pytest.fixture
def library(capsys: pytest.CaptureFixture[str], url: str) -> str:
    code, out, err = orgchart(capsys, "server", "init", url)
    assert (code, err) == (0, ""), err
    assert out.startswith("Made an org chart library (version ")
    return url


@pytest.mark.parametrize("sample", ["bury_file", "manchester_file"])
def test_a_pushed_proposal_pulls_back_record_for_record(
    capsys: pytest.CaptureFixture[str],
    library: str,
    sample: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    source: Path = request.getfixturevalue(sample)
    assert orgchart(capsys, "push", source, library, "--proposal", "Restructure")[0] == 0
    code, out, err = orgchart(
        capsys, "pull", library, "--proposal", "Restructure", "-o", tmp_path / "back.sqlite"
    )
    assert (code, err) == (0, "")
    assert out.startswith('Pulled "Restructure" (revision 1) into ')
    original = open_proposal(source).proposal
    back = open_proposal(tmp_path / "back.sqlite").proposal
    assert same_content(original, back)
    assert back.postholders == original.postholders  # the owner pushed them, so sees them
    assert back.info.notes == original.info.notes


def test_list_names_each_proposal_with_its_revision_and_your_role(
    capsys: pytest.CaptureFixture[str], library: str, bury_file: Path, manchester_file: Path
) -> None:
    orgchart(capsys, "push", bury_file, library)
    orgchart(capsys, "push", manchester_file, library, "--proposal", "Adults")
    code, out, _ = orgchart(capsys, "list", library)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Proposal", "Revision", "Last", "changed", "Your", "role"]
    assert lines[1].startswith("Adults ") and lines[2].startswith("bury_community_commissioning ")
    assert all(" by postgres " in line and line.endswith(" owner") for line in lines[1:])


def test_a_missing_proposal_is_named_with_those_there_are(
    capsys: pytest.CaptureFixture[str], library: str, bury_file: Path, tmp_path: Path
) -> None:
    orgchart(capsys, "push", bury_file, library, "--proposal", "Bury")
    message = refused(capsys, "pull", library, "--proposal", "Bolton", "-o", tmp_path / "x.sqlite")
    assert (
        message
        == 'The library has no proposal called "Bolton" that you may see (proposals: "Bury").'
    )
    assert not (tmp_path / "x.sqlite").exists()


def test_pushing_a_name_taken_changes_nothing(
    capsys: pytest.CaptureFixture[str], library: str, bury_file: Path, manchester_file: Path
) -> None:
    orgchart(capsys, "push", bury_file, library, "--proposal", "Bury")
    message = refused(capsys, "push", manchester_file, library, "--proposal", "Bury")
    assert message.startswith('The library already has a proposal called "Bury"')
    assert orgchart(capsys, "list", library)[1].count("\n") == 2  # header and the one proposal


def test_bad_addresses_get_one_sentence(
    capsys: pytest.CaptureFixture[str], server: Server, database: str
) -> None:
    assert refused(capsys, "list", "mysql://me@host/db").startswith(
        '"mysql://me@host/db" is not a team server address'
    )
    assert "names no database" in refused(capsys, "list", "postgresql://me@127.0.0.1:1")
    unreachable = refused(capsys, "list", "postgresql://me:secret@127.0.0.1:1/db")
    assert unreachable.startswith("Could not reach the team server at me@127.0.0.1:1/db (")
    assert "secret" not in unreachable
    assert refused(capsys, "list", server.url("nowhere")).startswith(
        'There is no database "nowhere" on the team server at '
    )


@pytest.mark.usefixtures("colleagues")
def test_a_wrong_password_is_named_and_never_shown(
    capsys: pytest.CaptureFixture[str], server: Server, database: str
) -> None:
    message = refused(capsys, "list", server.tcp_url(database, "carol", "wrong-one"))
    assert message == (
        f"The team server at carol@127.0.0.1:{server.port}/{database} refused the password for "
        '"carol": check it, or ask IT.'
    )


def test_a_database_that_is_not_a_library_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], server: Server, database: str, url: str, bury_file: Path
) -> None:
    assert refused(capsys, "push", bury_file, url).endswith(
        "is not an org chart library: check the URL, or run `orgchart server init URL` to make it one."
    )
    server.sql("CREATE TABLE invoices (id integer)", database)
    assert "already holds other tables" in refused(capsys, "server", "init", url)
    tables = server.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database)
    assert tables == [("invoices",)]


def test_an_older_library_is_refused_until_init_upgrades_it(
    capsys: pytest.CaptureFixture[str], server: Server, database: str, library: str, bury_file: Path
) -> None:
    orgchart(capsys, "push", bury_file, library, "--proposal", "Bury")
    # A version 5 library had no recommendation items and no funding source on a post.
    server.sql("DROP TABLE recommendation_item", database)
    server.sql("ALTER TABLE post DROP COLUMN funding_source", database)
    server.sql("UPDATE library_info SET value = '5' WHERE key = 'schema_version'", database)
    expected = f"of an older version (5.2; this designer uses {SCHEMA_VERSION}.2)"
    assert expected in refused(capsys, "list", library)
    code, out, _ = orgchart(capsys, "server", "init", library)
    assert (code, out.split(" from ")[1]) == (0, f"version 5.2 to {SCHEMA_VERSION}.2.\n")
    assert orgchart(capsys, "list", library)[0] == 0
    assert server.sql("SELECT DISTINCT funding_source FROM post", database) == [("",)]


def test_a_newer_library_is_refused_and_init_does_not_touch_it(
    capsys: pytest.CaptureFixture[str], server: Server, database: str, library: str
) -> None:
    server.sql("UPDATE library_info SET value = '99' WHERE key = 'schema_version'", database)
    assert "was made by a newer designer (version 99" in refused(capsys, "list", library)
    assert "newer designer" in refused(capsys, "server", "init", library)
    assert server.sql("SELECT value FROM library_info WHERE key = 'schema_version'", database) == [
        ("99",)
    ]


def test_a_library_whose_history_has_no_edit_ids_is_upgraded_by_init(
    capsys: pytest.CaptureFixture[str], server: Server, database: str, library: str, bury_file: Path
) -> None:
    orgchart(capsys, "push", bury_file, library, "--proposal", "Bury")
    # As the first libraries of this file version were made (revision 1).
    server.sql("ALTER TABLE edit_history DROP COLUMN edit_id", database)
    server.sql("DELETE FROM library_info WHERE key = 'library_revision'", database)
    expected = f"of an older version ({SCHEMA_VERSION}.1; this designer uses {SCHEMA_VERSION}.2)"
    assert expected in refused(capsys, "list", library)
    code, out, _ = orgchart(capsys, "server", "init", library)
    assert (code, out.split(" from ")[1]) == (
        0,
        f"version {SCHEMA_VERSION}.1 to {SCHEMA_VERSION}.2.\n",
    )
    assert orgchart(capsys, "list", library)[0] == 0
    indexes = "SELECT indexname FROM pg_indexes WHERE tablename = 'edit_history' ORDER BY 1"
    assert ("edit_history_edit_id",) in server.sql(indexes, database)
