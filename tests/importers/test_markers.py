"""Organogram markers written carelessly ('Eliminated', Vacancy, N/D') and guesses listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.domain import PostStatus
from orgchart_app.importers import ProblemKind, import_files
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior

ELIMINATED = ["'Eliminated'", "Eliminated'", '"Eliminated"', "ELIMINATED "]
VACANT = ["'Vacant'", "Vacancy", "vacant'", '"VACANT"']
NOT_DISCLOSED = ["'N/D'", "N/D'", '"n/d"']


def _pair(tmp_path: Path, seniors: list[list[str]], juniors: list[list[str]]) -> list[Path]:
    return [
        write_csv(tmp_path / "senior.csv", [SENIOR_HEADER, *seniors]),
        write_csv(tmp_path / "junior.csv", [JUNIOR_HEADER, *juniors]),
    ]


@pytest.mark.parametrize("marker", ELIMINATED)
def test_eliminated_however_quoted_is_skipped_and_listed(tmp_path: Path, marker: str) -> None:
    paths = _pair(
        tmp_path,
        [
            senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "XX"),
            senior("DIR3", marker, "SCS2", "Director of Old", "Old", "CEO1"),
        ],
        [],
    )
    result = import_files(paths)
    refs = {p.post_ref for p in result.proposal.posts.values()}
    assert refs == {"CEO1"}
    assert marker not in {h.name for h in result.proposal.postholders.values()}
    (skip,) = [p for p in result.report.problems if p.kind is ProblemKind.SKIPPED]
    assert (skip.source, skip.line) == ("senior.csv", 3)
    assert "Eliminated" in skip.message


@pytest.mark.parametrize(
    ("marker", "status"),
    [*((m, PostStatus.VACANT) for m in VACANT), *((m, PostStatus.FILLED) for m in NOT_DISCLOSED)],
)
def test_vacant_or_not_disclosed_however_quoted_is_no_name(
    tmp_path: Path, marker: str, status: PostStatus
) -> None:
    paths = _pair(tmp_path, [senior("CEO1", marker, "SCS3", "Chief", "Office", "XX")], [])
    result = import_files(paths)
    (post,) = result.proposal.posts.values()
    assert post.status is status
    assert not result.proposal.postholders


@pytest.mark.parametrize("ref", ["Deleted", "'Deleted'", "'Eliminated'"])
def test_deleted_as_a_post_reference_is_skipped(tmp_path: Path, ref: str) -> None:
    paths = _pair(
        tmp_path,
        [
            senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "XX"),
            senior(ref, "Sam Gone", "SCS2", "Old Director", "Old", "CEO1"),
        ],
        [],
    )
    result = import_files(paths)
    assert {p.post_ref for p in result.proposal.posts.values()} == {"CEO1"}
    (skip,) = [p for p in result.report.problems if p.kind is ProblemKind.SKIPPED]
    assert skip.line == 3


@pytest.mark.parametrize("fte", ["", "N/D", "'N/D'"])
def test_blank_junior_fte_is_a_listed_guess(tmp_path: Path, fte: str) -> None:
    paths = _pair(
        tmp_path,
        [senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "XX")],
        [
            junior("Office", "CEO1", "EO", "Clerk", "2"),
            junior("Office", "CEO1", "AO", "Porter", fte),
        ],
    )
    result = import_files(paths)
    listed = [p for p in result.report.problems if (p.source, p.line) == ("junior.csv", 3)]
    assert listed and "1 FTE" in listed[0].message


def test_quoted_marker_in_junior_reporting_post_is_the_top(tmp_path: Path) -> None:
    paths = _pair(tmp_path, [senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "'XX'")], [])
    result = import_files(paths)
    (post,) = result.proposal.posts.values()
    assert post.reports_to_id is None
    assert not result.report.problems


def test_total_row_is_skipped_and_listed(tmp_path: Path) -> None:
    paths = _pair(
        tmp_path,
        [senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "XX")],
        [
            junior("Office", "CEO1", "EO", "Clerk", "2"),
            ["Total", "", "", "", "", "", "", "", "6", ""],
        ],
    )
    result = import_files(paths)
    titles = [p.title for p in result.proposal.posts.values()]
    assert not [t for t in titles if t.startswith("Untitled")]
    (skip,) = [p for p in result.report.problems if p.kind is ProblemKind.SKIPPED]
    assert (skip.source, skip.line) == ("junior.csv", 3)
    assert "total" in skip.message.casefold()


def test_junior_rows_under_an_eliminated_post_say_why(tmp_path: Path) -> None:
    paths = _pair(
        tmp_path,
        [
            senior("CEO1", "Pat Chief", "SCS3", "Chief", "Office", "XX"),
            senior("DIR3", "'Eliminated'", "SCS2", "Old Director", "Old", "CEO1"),
        ],
        [junior("Old", "DIR3", "EO", "Archivist", "1")],
    )
    result = import_files(paths)
    (missing,) = [p for p in result.report.problems if p.kind is ProblemKind.MISSING_MANAGER]
    assert 'marked "Eliminated" on line 3' in missing.message
    assert "not a post number" not in missing.message
