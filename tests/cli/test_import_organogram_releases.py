"""Organograms of several releases: a date column in the pair, or several pairs of dated files."""

from __future__ import annotations

import json
from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior

# Each release: its senior rows and junior rows. The director of policy leaves after March
# (eliminated), a director of delivery is added in September, and the officers grow.
MARCH = (
    [
        senior("CEO1", "Pat Chief", "SCS3", "Chief Executive", "Office", "XX"),
        senior("DIR1", "Sam Policy", "SCS2", "Director of Policy", "Policy", "CEO1"),
    ],
    [junior("Policy", "DIR1", "HEO", "Policy Officer", "3")],
)
SEPTEMBER = (
    [
        senior("CEO1", "Pat Chief", "SCS3", "Chief Executive", "Office", "XX"),
        senior("DIR2", "Vacant", "SCS2", "Director of Delivery", "Delivery", "CEO1"),
    ],
    [junior("Delivery", "DIR2", "HEO", "Delivery Officer", "5")],
)
# The same dates written two ways, as compilations do; the later one first in the file.
DATES = {"MARCH": ("31/03/2023", "2023-03-31"), "SEPTEMBER": ("30/09/2023", "2023-09-30")}


def _dated_pair(tmp_path: Path) -> tuple[Path, Path]:
    """One senior and one junior file, each with a "Snapshot Date" column of two releases."""
    seniors: list[list[str]] = [[*SENIOR_HEADER, "Snapshot Date"]]
    juniors: list[list[str]] = [[*JUNIOR_HEADER, "Snapshot Date"]]
    for (senior_rows, junior_rows), (written, _) in (
        (SEPTEMBER, DATES["SEPTEMBER"]),
        (MARCH, DATES["MARCH"]),
    ):
        seniors += [[*row, written] for row in senior_rows]
        juniors += [[*row, written] for row in junior_rows]
    return (
        write_csv(tmp_path / "senior-compiled.csv", seniors),
        write_csv(tmp_path / "junior-compiled.csv", juniors),
    )


def _dated_files(tmp_path: Path) -> list[Path]:
    """Two data.gov.uk pairs, the release date in each file's name."""
    paths = []
    for (senior_rows, junior_rows), (_, iso) in (
        (MARCH, DATES["MARCH"]),
        (SEPTEMBER, DATES["SEPTEMBER"]),
    ):
        paths.append(write_csv(tmp_path / f"{iso}-senior.csv", [SENIOR_HEADER, *senior_rows]))
        paths.append(write_csv(tmp_path / f"{iso}-junior.csv", [JUNIOR_HEADER, *junior_rows]))
    return paths


def _posts(proposal: Proposal, scenario: str = "As is") -> dict[str, tuple[str, float]]:
    chosen = proposal.scenario_named(scenario)
    assert chosen is not None
    return {p.post_ref: (p.title, p.total_fte) for p in proposal.posts_in(chosen.id)}


LATEST = {
    "CEO1": ("Chief Executive", 1.0),
    "DIR2": ("Director of Delivery", 1.0),
    "DIR2-J1": ("Delivery Officer", 5.0),
}
FIRST = {
    "CEO1": ("Chief Executive", 1.0),
    "DIR1": ("Director of Policy", 1.0),
    "DIR1-J1": ("Policy Officer", 3.0),
}


def test_a_dated_pair_imports_its_latest_release_and_lists_them(tmp_path: Path) -> None:
    out = tmp_path / "latest.sqlite"
    result = orgchart("import", *_dated_pair(tmp_path), "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Releases in the file: 2023-03-31, 2023-09-30" in result.stdout
    assert "Imported release 2023-09-30" in result.stdout
    assert _posts(open_proposal(out).proposal) == LATEST


def test_a_dated_pair_imports_the_release_asked_for_however_written(tmp_path: Path) -> None:
    files = _dated_pair(tmp_path)
    for written in DATES["MARCH"]:
        out = tmp_path / f"march-{written.replace('/', '')}.sqlite"
        result = orgchart("import", *files, "-o", out, "--release", written)
        assert result.returncode == 0, result.stderr
        assert _posts(open_proposal(out).proposal) == FIRST


def test_each_release_of_a_dated_pair_as_a_scenario_compared_with_diff(tmp_path: Path) -> None:
    out = tmp_path / "all.sqlite"
    result = orgchart("import", *_dated_pair(tmp_path), "-o", out, "--releases", "scenarios")
    assert result.returncode == 0, result.stderr
    proposal = open_proposal(out).proposal
    assert _posts(proposal, "2023-03-31") == FIRST
    assert _posts(proposal, "2023-09-30") == LATEST
    diff = orgchart("diff", out, "--from", "2023-03-31", "--to", "2023-09-30", "--format", "json")
    assert diff.returncode == 0, diff.stderr
    changes = {(c["kind"], c["post_ref"]) for c in json.loads(diff.stdout)["changes"]}
    assert ("deleted", "DIR1") in changes and ("established", "DIR2") in changes


def test_several_dated_pairs_import_the_latest_or_one_scenario_each(tmp_path: Path) -> None:
    files = _dated_files(tmp_path)
    latest = tmp_path / "latest.sqlite"
    result = orgchart("import", *files, "-o", latest)
    assert result.returncode == 0, result.stderr
    assert "Releases in the file: 2023-03-31, 2023-09-30" in result.stdout
    assert _posts(open_proposal(latest).proposal) == LATEST
    first = tmp_path / "first.sqlite"
    result = orgchart("import", *files, "-o", first, "--release", "31/03/2023")
    assert result.returncode == 0, result.stderr
    assert _posts(open_proposal(first).proposal) == FIRST
    every = tmp_path / "every.sqlite"
    result = orgchart("import", *files, "-o", every, "--releases", "scenarios")
    assert result.returncode == 0, result.stderr
    proposal = open_proposal(every).proposal
    assert _posts(proposal, "2023-03-31") == FIRST
    assert _posts(proposal, "2023-09-30") == LATEST


def test_pairs_without_a_date_or_release_are_one_sentence_and_no_file(tmp_path: Path) -> None:
    march, september = MARCH[0], SEPTEMBER[0]
    undated = [
        write_csv(tmp_path / "senior-a.csv", [SENIOR_HEADER, *march]),
        write_csv(tmp_path / "senior-b.csv", [SENIOR_HEADER, *september]),
    ]
    pair = [write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *march])]
    for inputs, extra, said in (
        (undated, (), "senior-a.csv"),
        (pair, ("--release", "2023-03-31"), "no release or date column"),
        (_dated_pair(tmp_path), ("--release", "2020-01-01"), "2023-09-30"),
    ):
        out = tmp_path / "refused.sqlite"
        result = orgchart("import", *inputs, "-o", out, *extra)
        assert result.returncode != 0, result.stdout
        assert "Traceback" not in result.stderr
        assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert not out.exists()
