"""Every command that reads a proposal file reads `URL --proposal NAME` the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.samples import sample_data_folder
from tests.team.helpers import orgchart, refused

pytestmark = pytest.mark.usefixtures("server")

READERS = [
    ("stats", "--scenario", "To be", "--compare", "As is"),
    ("cost", "--scenario", "To be", "--against-budget"),
    ("diff", "--from", "As is", "--to", "To be", "--format", "json"),
    ("recommendations", "--from", "As is", "--to", "To be"),
    ("info",),
    ("people", "--from", "As is", "--to", "To be", "--format", "json"),
    ("recommendations", "--from", "As is", "--to", "To be", "list"),
]


@pytest.fixture
def bury_library(capsys: pytest.CaptureFixture[str], url: str, bury_file: Path) -> str:
    orgchart(capsys, "server", "init", url)
    assert orgchart(capsys, "push", bury_file, url, "--proposal", "Bury")[0] == 0
    return url


def test_commands_print_the_same_from_the_library_as_from_the_file(
    capsys: pytest.CaptureFixture[str], bury_library: str, bury_file: Path
) -> None:
    for command, *options in READERS:
        from_file = orgchart(capsys, command, bury_file, *options)
        from_server = orgchart(capsys, command, bury_library, "--proposal", "Bury", *options)
        assert from_file[0] == 0, (command, from_file)
        assert from_server == from_file, command


def test_validate_and_export_take_a_library_too(
    capsys: pytest.CaptureFixture[str], bury_library: str, bury_file: Path, tmp_path: Path
) -> None:
    assert orgchart(capsys, "validate", bury_library, "--proposal", "Bury") == (
        0,
        "Bury: sound.\n",
        "",
    )
    for source, folder in ((bury_file, "file"), (bury_library, "server")):
        (tmp_path / folder).mkdir()
        named = ("--proposal", "Bury") if source == bury_library else ()
        outputs = ("--csv", tmp_path / folder / "posts.csv", "--svg", tmp_path / folder / "c.svg")
        assert orgchart(capsys, "export", source, *named, "--scenario", "To be", *outputs)[0] == 0
    for name in ("posts.csv", "c.svg"):
        assert (tmp_path / "server" / name).read_bytes() == (tmp_path / "file" / name).read_bytes()


def test_a_url_needs_a_proposal_and_a_file_takes_none(
    capsys: pytest.CaptureFixture[str], bury_library: str, bury_file: Path
) -> None:
    assert refused(capsys, "stats", bury_library, "--scenario", "As is") == (
        "Name the proposal to use with --proposal NAME (`orgchart list URL` lists them)."
    )
    assert refused(
        capsys, "stats", bury_file, "--proposal", "Bury", "--scenario", "As is"
    ).startswith("--proposal names a proposal in a team library")
    assert refused(capsys, "cost", bury_library, "--proposal", "Nope", "--scenario", "As is") == (
        'The library has no proposal called "Nope" that you may see (proposals: "Bury").'
    )


def test_recommendations_are_worded_in_a_library_as_one_edit(
    capsys: pytest.CaptureFixture[str], bury_library: str, bury_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bury.sqlite"
    copy.write_bytes(bury_file.read_bytes())
    pair = ("--from", "As is", "--to", "To be")
    in_file = orgchart(capsys, "recommendations", copy, *pair, "move", "2", "--to", "1")
    named = ("--proposal", "Bury", *pair)
    in_library = orgchart(capsys, "recommendations", bury_library, *named, "move", "2", "--to", "1")
    assert in_file[0] == 0, in_file
    first, *listed = in_file[1].splitlines()
    assert first.endswith(f": saved {copy}.")
    name = first.removesuffix(f": saved {copy}.")
    assert in_library == (
        0,
        "\n".join([f'{name}: saved to "Bury" in the team library.', *listed]) + "\n",
        "",
    )
    code, out, _ = orgchart(capsys, "history", bury_library, "--proposal", "Bury")
    assert code == 0 and out.splitlines()[-1].endswith(name)


def test_a_change_sheet_applied_to_a_library_never_prints_the_password(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    wyvern = tmp_path / "wyvern.sqlite"
    shipped = sample_data_folder()
    assert orgchart(capsys, "import", shipped / "example_establishment.csv", "-o", wyvern)[0] == 0
    orgchart(capsys, "server", "init", url)
    assert orgchart(capsys, "push", wyvern, url, "--proposal", "Wyvern")[0] == 0
    # Local socket connections are trusted: the password is taken, and ignored.
    with_password = url.replace("postgres@", "postgres:secret-word@")
    changes = shipped / "example_changes.csv"
    named = ("--proposal", "Wyvern", "--scenario", "As is")
    code, out, err = orgchart(capsys, "apply", with_password, changes, *named)
    assert code == 0, err
    assert out.endswith('Sent to "Wyvern" in the team library: 9 rows applied as one change.\n')
    assert "secret-word" not in out + err
