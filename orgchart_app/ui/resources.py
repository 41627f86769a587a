"""Files that ship with the application: the sample proposals, found frozen or in a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

from orgchart_app.samples import sample_data_folder

BURY_SAMPLE = "bury_community_commissioning.sqlite"


def sample_folders() -> list[Path]:
    """Where sample_data/ may be, most specific first."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks its data here
    if bundle:
        folders.append(Path(bundle) / "sample_data")
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent / "sample_data")
    folders.append(sample_data_folder())
    return folders


def find_sample(name: str) -> Path | None:
    """The bundled sample proposal called `name`, or None when this installation has none."""
    for folder in sample_folders():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None
