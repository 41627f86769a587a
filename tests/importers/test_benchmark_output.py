"""benchmarks/importers.py, run small: each step's time, then the ratio line the issue names."""

from __future__ import annotations

import re

import pytest

from benchmarks.importers import main


def test_the_last_line_is_the_ratio_to_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    main(300)
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"import/floor at 300 rows: \d+\.\dx \(target <= 5x\)", lines[-1])
    steps = [line.split(":")[0].strip() for line in lines if line.startswith("  ")]
    assert steps == ["read", "build", "save"]
