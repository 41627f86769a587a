"""importers/grade_rank.py, duplicates.py and grade_ranges.py directly: which grade is higher,
which of several rows with one post number a report goes to, and organogram payscales kept."""

from __future__ import annotations

from decimal import Decimal

from orgchart_app.domain import Grade, GradeId, PayScale, PayScaleId, Proposal
from orgchart_app.domain.enums import UnitKind
from orgchart_app.importers.duplicates import choose, where
from orgchart_app.importers.grade_ranges import SCALE_NAME, add_grade_ranges
from orgchart_app.importers.grade_rank import nearest_above, rank
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind


def test_grades_rank_on_their_own_ladder() -> None:
    assert rank("AA") == ("civil service", 0)
    assert rank("Grade-7") == ("civil service", 5)
    assert rank(" SCS  Pay Band 2 ") == ("civil service", 9)
    assert rank("Permanent Secretary") == ("civil service", 11)
    assert rank("G8") == ("g", 80)
    assert rank("Band 8a") == ("band", 81)
    assert rank("band 8D") == ("band", 84)
    assert rank("12") == ("", 120)
    assert rank("SS 4b") == ("ss", 42)
    for text in ("Chief Executive", "G123", "Band 8e", ""):
        assert rank(text) is None, text


def test_the_nearest_grade_above_on_the_same_ladder_is_chosen() -> None:
    candidates = [(0, "Band 9"), (1, "Band 8b"), (2, "G9"), (3, "Band 8a"), (4, "Band 7")]
    assert nearest_above("Band 7", candidates) == 3
    assert nearest_above("band 8a", candidates) == 1
    assert nearest_above("Band 9", candidates) is None
    assert nearest_above("Director", candidates) is None
    assert nearest_above("HEO", [(5, "Grade 6"), (6, "SEO"), (7, "Grade 7"), (8, "EO")]) == 6
    assert nearest_above("Grade 7", [(5, "Grade 6"), (6, "G8")]) == 5


def _row(
    line: int, ref: str, grade: str = "", reports: str = "", unit: str = "", org: str = ""
) -> PostRow:
    path = ((unit, UnitKind.TEAM),) if unit else ()
    return PostRow(
        "staff.csv", line, ref, f"Post {line}", path, org, grade=grade, reports_to=reports
    )


def test_rows_that_report_back_to_the_reporter_are_not_its_manager() -> None:
    rows = [_row(2, "D1", reports="P9"), _row(3, "D1", reports=""), _row(4, "P9", reports="D1")]
    assert choose(rows, rows[2], [0, 1]) == (
        1,
        "the other rows with that number report to this post",
    )
    # The reporter itself is never its own manager.
    assert choose(rows, rows[0], [0, 1]) == (
        1,
        "the other rows with that number report to this post",
    )
    # When every row reports back, the evidence is looked for among them all.
    assert choose(rows, rows[2], [1, 2])[0] == 1
    loop = [_row(2, "D1", "Band 8", "P9"), _row(3, "D1", "Band 9", "P9"), _row(4, "P9", "Band 7")]
    assert choose(loop, loop[2], [0, 1]) == (
        0,
        "its grade (Band 8) is the nearest above this post's (Band 7)",
    )
    # One candidate is not told apart from others.
    assert choose(rows, rows[2], [1])[1] == (
        "it is the top post, and this post is in none of the others' units"
    )
    # A reporter with no number of its own is reported back to by nobody.
    anonymous = _row(5, "", reports="D1")
    back = [_row(2, "D1", reports=""), _row(3, "D1", reports=" ")]
    assert choose(back, anonymous, [0, 1])[0] == 0


def test_the_row_in_the_reporters_unit_is_chosen() -> None:
    rows = [
        _row(2, "D1", unit="Finance", org="Bury"),
        _row(3, "D1", unit="Care", org="Bury"),
        _row(4, "P5", unit="CARE", org="BURY"),
    ]
    assert choose(rows, rows[2], [0, 1]) == (1, "it is in the same unit")
    other_body = _row(5, "P6", unit="Care", org="NHS Bury")
    rows.append(other_body)
    assert choose(rows, other_body, [0, 1])[1] != "it is in the same unit"


