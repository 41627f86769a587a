"""Finds the licence texts of everything the bundle ships, for the spec to copy into licenses/."""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = "orgchart-designer"
_LICENCE_WORDS = ("licen", "copying", "notice", "authors")


def runtime_distributions(project: str = PROJECT) -> list[metadata.Distribution]:
    """The installed distributions the project needs at run time (no extras), project excluded."""
    found: dict[str, metadata.Distribution] = {}
    pending = [project]
    while pending:
        distribution = metadata.distribution(pending.pop())
        name = canonicalize_name(distribution.metadata["Name"])
        if name in found:
            continue
        found[name] = distribution
        for text in distribution.requires or ():
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    del found[canonicalize_name(project)]
    return list(found.values())


def distribution_licences() -> list[tuple[str, str]]:
    """(source file, bundle folder) for each licence file a distribution's metadata carries."""
    found = []
    for distribution in runtime_distributions():
        folder = f"licenses/{distribution.metadata['Name']}-{distribution.version}"
        for file in distribution.files or ():
            if _is_licence(file.name) and ".dist-info" in str(file):
                found.append((str(file.locate()), folder))
    return found


def python_licence() -> list[tuple[str, str]]:
    """The PSF licence of the interpreter the bundle carries (its own libpython)."""
    folder = f"licenses/Python-{sys.version.split()[0]}"
    # Linux and macOS keep it beside the standard library; the Windows installer in the prefix.
    for path in (
        Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):
        if path.is_file():
            return [(str(path), folder)]
    raise FileNotFoundError("Python's LICENSE.txt was not found; the bundle must ship it.")


def _is_licence(file_name: str) -> bool:
    lowered = file_name.lower()
    return any(word in lowered for word in _LICENCE_WORDS)
