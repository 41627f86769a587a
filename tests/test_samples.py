"""The committed sample files are what the sample builders make (so they are never stale)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.samples import SAMPLES
from orgchart_app.storage import open_proposal
from tests.conftest import SAMPLE_DATA


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_committed_sample_matches_its_builder(name: str) -> None:
    committed = open_proposal(SAMPLE_DATA / name).proposal
    built = SAMPLES[name]()
    assert committed.snapshot()[1:] == built.snapshot()[1:], (
        f"sample_data/{name} is stale: run python -m orgchart_app.samples"
    )
    assert validate_proposal(committed) == []


def test_sample_files_are_small() -> None:
    for path in Path(SAMPLE_DATA).glob("*.sqlite"):
        assert path.stat().st_size < 1_000_000
