"""`orgchart import` shows its progress on stderr once the import has taken longer than
ORGCHART_PROGRESS_AFTER seconds (1 by default, and only on a terminal unless the variable is set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import orgchart
from tests.importers.files import large_establishment, write_csv


def _import(tmp_path: Path, name: str) -> tuple[int, str, str]:
    source = tmp_path / "big.csv"
    if not source.exists():
        write_csv(source, large_establishment(3000))
    result = orgchart("import", source, "-o", tmp_path / name)
    return result.returncode, result.stdout, result.stderr


def test_the_progress_is_drawn_on_stderr_past_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGCHART_PROGRESS_AFTER", "0")
    code, out, err = _import(tmp_path, "shown.sqlite")
    assert code == 0, err
    assert "Importing" in err and "6000/6000" in err  # each row is read, then placed
    assert "Importing" not in out and (tmp_path / "shown.sqlite").exists()


def test_nothing_is_drawn_on_a_pipe_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ORGCHART_PROGRESS_AFTER", raising=False)
    code, _, err = _import(tmp_path, "quiet.sqlite")
    assert code == 0 and err == ""


def test_a_threshold_that_is_not_a_number_is_refused_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGCHART_PROGRESS_AFTER", "soon")
    code, _, err = _import(tmp_path, "refused.sqlite")
    assert code != 0 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and "ORGCHART_PROGRESS_AFTER" in err and '"soon"' in err
    assert not (tmp_path / "refused.sqlite").exists()
