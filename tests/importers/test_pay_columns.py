"""An establishment list's pay columns: spinal point, funding source, end date, cost centre."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from orgchart_app.analysis.pay import salary_for
from orgchart_app.domain import CostingPoint
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.edits import apply_edit
from orgchart_app.edits.pay_setup import add_shipped_scale, put_grades, scale_named
from orgchart_app.importers import ImportFormat, import_files
from orgchart_app.importers.pay_tables import read_grades
from tests.conftest import SAMPLE_DATA

ROWS = """Post number,Job title,Grade,SCP,Team,Cost centre,Funding source,End date,Salary
A1,Head,G12,43,Team A,KX100,,,
A2,Social Worker,G9,31,Team A,KX100,Seasonal grant,30/09/2020,
A3,Officer,G7,,Team A,KX100,,,30000
A4,Officer,G7,x,Team A,KX100,,soon,
"""


def test_pay_columns_are_read_and_costed_at_the_actual_point(tmp_path: Path) -> None:
    source = tmp_path / "pay.csv"
    source.write_text(ROWS, encoding="utf-8")
    result = import_files([str(source)], ImportFormat("auto"))
    posts = {p.post_ref: p for p in result.proposal.posts.values()}
    assert (
        posts["A2"].spinal_point,
        posts["A2"].funding_source,
        posts["A2"].end_date,
        posts["A2"].cost_code,
    ) == (31, "Seasonal grant", dt.date(2020, 9, 30), "KX100")
    assert posts["A1"].end_date is None and posts["A4"].spinal_point is None
    problems = " ".join(str(p) for p in result.report.problems)
    assert 'Spinal point "x" is not a number' in problems
    assert 'End date "soon" is not a date' in problems

    proposal = result.proposal
    apply_edit(proposal, add_shipped_scale(proposal, ShippedKind.NJC, ("2025/26",)))
    njc = scale_named(proposal, "NJC pay spine")
    assert njc is not None
    apply_edit(
        proposal, put_grades(proposal, njc, read_grades(SAMPLE_DATA / "manchester_grades.csv"))
    )
    actual = {
        ref: salary_for(proposal, p, CostingPoint.ACTUAL, "2025/26") for ref, p in posts.items()
    }
    assert actual["A2"].amount == proposal.pay_points[njc.id, "2025/26", 31].salary
    assert actual["A2"].basis == "G9, the post's point 31"
    assert actual["A3"].amount == Decimal(30000)
    assert actual["A4"].basis.startswith("top of G7")
