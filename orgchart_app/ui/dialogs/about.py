"""The versions Help > About shows: what a support desk asks for first."""

from __future__ import annotations

import sqlite3

import PySide6
from PySide6.QtCore import qVersion

from orgchart_app import __version__


def graphviz_version() -> str:
    import graphviz  # asked for by Help > About only: not loaded at start

    try:
        return ".".join(str(part) for part in graphviz.version())
    except (graphviz.ExecutableNotFound, RuntimeError, OSError):
        return "not installed (the compact layout needs nothing else)"


def versions() -> list[tuple[str, str]]:
    import platform  # noqa: PLC0415 - for Help > About only, not every start (1 ms)

    return [
        ("Org Chart Designer", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
        ("Graphviz", graphviz_version()),
    ]


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>" for name, version in versions()
    )
    return (
        "<h3>Org Chart Designer</h3>"
        "<p>Restructure proposals for UK councils and NHS bodies: draw the structure, compare "
        "as-is and to-be, and export the committee appendices.</p>"
        f"<table>{rows}</table>"
    )
