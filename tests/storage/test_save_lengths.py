"""A save never writes a file its own reader would refuse: a text longer than a proposal file
may hold stops the save with one sentence, and nothing is written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused
from orgchart_app.samples.bury import build_bury
from orgchart_app.storage import open_proposal, save_proposal
from orgchart_app.storage.limits import DEFAULT_LIMITS
from tests.cli.helpers import orgchart

LABEL_LIMIT = DEFAULT_LIMITS.max_label_chars


def test_an_overlong_title_stops_the_save_and_writes_nothing(tmp_path: Path) -> None:
    proposal = build_bury()
    post = next(iter(proposal.posts.values()))
    proposal.posts[post.id] = dataclasses.replace(post, title="A" * (LABEL_LIMIT + 1))
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, tmp_path / "out.sqlite")
    assert str(refused.value) == (
        f'Could not save: post {post.id}, field "title": 1,001 characters long, more than a '
        "proposal file holds (1,000); shorten it and save again."
    )
    assert list(tmp_path.iterdir()) == []


def test_text_at_the_limit_saves_and_opens_again(tmp_path: Path) -> None:
    proposal = build_bury()
    post = next(iter(proposal.posts.values()))
    proposal.posts[post.id] = dataclasses.replace(
        post, title="A" * LABEL_LIMIT, notes="n" * DEFAULT_LIMITS.max_text_chars
    )
    save_proposal(proposal, tmp_path / "out.sqlite")
    reopened = open_proposal(tmp_path / "out.sqlite").proposal
    assert reopened.posts[post.id].title == "A" * LABEL_LIMIT


def test_an_import_with_an_overlong_title_cuts_it_says_so_and_writes_a_file_that_opens(
    tmp_path: Path,
) -> None:
    # The import cuts what a file cannot hold and lists it (importers/long_text.py): the save
    # that follows never meets it.
    listing = tmp_path / "long.csv"
    listing.write_text(
        "Post number,Job title,Reports to,Grade,FTE\n"
        "1,Director,,Grade 1,1\n"
        f"2,{'A' * 1500},1,Grade 2,1\n",
        encoding="utf-8",
    )
    made = orgchart("import", listing, "-o", tmp_path / "long.sqlite")
    assert made.returncode == 0 and "Traceback" not in made.stderr
    assert "long.csv line 3: text cut to fit: post 2: its title is 1,500 characters" in made.stdout
    titles = {p.title for p in open_proposal(tmp_path / "long.sqlite").proposal.posts.values()}
    assert "A" * (LABEL_LIMIT - 1) + "…" in titles


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", LABEL_LIMIT), ("notes", DEFAULT_LIMITS.max_text_chars)],
)
def test_the_proposal_s_own_title_and_notes_are_held_to_their_limits(
    tmp_path: Path, field: str, limit: int
) -> None:
    # The proposal's title and notes are kept beside the records (proposal_meta): one character
    # over stops the save naming them; at the limit, the file saves and opens with them whole.
    proposal = build_bury()
    proposal.info = dataclasses.replace(proposal.info, **{field: "P" * (limit + 1)})
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, tmp_path / "over.sqlite")
    assert str(refused.value) == (
        f'Could not save: the proposal, field "{field}": {limit + 1:,} characters long, more '
        f"than a proposal file holds ({limit:,}); shorten it and save again."
    )
    assert list(tmp_path.iterdir()) == []
    proposal.info = dataclasses.replace(proposal.info, **{field: "P" * limit})
    save_proposal(proposal, tmp_path / "at.sqlite")
    reopened = open_proposal(tmp_path / "at.sqlite").proposal
    assert getattr(reopened.info, field) == "P" * limit


def test_the_refusal_names_the_record_over_the_limit_not_one_at_it(tmp_path: Path) -> None:
    # An earlier post's title exactly at the limit holds; the later one over it is named.
    proposal = build_bury()
    first, *_, last = proposal.posts.values()
    proposal.posts[first.id] = dataclasses.replace(first, title="A" * LABEL_LIMIT)
    proposal.posts[last.id] = dataclasses.replace(last, title="B" * (LABEL_LIMIT + 2))
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, tmp_path / "out.sqlite")
    assert str(refused.value).startswith(
        f'Could not save: post {last.id}, field "title": 1,002 characters long'
    )
