"""open_proposal's last guards word for word, and a format 1 file read through the migration."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import open_proposal, reader
from orgchart_app.storage.limits import Limits
from tests.storage.helpers import crafted, run_sql

V1_FILE = Path(__file__).with_name("fixtures") / "proposal_v1.sqlite"


def _refusal(path: Path) -> str:
    with pytest.raises(FileRefused) as refused:
        open_proposal(path)
    return str(refused.value)


def test_text_that_is_not_utf8_is_damage(tmp_path: Path) -> None:
    path = crafted(tmp_path / "plan.sqlite", "UPDATE post SET title = CAST(x'c328ff' AS TEXT)")
    assert _refusal(path) == (
        '"plan.sqlite" is damaged: some of its text is not readable (not UTF-8). '
        "Use a backup or ask the sender again."
    )


def test_a_format_1_file_opens_through_the_migration() -> None:
    opened = open_proposal(V1_FILE)
    assert opened.schema_version == 1
    assert opened.migrated
    assert opened.proposal.posts
    assert opened.stamp.size == V1_FILE.stat().st_size


def test_a_damaged_format_1_file_is_refused_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V1_FILE, path)
    run_sql(path, "UPDATE post SET fte = 'lots' WHERE id = 1")
    assert _refusal(path) == (
        '"old.sqlite" is damaged: post 1, field "fte": the text \'lots\' where a number '
        "belongs. Use a backup or ask the sender again."
    )


def test_unchecked_the_file_opens_the_same_without_looking_for_problems(tmp_path: Path) -> None:
    # A post over full time is a problem that does not stop the file opening.
    path = crafted(tmp_path / "plan.sqlite", "UPDATE post SET fte = 1.5 WHERE id = 1")
    checked = open_proposal(path)
    unchecked = open_proposal(path, checked=False)
    assert checked.problems
    assert unchecked.problems == ()
    assert unchecked.proposal.posts == checked.proposal.posts
    assert (unchecked.schema_version, unchecked.stamp) == (checked.schema_version, checked.stamp)


def test_a_file_exactly_at_the_full_check_bound_still_has_its_indexes_checked(
    tmp_path: Path,
) -> None:
    # quick_check does not compare an index with its table; integrity_check does.
    path = crafted(
        tmp_path / "index.sqlite",
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_post_scenario_id ON post (unit_id)' "
        "WHERE name = 'ix_post_scenario_id'",
    )
    with pytest.raises(FileRefused, match="ix_post_scenario_id"):
        open_proposal(path, limits=Limits(max_full_check_bytes=path.stat().st_size))


# The last guards catch what no file we can make here raises (the bytes are refused earlier; as
# root every file is readable): the fault is put where the first read happens, and the sentence
# the user sees is checked.
@pytest.mark.parametrize(
    ("fault", "sentence"),
    [
        (
            OSError(errno.EIO, "Input/output error"),
            '"plan.sqlite" cannot be read: input/output error.',
        ),
        (OSError("Cannot reach drive X."), '"plan.sqlite" cannot be read: cannot reach drive x.'),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            '"plan.sqlite" is damaged: some of its text is not readable (not UTF-8). '
            "Use a backup or ask the sender again.",
        ),
        (MemoryError(), '"plan.sqlite" is too large or too deeply nested to open.'),
        (RecursionError(), '"plan.sqlite" is too large or too deeply nested to open.'),
        (
            LookupError("odd"),
            '"plan.sqlite" could not be read (unexpected LookupError: odd). '
            "Use a backup or ask the sender again.",
        ),
    ],
)
def test_the_last_guards_name_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: BaseException, sentence: str
) -> None:
    path = crafted(tmp_path / "plan.sqlite")

    def failing_read(_: Path) -> None:
        raise fault

    monkeypatch.setattr(reader, "read_header", failing_read)
    assert _refusal(path) == sentence
