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


@pytest.fixture
def bury_assumed_grades() -> Proposal:
    """Bury with an assumed-grade costing (tests/assumed_grades.py): the sample grades no post."""
    from tests.assumed_grades import bury_with_assumed_grades

    return bury_with_assumed_grades()


@pytest.fixture(scope="session")
def bury_assumed_grades_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same, saved once; tests that change it copy it first."""
    from tests.assumed_grades import save_bury_with_assumed_grades

    return save_bury_with_assumed_grades(tmp_path_factory.mktemp("assumed_grades"))
