"""orgchart apply FILE CHANGES --scenario S and export --changes-template, run as a user runs them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from orgchart_app.samples import sample_data_folder
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart

SHIPPED = sample_data_folder()
HEADER = "Post reference,Change,Title,Unit,Reports to,Grade,FTE,Status,Employer,Deployed to\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wyvern") / "wyvern.sqlite"
    result = orgchart("import", SHIPPED / "example_establishment.csv", "-o", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def proposal_file(imported: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(imported, tmp_path / "wyvern.sqlite"))


def _refs(path: Path) -> set[str]:
    return {p.post_ref for p in open_proposal(path).proposal.posts.values()}


def _post(path: Path, ref: str) -> tuple[str, str, str, str, float, str]:
    proposal = open_proposal(path).proposal
    post = next(p for p in proposal.posts.values() if p.post_ref == ref)
    manager = proposal.posts[post.reports_to_id].post_ref if post.reports_to_id else ""
    unit = proposal.units[post.unit_id].name
    return post.title, unit, manager, post.grade, post.fte, post.status.value


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_dry_run_prints_the_diff_and_writes_nothing(proposal_file: Path, suffix: str) -> None:
    before = proposal_file.read_bytes()
    changes = SHIPPED / f"example_changes.{suffix}"
    result = orgchart("apply", proposal_file, changes, "--scenario", "As is", "--dry-run")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "line 2: NS-1101" in out and "unit: Homelessness Prevention -> Housing Advice" in out
    assert "reports to: NS-1100 -> NS-1200" in out
    assert "line 4: NS-2101" in out and "grade: G8 -> G9" in out
    assert "line 7: NS-4116" in out and "deleted" in out
    assert 'line 10: new post "Tenancy Sustainment Officer"' in out
    assert "Dry run: nothing written." in out
    assert proposal_file.read_bytes() == before


def test_apply_makes_every_change_of_the_sheet(proposal_file: Path) -> None:
    changes = SHIPPED / "example_changes.csv"
    result = orgchart("apply", proposal_file, changes, "--scenario", "As is")
    assert result.returncode == 0, result.stderr
    assert "9 rows applied as one change" in result.stdout
    assert _post(proposal_file, "NS-1101") == (
        "Senior Prevention Officer", "Housing Advice", "NS-1200", "G8", 1.0, "filled"
    )  # fmt: skip
    assert _post(proposal_file, "NS-2101")[3] == "G9"
    assert _post(proposal_file, "NS-3107")[4:] == (1.0, "filled")
    assert "NS-4116" not in _refs(proposal_file)
    assert _post(proposal_file, "NS-1300")[0] == "Temporary Accommodation Team Leader"
    proposal = open_proposal(proposal_file).proposal
    new = [p for p in proposal.posts.values() if p.title == "Tenancy Sustainment Officer"]
    assert len(new) == 1 and new[0].grade == "G6" and new[0].status.value == "vacant"
    assert len(proposal.posts) == 120
    assert orgchart("validate", proposal_file).returncode == 0


def test_rows_that_cannot_apply_are_each_listed_and_nothing_is_applied(
    proposal_file: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        HEADER
        + "NS-2101,,,,,G9,,,,\n"
        + "NS-9999,,,,,G9,,,,\n"
        + "NS-1101,,,Locality North,,,,,,\n"
        + "NS-2201,,,,,G9,,,,\n"
        + "NS-2201,,,,,G10,,,,\n"
        + 'NS-2202,,,,,=G5&"",,,,\n',
        encoding="utf-8",
    )
    before = proposal_file.read_bytes()
    result = orgchart("apply", proposal_file, sheet, "--scenario", "As is")
    assert result.returncode != 0
    err = result.stderr
    assert "Traceback" not in err
    assert "4 rows of bad.csv cannot apply; nothing was changed" in err
    assert 'line 3: there is no post "NS-9999" in "As is"' in err
    assert 'line 4: there is no unit called "Locality North"' in err
    assert "line 6: the grade of NS-2201 is changed on line 5 too" in err
    assert "line 7: the cell under Grade holds a formula" in err
    assert "line 2" not in err
    assert proposal_file.read_bytes() == before


def test_the_scenario_must_exist_and_the_sheet_must_name_posts(
    proposal_file: Path, tmp_path: Path
) -> None:
    missing = orgchart("apply", proposal_file, SHIPPED / "example_changes.csv", "--scenario", "X")
    assert missing.returncode == 2
    assert 'There is no scenario called "X" (scenarios: "As is")' in missing.stderr
    sheet = tmp_path / "odd.csv"
    sheet.write_text("Name,Grade\nA,G5\n", encoding="utf-8")
    odd = orgchart("apply", proposal_file, sheet, "--scenario", "As is")
    assert odd.returncode == 2 and "Traceback" not in odd.stderr
    assert 'has no "Post reference" column' in odd.stderr


def test_the_changes_template_lists_the_posts_and_applies_as_nothing(
    proposal_file: Path, tmp_path: Path
) -> None:
    template = tmp_path / "changes.csv"
    result = orgchart(
        "export", proposal_file, "--scenario", "As is", "--changes-template", template
    )
    assert result.returncode == 0, result.stderr
    with template.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert ",".join(rows[0]) + "\n" == HEADER
    assert len(rows) == 121
    assert ["NS-1101", "", "Senior Prevention Officer", "Homelessness Prevention", "NS-1100",
            "G8", "1", "Filled", "WBC", ""] in rows  # fmt: skip
    before = proposal_file.read_bytes()
    untouched = orgchart("apply", proposal_file, template, "--scenario", "As is")
    assert untouched.returncode == 0, untouched.stderr
    assert "No changes to make" in untouched.stdout
    assert proposal_file.read_bytes() == before
    rows[5][5] = "G11"
    with template.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    edited = orgchart("apply", proposal_file, template, "--scenario", "As is")
    assert edited.returncode == 0, edited.stderr
    assert "1 row applied as one change" in edited.stdout


@pytest.mark.parametrize("command", ["cost", "stats", "apply"])
def test_commands_share_one_default_scenario_and_say_it(imported: Path, command: str) -> None:
    assert 'default: "To be" when the file has one, else "As is"' in " ".join(
        orgchart(command, "--help").stdout.split()
    )
    extra = [SHIPPED / "example_changes.csv", "--dry-run"] if command == "apply" else []
    # Just imported, the file has only "As is": the default takes it instead of failing.
    result = orgchart(command, imported, *extra)
    assert result.returncode == 0, result.stderr
    missing = orgchart(command, imported, *extra, "--scenario", "To be")
    assert missing.returncode == 2
    assert 'There is no scenario called "To be" (scenarios: "As is")' in missing.stderr
