"""Files that ship with the application (sample proposals, icons), found frozen or in a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

BURY_SAMPLE = "bury_community_commissioning.sqlite"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The root of a source checkout (samples.sample_data_folder's parent), worked out here: importing
# orgchart_app.samples for it would load the three sample proposals' builders at every start.
_CHECKOUT = Path(__file__).resolve().parents[3]


def bundle_folders() -> list[Path]:
    """Where the application's data folders (sample_data/, resources/) may be, most specific first."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks its data here
    if bundle:
        folders.append(Path(bundle))
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent)
    folders.append(_CHECKOUT)
    return folders


def find_sample(name: str) -> Path | None:
    """The bundled sample proposal called `name`, or None when this installation has none."""
    for folder in bundle_folders():
        candidate = folder / "sample_data" / name
        if candidate.is_file():
            return candidate
    return None


def app_icon() -> QIcon:
    """The designer's icon in every size shipped (an empty icon where none is)."""
    icon = QIcon()
    for folder in bundle_folders():
        icons = folder / "resources" / "icons"
        for size in ICON_SIZES:
            png = icons / f"orgchart-designer-{size}.png"
            if png.is_file():
                icon.addFile(str(png))
        if not icon.isNull():
            break
    return icon
