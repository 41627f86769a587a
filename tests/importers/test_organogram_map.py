"""--map works on an organogram pair too: it renames a column's field, and a missing column is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.importers import ImportRefused, import_files
from tests.cli.helpers import orgchart
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior


def _pair(tmp_path: Path) -> list[Path]:
    # The senior file calls its job title "Role Name", which no organogram reader knows.
    header = ["Role Name" if h == "Job Title" else h for h in SENIOR_HEADER]
    seniors = [
        senior("CEO1", "N/D", "SCS3", "Chief Executive", "Office", "XX"),
        senior("DIR1", "N/D", "SCS2", "Director of Policy", "Policy", "CEO1"),
    ]
    return [
        write_csv(tmp_path / "senior.csv", [header, *seniors]),
        write_csv(
            tmp_path / "junior.csv", [JUNIOR_HEADER, junior("Policy", "DIR1", "EO", "Clerk", "2")]
        ),
    ]


def test_map_names_an_organogram_column(tmp_path: Path) -> None:
    files = _pair(tmp_path)
    plain = import_files(files).proposal
    assert {p.title for p in plain.posts.values()} >= {"Untitled post"}
    mapped = import_files(files, overrides=["Role Name=title"]).proposal
    assert {p.title for p in mapped.posts.values()} == {
        "Chief Executive",
        "Director of Policy",
        "Clerk",
    }


def test_map_ignore_drops_an_organogram_column(tmp_path: Path) -> None:
    proposal = import_files(_pair(tmp_path), overrides=["Grade=ignore"]).proposal
    clerk = next(p for p in proposal.posts.values() if p.title == "Clerk")
    assert clerk.grade == ""


def test_map_naming_a_missing_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match='no column "Nope"'):
        import_files(_pair(tmp_path), overrides=["Nope=title"])
    out = tmp_path / "out.sqlite"
    result = orgchart("import", *_pair(tmp_path), "-o", out, "--map", "Nope=title")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert 'no column "Nope"' in result.stderr and not out.exists()