def test_then_the_grade_nearest_above_the_reporters() -> None:
    rows = [
        _row(2, "D1", "Band 9", unit="Care"),
        _row(3, "D1", "Band 8a", unit="Care"),
        _row(4, "D1", "Band 8b", unit="Finance"),
        _row(5, "P5", "Band 7", unit="Care"),
        _row(6, "P6", "Band 7", unit="HR"),
    ]
    assert choose(rows, rows[3], [0, 1]) == (
        1,
        "its grade (Band 8a) is the nearest above this post's (Band 7) in the same unit",
    )
    assert choose(rows, rows[4], [0, 2]) == (
        2,
        "its grade (Band 8b) is the nearest above this post's (Band 7)",
    )
    assert choose(rows, rows[4], [2, 0]) == (
        2,
        "its grade (Band 8b) is the nearest above this post's (Band 7)",
    )


def test_then_a_row_in_the_unit_then_the_top_then_the_first() -> None:
    rows = [
        _row(2, "D1", "Chief", reports="X1", unit="Care"),
        _row(3, "D1", "Chief", reports="", unit="Care"),
        _row(4, "D1", "Chief", reports="X2", unit="Finance"),
        _row(5, "D1", "Chief", reports="", unit="Finance"),
        _row(6, "P5", "Officer", unit="Care"),
        _row(7, "P6", "Officer"),
    ]
    assert choose(rows, rows[4], [2, 0, 1]) == (0, "it is in the same unit")
    assert choose(rows, rows[5], [2, 3, 1]) == (
        3,
        "it is the top post, and this post is in none of the others' units",
    )
    assert choose(rows, rows[5], [2, 0]) == (
        2,
        "it comes first in the file; nothing else told the rows apart",
    )
    assert where(rows[4]) == "staff.csv line 6"


def _junior(line: int, grade: str, pay: tuple[int, int] | None) -> PostRow:
    pay_range = None if pay is None else (Decimal(pay[0]), Decimal(pay[1]))
    return PostRow("junior.csv", line, f"J{line}", "Officer", grade=grade, pay_range=pay_range)


def test_organogram_payscales_become_one_grade_each_after_those_there() -> None:
    proposal = Proposal()
    proposal.pay_scales[PayScaleId(4)] = PayScale(PayScaleId(4), "Existing")
    proposal.grades[GradeId(7)] = Grade(GradeId(7), PayScaleId(4), "X")
    report = ImportReport()
    rows = [
        _junior(2, "EO", None),
        _junior(3, "", (1, 2)),
        _junior(4, "EO", (25000, 30000)),
        _junior(5, "HEO", (31000, 36000)),
        _junior(6, "EO", (26000, 30000)),
        _junior(7, "AA", None),
        _junior(8, "HEO", (31000, 36000)),
    ]
    add_grade_ranges(proposal, rows, report)
    assert proposal.pay_scales[PayScaleId(5)] == PayScale(
        PayScaleId(5),
        SCALE_NAME,
        description="The junior posts' payscales in the imported organogram",
    )
    made = {k: v for k, v in proposal.grades.items() if k != 7}
    assert made == {
        8: Grade(
            GradeId(8), PayScaleId(5), "EO", min_salary=Decimal(25000), max_salary=Decimal(30000)
        ),
        9: Grade(
            GradeId(9), PayScaleId(5), "HEO", min_salary=Decimal(31000), max_salary=Decimal(36000)
        ),
        10: Grade(
            GradeId(10),
            PayScaleId(5),
            "AA",
            description="Named in the imported organogram, with no payscale",
        ),
    }
    assert [(p.source, p.line, p.kind, p.message) for p in report.problems] == [
        (
            "junior.csv",
            6,
            ProblemKind.DOUBTFUL_NUMBER,
            'grade "EO" is paid £26,000 - £30,000 here but £25,000 - £30,000 on an earlier row; '
            "the first is kept",
        )
    ]


def test_without_any_payscale_no_grades_are_made() -> None:
    proposal = Proposal()
    add_grade_ranges(proposal, [_junior(2, "EO", None)], ImportReport())
    assert (proposal.pay_scales, proposal.grades) == ({}, {})
    add_grade_ranges(proposal, [_junior(2, "EO", (1, 2))], ImportReport())
    assert list(proposal.pay_scales) == [1] and list(proposal.grades) == [1]
