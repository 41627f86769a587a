"""One progress callback of the importer: counts up to its total, and a False from it cancels."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from orgchart_app.cli.progress_bar import progress_bar
from orgchart_app.importers import ImportCancelled, import_files
from tests.importers.files import large_establishment, write_csv


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", large_establishment(1200))
    calls: list[tuple[int, int]] = []
    result = import_files([path], progress=lambda done, total: calls.append((done, total)) or True)
    assert result.report.posts_created == 1200
    assert len(calls) >= 4
    totals = {total for _, total in calls}
    assert len(totals) == 1
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[-1] == totals.pop()


def test_a_false_from_the_callback_cancels_the_import(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", large_establishment(1200))
    with pytest.raises(ImportCancelled, match="cancelled"):
        import_files([path], progress=lambda done, total: done < total // 2)


class _Terminal(io.StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        return self._terminal


def test_the_command_line_bar_shows_only_on_a_terminal_after_a_second() -> None:
    quick, slow, piped = _Terminal(True), _Terminal(True), _Terminal(False)
    for stream, pause in ((quick, 0.0), (slow, 1.2), (piped, 1.2)):
        with progress_bar(stream) as report:
            report(10, 100)
            time.sleep(pause)
            report(60, 100)
            report(100, 100)
    assert quick.getvalue() == "" and piped.getvalue() == ""
    assert "60%" in slow.getvalue() or "100%" in slow.getvalue()
