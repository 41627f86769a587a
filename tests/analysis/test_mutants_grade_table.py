"""The units x grades table (analysis/grade_table.py) on a small proposal: grades the file can
pay ordered by their top salary, the rest by the number in their name ("8a" after "8", "> G12"
above "G12"), posts without a grade last; each cell, row and column counted."""

from __future__ import annotations

from decimal import Decimal

from orgchart_app.analysis.grade_table import grade_table, grades_in_pay_order
from orgchart_app.analysis.stats import NO_GRADE, Count
from orgchart_app.domain import PostStatus, UnitKind
from tests.analysis.g1 import TWO_YEARS, g1_council


def test_grades_by_pay_then_by_the_number_in_their_name_then_none() -> None:
    b, council = g1_council("Grades", TWO_YEARS)
    scale = next(iter(b.proposal.pay_scales))
    b.grade(scale, "G0", "grade", points=(10, 10))  # tops out at £21,000 in 2021/22
    s = b.scenario("As is", pay_year="2021/22")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    names = ["Band 8a", "Band 8", "Band 8d", "Band 8b", "Band 9", ">Band 9", "Other", "G1", "G0"]
    for name in names:
        b.post(s, "Post", root, council, grade=name)
    # A grade known only from a post paid its own salary is ranked by its name.
    b.post(s, "Post", root, council, grade="Band 10", salary=Decimal(99_000))
    graded = {*names, "Band 10", NO_GRADE}
    assert grades_in_pay_order(b.proposal, s, graded) == [
        "G1",
        "G0",
        "Band 10",
        ">Band 9",
        "Band 9",
        "Band 8d",
        "Band 8b",
        "Band 8a",
        "Band 8",
        "Other",
        NO_GRADE,
    ]
    assert grades_in_pay_order(b.proposal, s, {"G1", "Band 9"}) == ["G1", "Band 9"]
    # In a year the scale has no figures for, G1 and G0 rank by their names too.
    late = b.scenario("Later", pay_year="2030/31")
    later_root = b.unit(late, "Root", UnitKind.ORGANISATION, council)
    names = ["G0", "G1", "G10", "Other"]
    for name in names:
        b.post(late, "Post", later_root, council, grade=name)
    # A grade without a number ranks below G0.
    assert grades_in_pay_order(b.proposal, late, set(names)) == ["G10", "G1", "G0", "Other"]


def test_letters_after_d_and_a_leading_space_rank_as_written() -> None:
    b, council = g1_council("Letters", TWO_YEARS)
    s = b.scenario("As is", pay_year="2030/31")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    names = ["Band 8", "Band 8a", "Band 8d", "Band 8e", ">Band 8", " >Band 7", "Band 7"]
    for name in names:
        b.post(s, "Post", root, council, grade=name)
    # "a" to "d" add a tenth each, any other letter nothing; ">" adds a half, spaces before it
    # or not.
    assert grades_in_pay_order(b.proposal, s, set(names)) == [
        ">Band 8",
        "Band 8d",
        "Band 8a",
        "Band 8e",
        "Band 8",
        " >Band 7",
        "Band 7",
    ]


def test_each_cell_row_and_column_is_counted() -> None:
    b, council = g1_council("Table", TWO_YEARS)
    s = b.scenario("As is", pay_year="2021/22")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    team = b.unit(s, "Team", UnitKind.TEAM, council, root)
    b.post(s, "Head", root, council, grade="G1")
    b.post(s, "Officer", team, council, grade="G1", quantity=3, fte=0.5)
    b.post(s, "Clerk", team, council, quantity=2, status=PostStatus.VACANT)
    other = b.scenario("Elsewhere")
    b.post(other, "Not counted", b.unit(other, "X", UnitKind.ORGANISATION, council), council)
    table = grade_table(b.proposal, s)
    assert table.units == ("Root", "Team")
    assert table.grades == ("G1", NO_GRADE)
    assert table.cells == {
        ("Root", "G1"): Count(1, 1.0, 0),
        ("Team", "G1"): Count(3, 1.5, 0),
        ("Team", NO_GRADE): Count(2, 2.0, 2),
    }
    assert table.by_unit == {"Root": Count(1, 1.0, 0), "Team": Count(5, 3.5, 2)}
    assert table.by_grade == {"G1": Count(4, 2.5, 0), NO_GRADE: Count(2, 2.0, 2)}
    assert table.total == Count(6, 4.5, 2)


def test_a_grade_paid_nothing_ranks_below_one_paid_a_pound() -> None:
    # Pay data as a file may hold it for honorary or token grades: a top of £0 and of £1.
    b, council = g1_council("Token pay", {"2021/22": {1: 0, 2: 1}})
    scale = next(iter(b.proposal.pay_scales))
    b.grade(scale, "G9", "grade", points=(1, 1))
    b.grade(scale, "G2", "grade", points=(2, 2))
    s = b.scenario("As is", pay_year="2021/22")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    for name in ("G9", "G2"):
        b.post(s, "Post", root, council, grade=name)
    # Paid a pound beats paid nothing, whatever the number in the names says.
    assert grades_in_pay_order(b.proposal, s, {"G9", "G2"}) == ["G2", "G9"]
