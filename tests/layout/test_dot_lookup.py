"""Finding Graphviz's dot when a program started from the Finder or Start menu has it off PATH."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.layout import LayoutOptions, graphviz_engine, layout_scenario
from orgchart_app.layout.graphviz_engine import find_dot

HOMEBREW_ARM, HOMEBREW_INTEL = "/opt/homebrew/bin/dot", "/usr/local/bin/dot"
WINDOWS = r"C:\Program Files\Graphviz\bin\dot.exe"


def installed(monkeypatch: pytest.MonkeyPatch, on_path: str | None, *files: str) -> None:
    """The machine as the lookup sees it: what PATH finds, and which files exist."""
    monkeypatch.setattr(
        shutil, "which", lambda name, *args, **kwargs: on_path if name == "dot" else None
    )
    monkeypatch.setattr(Path, "exists", lambda self: str(self) in files)


def test_dot_on_the_path_is_used_first(monkeypatch: pytest.MonkeyPatch) -> None:
    installed(monkeypatch, "/home/me/bin/dot", HOMEBREW_ARM)
    assert find_dot("darwin") == "/home/me/bin/dot"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ((HOMEBREW_ARM, HOMEBREW_INTEL), HOMEBREW_ARM),
        ((HOMEBREW_INTEL,), HOMEBREW_INTEL),
        ((), None),
    ],
)
def test_on_macos_homebrews_folders_are_tried(
    monkeypatch: pytest.MonkeyPatch, files: tuple[str, ...], expected: str | None
) -> None:
    installed(monkeypatch, None, *files)
    assert find_dot("darwin") == expected


def test_on_windows_the_graphviz_installers_folder_is_tried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    installed(monkeypatch, None, WINDOWS, HOMEBREW_ARM)
    assert find_dot("win32") == WINDOWS


def test_elsewhere_only_the_path_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    installed(monkeypatch, None, HOMEBREW_ARM, WINDOWS)
    assert find_dot("linux") is None


def test_dot_found_off_the_path_lays_the_chart_out(
    bury: Proposal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real dot, reachable only through the fallback list, as from the macOS Finder.
    real_dot = shutil.which("dot")
    assert real_dot is not None, "Graphviz is a test dependency (scripts/bootstrap.sh)"
    monkeypatch.setitem(graphviz_engine.DOT_FALLBACKS, sys.platform, (real_dot,))
    monkeypatch.setenv("PATH", str(tmp_path))
    layout = layout_scenario(
        bury, bury.scenario_named("To be").id, LayoutOptions(engine="graphviz")
    )
    assert layout.engine == "graphviz" and not layout.notices
