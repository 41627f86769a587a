"""A row marked vacant that names a postholder: the post is taken as vacant, and the name left
out is listed with its line (before, it was dropped without a word)."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.domain.enums import PostStatus
from orgchart_app.importers import import_files
from orgchart_app.importers.report import ProblemKind
from tests.importers.files import establishment_rows, write_csv


def test_a_vacant_row_s_name_left_out_is_listed_without_quoting_it(tmp_path: Path) -> None:
    rows = establishment_rows()
    assert rows[3][0] == "P111" and rows[3][8] == "Yes"  # line 4: marked vacant
    rows[3][10] = "Pat Example"
    result = import_files([write_csv(tmp_path / "staff.csv", rows)])
    (post,) = [p for p in result.proposal.posts.values() if p.post_ref == "P111"]
    assert post.status is PostStatus.VACANT
    assert not [h for h in result.proposal.postholders.values() if h.post_id == post.id]
    (left_out,) = [p for p in result.report.problems if p.kind is ProblemKind.PERSON_LEFT_OUT]
    assert (left_out.source, left_out.line) == ("staff.csv", 4)
    assert "marked vacant" in left_out.message and "Pat" not in left_out.message
    assert left_out.message.endswith(
        'the post is marked vacant ("Yes") but names a postholder; the name is left out '
        "(correct the status if the person holds the post)"
    )


def test_a_vacancy_marker_in_the_name_column_is_no_problem(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[3][10] = "Vacant"
    result = import_files([write_csv(tmp_path / "staff.csv", rows)])
    assert not [p for p in result.report.problems if p.kind is ProblemKind.PERSON_LEFT_OUT]


def test_the_status_quoted_beside_a_left_out_name_is_cut_at_40_characters(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[3][8] = "Held" + " " * 50 + "Vacant"  # read as "held vacant", quoted as written
    rows[3][10] = "Pat Example"
    result = import_files([write_csv(tmp_path / "staff.csv", rows)])
    (left_out,) = [p for p in result.report.problems if p.kind is ProblemKind.PERSON_LEFT_OUT]
    assert f'("{"Held" + " " * 36}")' in left_out.message
