"""Conflicts: a save over a file someone else changed since it was opened is refused unless forced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgchart_app.samples import build_bury
from orgchart_app.storage import (
    FileChanged,
    FileStamp,
    changed_since,
    open_proposal,
    save_proposal,
    save_unless_changed,
)
from orgchart_app.storage.identity import user_name
from tests.storage.helpers import crafted, digest


@pytest.fixture
def proposal_file(tmp_path: Path) -> Path:
    return crafted(tmp_path / "shared.sqlite")


def test_the_stamp_taken_at_open_matches_the_file(proposal_file: Path) -> None:
    opened = open_proposal(proposal_file)
    assert opened.stamp == FileStamp.of(proposal_file)
    assert opened.stamp.revision == opened.proposal.info.revision == 1
    assert changed_since(opened.stamp) is None


def test_someone_elses_save_is_named_and_blocks_ours(proposal_file: Path) -> None:
    mine = open_proposal(proposal_file)
    theirs = open_proposal(proposal_file)
    save_proposal(theirs.proposal, proposal_file)  # a colleague saves first
    their_version = digest(proposal_file)
    change = changed_since(mine.stamp)
    assert change is not None
    assert change.startswith(
        f'"shared.sqlite" has changed on disk since you opened it: {user_name()} saved it at '
    )
    with pytest.raises(FileChanged, match="has changed on disk"):
        save_unless_changed(mine.proposal, proposal_file, mine.stamp)
    assert digest(proposal_file) == their_version


def test_overwriting_on_purpose_works_and_gives_the_next_stamp(proposal_file: Path) -> None:
    mine = open_proposal(proposal_file)
    save_proposal(open_proposal(proposal_file).proposal, proposal_file)
    info, stamp = save_unless_changed(mine.proposal, proposal_file, mine.stamp, force=True)
    assert open_proposal(proposal_file).proposal.info == info
    mine.proposal.info = info
    # Our own save is not a conflict: the next save goes through without force.
    save_unless_changed(mine.proposal, proposal_file, stamp)


def test_a_change_by_another_program_is_noticed(proposal_file: Path) -> None:
    stamp = open_proposal(proposal_file).stamp
    status = proposal_file.stat()
    os.utime(proposal_file, ns=(status.st_atime_ns, status.st_mtime_ns + 5_000_000_000))
    assert changed_since(stamp) == (
        '"shared.sqlite" has changed on disk since you opened it '
        "(another program or person saved it)."
    )


def test_a_deleted_file_is_noticed(proposal_file: Path) -> None:
    stamp = open_proposal(proposal_file).stamp
    proposal_file.unlink()
    assert changed_since(stamp) == '"shared.sqlite" has been moved or deleted since you opened it.'


def test_save_as_to_a_new_file_needs_no_stamp(tmp_path: Path) -> None:
    info, stamp = save_unless_changed(build_bury(), tmp_path / "copy.sqlite", None)
    assert stamp.revision == info.revision and changed_since(stamp) is None
