"""Finds the licence texts of everything the bundle ships, for the spec to copy into licenses/."""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

# The distributions whose code ends up in the bundle (the runtime closure of our dependencies).
BUNDLED_DISTRIBUTIONS = (
    "PySide6-Essentials", "shiboken6", "sqlmodel", "SQLAlchemy", "pydantic", "pydantic-core",
    "annotated-types", "typing-extensions", "typing-inspection", "reportlab", "pillow",
    "charset-normalizer", "graphviz", "openpyxl", "et-xmlfile", "platformdirs",
)
_LICENCE_WORDS = ("licen", "copying", "notice", "authors")


def distribution_licences() -> list[tuple[str, str]]:
    """(source file, bundle folder) for each licence file a distribution's metadata carries."""
    found = []
    for name in BUNDLED_DISTRIBUTIONS:
        distribution = metadata.distribution(name)
        folder = f"licenses/{distribution.metadata['Name']}-{distribution.version}"
        for file in distribution.files or ():
            if _is_licence(file.name) and ".dist-info" in str(file):
                found.append((str(file.locate()), folder))
    return found


def python_licence() -> list[tuple[str, str]]:
    """The PSF licence of the interpreter the bundle carries (its own libpython)."""
    folder = f"licenses/Python-{sys.version.split()[0]}"
    # Linux and macOS keep it beside the standard library; the Windows installer in the prefix.
    for path in (Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
                 Path(sys.base_prefix) / "LICENSE.txt"):
        if path.is_file():
            return [(str(path), folder)]
    raise FileNotFoundError("Python's LICENSE.txt was not found; the bundle must ship it.")


def _is_licence(file_name: str) -> bool:
    lowered = file_name.lower()
    return any(word in lowered for word in _LICENCE_WORDS)
