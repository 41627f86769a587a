"""A text longer than a proposal file holds is cut at import and listed, so the import saves.

Before, an establishment list with a 1,519-character job title imported "fine" and then every
save refused ("shorten it and save again"), and `orgchart import` wrote nothing at all.
"""

from __future__ import annotations

from pathlib import Path

from orgchart_app.cli import main
from orgchart_app.importers import import_files
from orgchart_app.importers.report import ProblemKind
from orgchart_app.storage import open_proposal, save_proposal
from orgchart_app.storage.limits import text_limit
from tests.importers.files import establishment_rows, write_csv

LONG_TITLE = "Head of " + "very " * 300 + "long things"
LONG_NAME = "Pat " + "Q" * 1_200


def long_file(tmp_path: Path) -> Path:
    rows = establishment_rows()
    rows[2][1] = LONG_TITLE  # line 3 of the file
    rows[1][10] = LONG_NAME  # a postholder's name (personal data), line 2
    return write_csv(tmp_path / "long.csv", rows)


def test_an_overlong_title_is_cut_listed_and_the_import_saves_and_reopens(
    tmp_path: Path,
) -> None:
    result = import_files([long_file(tmp_path)])
    limit = text_limit("title")
    (post,) = [p for p in result.proposal.posts.values() if p.post_ref == "P110"]
    assert len(post.title) == limit
    assert post.title.startswith("Head of very very")
    assert post.title.endswith("…")
    cut = [p for p in result.report.problems if p.kind is ProblemKind.CUT_TEXT]
    assert sorted((p.source, p.line) for p in cut) == [("long.csv", 2), ("long.csv", 3)]
    (title_cut,) = [p for p in cut if p.line == 3]
    assert "post P110: its title is 1,519 characters long" in title_cut.message
    assert f"first {limit - 1:,} characters are kept" in title_cut.message

    saved = tmp_path / "long.sqlite"
    save_proposal(result.proposal, saved)
    reopened = open_proposal(saved).proposal
    assert reopened.posts[post.id].title == post.title


def test_a_cut_name_is_not_quoted_in_the_report(tmp_path: Path) -> None:
    result = import_files([long_file(tmp_path)])
    (holder,) = [h for h in result.proposal.postholders.values() if h.name.startswith("Pat ")]
    assert len(holder.name) == text_limit("name")
    report_text = "\n".join(str(p) for p in result.report.problems)
    assert "QQQQ" not in report_text
    assert "the postholder of post P100: its name is 1,204 characters long" in report_text


def test_orgchart_import_writes_the_file_and_says_what_was_cut(
    tmp_path: Path, capsys: object
) -> None:
    out = tmp_path / "out.sqlite"
    assert main(["import", str(long_file(tmp_path)), "-o", str(out)]) == 0
    assert open_proposal(out).proposal.posts
