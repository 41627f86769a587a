"""A senior and a junior file are one organogram only when they are of the same body."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.importers import ImportRefused, import_files
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior


def _senior(tmp_path: Path) -> Path:
    rows = [senior("CEO1", "Pat Chief", "SCS3", "Chief Executive", "Office", "XX")]
    return write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *rows])


def test_a_junior_file_of_another_organisation_is_refused(tmp_path: Path) -> None:
    other = junior("Office", "CEO1", "HEO", "Officer", "2")
    other[0:2] = ["Cabinet Office", "Government Digital Service"]
    junior_file = write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, other])
    with pytest.raises(ImportRefused) as refused:
        import_files([_senior(tmp_path), junior_file])
    message = str(refused.value)
    assert "Government Digital Service" in message and "Example Agency" in message
    assert len(message.splitlines()) == 1


def test_a_junior_file_of_the_same_organisation_is_one_organogram(tmp_path: Path) -> None:
    rows = [junior("Office", "CEO1", "HEO", "Officer", "2")]
    junior_file = write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, *rows])
    result = import_files([_senior(tmp_path), junior_file])
    assert sorted(p.post_ref for p in result.proposal.posts.values()) == ["CEO1", "CEO1-J1"]
