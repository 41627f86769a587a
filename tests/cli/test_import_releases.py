"""A file holding several releases (a date column): one release, or each as its own scenario."""

from __future__ import annotations

import json
from pathlib import Path

from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import write_csv

HEADER = ["Release Date", "Post Number", "Job Title", "Grade", "FTE", "Reports To", "Team"]
# Three releases, the latest first in date but not in text ("05/01/2024" sorts before "30/09").
RELEASES = [
    ["31/03/2023", "P1", "Chief Executive", "CE", "1", "", "Office"],
    ["31/03/2023", "P2", "Director of Place", "D1", "1", "P1", "Place"],
    ["31/03/2023", "P3", "Planning Officer", "G7", "1", "P2", "Place"],
    ["30/09/2023", "P1", "Chief Executive", "CE", "1", "", "Office"],
    ["30/09/2023", "P2", "Director of Place", "D1", "1", "P1", "Place"],
    ["30/09/2023", "P3", "Planning Officer", "G7", "1", "P2", "Place"],
    ["30/09/2023", "P4", "Housing Officer", "G6", "1", "P2", "Place"],
    ["05/01/2024", "P1", "Chief Executive", "CE", "1", "", "Office"],
    ["05/01/2024", "P2", "Director of Place", "D1", "0.8", "P1", "Place"],
    ["05/01/2024", "P4", "Housing Officer", "G6", "1", "P2", "Place"],
]


def _file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "releases.csv", [HEADER, *RELEASES])


def _refs(path: Path, scenario: str = "") -> dict[str, float]:
    proposal = open_proposal(path).proposal
    chosen = proposal.scenario_named(scenario) if scenario else None
    return {
        p.post_ref: p.fte
        for p in proposal.posts.values()
        if chosen is None or p.scenario_id == chosen.id
    }


def test_the_latest_release_by_date_is_imported_and_the_releases_listed(tmp_path: Path) -> None:
    out = tmp_path / "latest.sqlite"
    result = orgchart("import", _file(tmp_path), "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Releases in the file: 2023-03-31, 2023-09-30, 2024-01-05" in result.stdout
    assert "Imported release 2024-01-05" in result.stdout
    assert "3 rows read = 3 placed + 0 skipped" in result.stdout
    assert _refs(out) == {"P1": 1.0, "P2": 0.8, "P4": 1.0}


def test_one_release_chosen_by_its_date_however_written(tmp_path: Path) -> None:
    source = _file(tmp_path)
    for written in ("2023-03-31", "31/03/2023"):
        out = tmp_path / f"first-{written.replace('/', '')}.sqlite"
        result = orgchart("import", source, "-o", out, "--release", written)
        assert result.returncode == 0, result.stderr
        assert _refs(out) == {"P1": 1.0, "P2": 1.0, "P3": 1.0}


def test_a_release_not_in_the_file_is_one_sentence_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "none.sqlite"
    result = orgchart("import", _file(tmp_path), "-o", out, "--release", "2020-01-01")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "2020-01-01" in result.stderr and "2023-09-30" in result.stderr
    assert not out.exists()


def test_each_release_as_a_scenario_and_two_compared_with_diff(tmp_path: Path) -> None:
    out = tmp_path / "all.sqlite"
    result = orgchart("import", _file(tmp_path), "-o", out, "--releases", "scenarios")
    assert result.returncode == 0, result.stderr
    assert _refs(out, "2023-03-31") == {"P1": 1.0, "P2": 1.0, "P3": 1.0}
    assert _refs(out, "2023-09-30") == {"P1": 1.0, "P2": 1.0, "P3": 1.0, "P4": 1.0}
    assert _refs(out, "2024-01-05") == {"P1": 1.0, "P2": 0.8, "P4": 1.0}
    diff = orgchart("diff", out, "--from", "2023-03-31", "--to", "2024-01-05", "--format", "json")
    assert diff.returncode == 0, diff.stderr
    changes = {(c["kind"], c["post_ref"]) for c in json.loads(diff.stdout)["changes"]}
    assert changes == {("deleted", "P3"), ("established", "P4"), ("fte_changed", "P2")}
