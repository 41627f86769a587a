"""The row reader of establishment.py (the reading every plain row's column reading must match,
and the one for rows with something to report), each of its cells read into the post."""

from __future__ import annotations

from orgchart_app.importers.columns import recognise
from orgchart_app.importers.establishment import read_establishment
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport
from orgchart_app.importers.tables import Row, Table


def _row_by_row(
    headers: list[str], *rows: tuple[str, ...], match: ManagerMatch | None = None
) -> tuple[list[PostRow], ImportReport]:
    table = Table("list.csv", headers, [Row(n, r) for n, r in enumerate(rows, start=2)])
    report = ImportReport()
    posts = read_establishment(table, recognise(headers), report, match, row_by_row=True)
    return posts, report


def test_cells_after_an_empty_or_blank_one_are_read() -> None:
    headers = ["Post Number", "Grade", "Job Title", "Cost Code"]
    (post,), _ = _row_by_row(headers, ("P1", "  ", "Head of Service", "C100"))
    assert (post.ref, post.grade, post.title, post.cost_code) == (
        "P1",
        "",
        "Head of Service",
        "C100",
    )


def test_two_notes_columns_are_both_kept() -> None:
    headers = ["Post Number", "Job Title", "Notes", "Comments"]
    (post,), _ = _row_by_row(headers, ("P1", "Head", "Acting up", "Review in May"))
    assert post.notes == ["Acting up; Review in May"]


def test_the_manager_matching_asked_for_is_each_rows() -> None:
    headers = ["Post Number", "Job Title", "Reports To"]
    posts, _ = _row_by_row(
        headers, ("P1", "Director", ""), ("P2", "Head", "Director"), match=ManagerMatch.NAME
    )
    assert [(p.reports_to, p.manager_match) for p in posts] == [
        ("", ManagerMatch.AUTO),
        ("Director", ManagerMatch.NAME),
    ]


def test_a_dash_for_a_salary_is_no_salary_and_nothing_to_note() -> None:
    headers = ["Post Number", "Job Title", "Salary"]
    posts, report = _row_by_row(headers, ("P1", "Head", "-"), ("P2", "Officer", "tbc"))
    assert [(p.salary, p.notes) for p in posts] == [(None, []), (None, ["Salary: tbc"])]
    assert report.problems == []


def test_the_deployment_and_an_interim_dotted_line_are_read_as_written() -> None:
    headers = ["Post Number", "Job Title", "Deployed To", "Dotted Line Manager"]
    headers.append("Dotted Line Interim")
    (post,), _ = _row_by_row(headers, ("P1", "Head", "Bury LCO", "P9", "yes"))
    assert (post.deployed_to, post.dotted_line, post.dotted_interim) == ("Bury LCO", "P9", "yes")


def test_a_numeric_column_no_row_reaches_is_blank() -> None:
    # The FTE column is past the end of every row: each post keeps its 1 FTE.
    headers = ["Post Number", "Job Title", "FTE"]
    table = Table("list.csv", headers, [Row(2, ("P1", "Head")), Row(3, ("P2", "Officer"))])
    report = ImportReport()
    posts = read_establishment(table, recognise(headers), report)
    assert [(p.ref, p.fte) for p in posts] == [("P1", 1.0), ("P2", 1.0)]
    assert report.problems == []
