"""The units x grades cross table, its grades in pay order where the file can say."""

from __future__ import annotations

from orgchart_app.analysis.grade_table import grade_table
from orgchart_app.domain import Proposal
from orgchart_app.importers import ImportFormat, import_files
from tests.conftest import SAMPLE_DATA


def test_imported_grades_without_pay_data_order_by_their_number() -> None:
    proposal = import_files(
        [str(SAMPLE_DATA / "manchester_scf_establishment.csv")], ImportFormat("auto")
    ).proposal
    scenario = next(iter(proposal.scenarios))
    table = grade_table(proposal, scenario)
    assert table.grades == (">G12", "G12", "G11", "G10", "G9", "G8", "G7", "G5")
    assert (table.total.posts, table.total.fte) == (72, 66.2)
    assert table.cells["Learning Disability", "G10"].posts == 2
    assert sum(table.by_unit[u].posts for u in table.units) == 72


def test_grades_with_pay_data_order_by_their_top_salary(bury_assumed_grades: Proposal) -> None:
    table = grade_table(bury_assumed_grades, bury_assumed_grades.scenario_named("To be").id)
    assert table.grades[:3] == ("CO1", "VSM", "CO2")  # £125,000, £115,000, £95,000 at the top
    assert (
        table.grades.index("Grade 11")
        < table.grades.index("Grade 9")
        < table.grades.index("Grade 6")
    )
