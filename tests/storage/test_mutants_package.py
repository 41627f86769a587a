"""storage/__init__.py: the writer loaded on demand (issue 24)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import orgchart_app.storage as storage


def test_the_writer_is_loaded_by_load_writer_not_by_the_package() -> None:
    script = (
        "import sys; from orgchart_app.storage import load_writer; "
        "before = 'orgchart_app.storage.writer' in sys.modules; load_writer(); "
        "print(before, 'orgchart_app.storage.writer' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert shown.stdout.split() == ["False", "True"]


def test_save_proposal_is_the_writers_and_nothing_else_is_made_up() -> None:
    from orgchart_app.storage.writer import save_proposal

    assert storage.save_proposal is save_proposal
    with pytest.raises(AttributeError) as missing:
        storage.save_proposals  # noqa: B018 - the attribute's absence is the test
    assert str(missing.value) == ("module 'orgchart_app.storage' has no attribute 'save_proposals'")
