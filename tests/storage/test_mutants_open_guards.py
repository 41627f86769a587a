"""open_proposal's last guards word for word, and a format 1 file read through the migration."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from orgchart_app.domain.errors import FileRefused
from orgchart_app.storage import open_proposal, reader
from tests.storage.helpers import crafted

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
        (OSError("Drive X gone..."), '"plan.sqlite" cannot be read: drive x gone.'),
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
