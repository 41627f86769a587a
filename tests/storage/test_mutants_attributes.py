"""attributes.py directly: what may fail quietly does (issue 24)."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.storage.attributes import fsync_directory


def test_a_folder_that_cannot_be_synced_is_passed_over(tmp_path: Path) -> None:
    # Some file systems cannot fsync a folder (or open it at all); the save does not fail for it.
    fsync_directory(tmp_path / "gone")
    fsync_directory(tmp_path)
    assert list(tmp_path.iterdir()) == []
