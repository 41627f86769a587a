"""Shared fixtures; Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402 - Qt's platform must be chosen before anything imports it

import pytest  # noqa: E402

from orgchart_app.domain import Proposal  # noqa: E402
from orgchart_app.samples import build_bury, build_manchester  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DATA = REPO / "sample_data"


@pytest.fixture
def bury() -> Proposal:
    return build_bury()


@pytest.fixture
def manchester() -> Proposal:
    return build_manchester()


@pytest.fixture
def bury_file() -> Path:
    return SAMPLE_DATA / "bury_community_commissioning.sqlite"


@pytest.fixture
def manchester_file() -> Path:
    return SAMPLE_DATA / "manchester_adults.sqlite"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Delete what the GUI tests left while Qt is still whole, before pytest's final garbage
    collection: that collection (pytest's unraisable-exception cleanup, before Qt's own exit
    handler) crashed the process after the summary in some runs, failing an otherwise green run."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone()
    QApplication.clipboard().clear()
    QCoreApplication.processEvents()
