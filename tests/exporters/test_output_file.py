"""Exports are written beside their target and renamed: a failure leaves nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.exporters.output_file import write_beside, write_text


def test_a_failing_writer_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "pack.docx"
    target.write_text("the version the clerk already has")

    def half_then_fail(temporary: Path) -> None:
        temporary.write_text("half a docu")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileRefused, match="the disk is full"):
        write_beside(target, half_then_fail)
    assert target.read_text() == "the version the clerk already has"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.docx"]


def test_a_file_held_open_elsewhere_is_one_sentence(tmp_path: Path) -> None:
    # Windows refuses to replace a file Word has open with a PermissionError: the same error,
    # raised here by a writer, must read as a sentence that says what to do.
    target = tmp_path / "pack.docx"

    def refused(temporary: Path) -> None:
        raise PermissionError(13, "Permission denied")

    with pytest.raises(FileRefused) as failure:
        write_beside(target, refused)
    assert "another program has the file open" in str(failure.value)
    assert list(tmp_path.iterdir()) == []


def test_success_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("old")
    write_text(target, "<svg/>")
    assert target.read_text() == "<svg/>"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]
