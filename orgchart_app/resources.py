"""Where the files shipped beside the code (fonts, icons) are, from a checkout or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_folder() -> Path:
    """The resources/ folder: inside the PyInstaller bundle when frozen, else beside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(relative: str) -> Path:
    """The path of a shipped file, e.g. resource_path("fonts/DejaVuSans.ttf")."""
    path = resources_folder() / relative
    if not path.exists():
        raise FileNotFoundError(f"The program's file {relative} is missing from {path.parent}.")
    return path
