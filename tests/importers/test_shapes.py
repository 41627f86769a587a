"""The shapes HR systems and chart tools export: id/parentId, camelCase, position exports, JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orgchart_app.cli.import_cmd import summary
from orgchart_app.importers import Field, ImportRefused, import_files, recognise
from tests.importers.files import write_csv
from tests.importers.test_establishment import manager_ref, post, unit_names

CAMEL_HEADER = [
    "id",
    "parentId",
    "jobTitle",
    "positionName",
    "fullName",
    "department",
    "fte",
    "salaryCostOfReports",
]


def camel_rows() -> list[list[str]]:
    return [
        CAMEL_HEADER,
        ["1", "", "Chief Executive", "CEO", "Ann Chief", "Office", "1", "250000"],
        ["2", "1", "Director of Care", "DoC", "Bob Care", "Care", "1", "120000"],
        ["3", "2", "Care Manager", "CM", "", "Care", "0.5", "0"],
        ["4", "1", "Director of Place", "DoP", "Cy Place", "Place", "1", "0"],
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("id", Field.POST_REF),
        ("parentId", Field.REPORTS_TO_REF),
        ("jobTitle", Field.TITLE),
        ("positionTitle", Field.TITLE),
        ("parentPosition", Field.REPORTS_TO_REF),
        ("Parent Position", Field.REPORTS_TO_REF),
        ("Org Unit", Field.TEAM),
        ("Organisational Unit", Field.TEAM),
        ("Incumbent", Field.HOLDER_NAME),
        ("Position Name", Field.TITLE),
        ("Supervisor Position", Field.REPORTS_TO_REF),
        ("costCentre", Field.COST_CODE),
        ("Assignment FTE", Field.FTE),
        ("salaryCostOfReports", Field.IGNORE),
        ("Number of Direct Reports", Field.IGNORE),
    ],
)
def test_hr_system_headers_are_recognised(header: str, field: Field) -> None:
    assert recognise(["Something else", header]).fields == (Field.IGNORE, field)


def test_an_id_parent_id_export_keeps_its_reporting_lines(tmp_path: Path) -> None:
    result = import_files([write_csv(tmp_path / "hr.csv", camel_rows())])
    proposal = result.proposal
    assert [manager_ref(proposal, r) for r in "1234"] == [None, "1", "2", "1"]
    assert post(proposal, "3").title == "Care Manager"
    assert unit_names(proposal, "3")[-1] == "Care"
    assert result.report.warnings == []


def test_a_position_export_keeps_its_reporting_lines(tmp_path: Path) -> None:
    rows = [
        [
            "Position Number",
            "Position Title",
            "Parent Position",
            "Org Unit",
            "Cost Centre",
            "Grade",
            "FTE",
            "Incumbent",
        ],
        ["50001", "Chief Nurse", "", "Nursing", "CC1", "VSM", "1", "Di Nurse"],
        ["50002", "Deputy Chief Nurse", "50001", "Nursing", "CC1", "Band 9", "1", ""],
        ["50003", "Matron", "50002", "Wards", "CC2", "Band 8a", "1", "Ed Matron"],
    ]
    proposal = import_files([write_csv(tmp_path / "esr.csv", rows)]).proposal
    assert [manager_ref(proposal, r) for r in ("50001", "50002", "50003")] == [
        None,
        "50001",
        "50002",
    ]
    assert unit_names(proposal, "50003")[-1] == "Wards"
    assert {h.name for h in proposal.postholders.values()} == {"Di Nurse", "Ed Matron"}


def test_a_column_named_like_a_manager_is_checked_on_its_values(tmp_path: Path) -> None:
    rows = [
        ["Post Number", "Job Title", "Reports"],  # a count of reports, not a manager
        ["P1", "Director", "2"],
        ["P2", "Head", "0"],
        ["P3", "Officer", "0"],
    ]
    result = import_files([write_csv(tmp_path / "counts.csv", rows)])
    assert result.mapping is not None and result.mapping.fields[2] is Field.IGNORE
    assert [manager_ref(result.proposal, r) for r in ("P1", "P2", "P3")] == [None, None, None]
    dropped, none_left = result.report.warnings
    assert '"Reports"' in dropped and "not taken for the manager" in dropped
    assert none_left.startswith("No column says who each post reports to")


def test_no_manager_column_is_a_warning_at_the_top(tmp_path: Path) -> None:
    rows = [["Post Number", "Job Title", "salaryCostOfReports"], ["P1", "Director", "90000"]]
    result = import_files([write_csv(tmp_path / "flat.csv", rows)])
    (warning,) = result.report.warnings
    assert warning.startswith("No column says who each post reports to")


def test_a_flat_json_array_is_imported(tmp_path: Path) -> None:
    items = [
        {"id": 1, "parentId": None, "title": "Chief Executive", "name": "Ann Chief"},
        {"id": 2, "parentId": 1, "title": "Director", "name": "Bob Dir", "fte": 0.8},
        {"id": 3, "parentId": 2, "title": "Officer", "name": "", "department": "Care"},
    ]
    path = tmp_path / "chart.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    result = import_files([path])
    proposal = result.proposal
    assert [manager_ref(proposal, r) for r in "123"] == [None, "1", "2"]
    assert post(proposal, "2").fte == 0.8
    assert result.report.reconciles and result.report.rows_read == 3


def test_a_nested_json_tree_is_imported(tmp_path: Path) -> None:
    tree = {
        "name": "Ann Chief",
        "title": "Chief Executive",
        "children": [
            {
                "name": "Bob Dir",
                "title": "Director of Care",
                "children": [
                    {"name": "Cy Officer", "title": "Care Officer"},
                    {"name": "Di Officer", "title": "Care Officer"},
                ],
            },
            {"name": "Ed Dir", "title": "Director of Place", "children": []},
        ],
    }
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(tree), encoding="utf-8")
    proposal = import_files([path]).proposal
    by_holder = {h.name: proposal.posts[h.post_id] for h in proposal.postholders.values()}
    assert len(proposal.posts) == 5
    chief = by_holder["Ann Chief"]
    assert chief.reports_to_id is None
    assert by_holder["Bob Dir"].reports_to_id == chief.id
    assert by_holder["Ed Dir"].reports_to_id == chief.id
    assert by_holder["Cy Officer"].reports_to_id == by_holder["Bob Dir"].id
    assert by_holder["Di Officer"].reports_to_id == by_holder["Bob Dir"].id


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[{"id": 1, "title": "Chief"', "is not valid JSON (line 1)"),
        ('{"version": 3}', "holds no list of posts"),
        ("[1, 2, 3]", "holds no list of posts"),
    ],
)
def test_json_that_is_not_a_chart_is_refused_in_one_sentence(
    tmp_path: Path, text: str, says: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused, match=re.escape(says)):
        import_files([path])


def test_a_csv_whose_header_starts_with_a_bracket_is_still_a_csv(tmp_path: Path) -> None:
    rows = [["[Post Number]", "Job Title", "Reports To"], ["P1", "Chief", ""], ["P2", "Head", "P1"]]
    proposal = import_files([write_csv(tmp_path / "bracket.csv", rows)]).proposal
    assert manager_ref(proposal, "P2") == "P1"


def test_the_command_prints_the_warning_above_the_counts(tmp_path: Path) -> None:
    rows = [["Post Number", "Job Title", "Reports"], ["P1", "Director", "2"], ["P2", "Head", "0"]]
    lines = summary(import_files([write_csv(tmp_path / "counts.csv", rows)]))
    counts = next(i for i, line in enumerate(lines) if "rows read" in line)
    warnings = [i for i, line in enumerate(lines) if line.startswith("Warning: ")]
    assert len(warnings) == 2 and max(warnings) < counts


def test_a_visio_wizard_list_with_unique_ids_reports_by_id(tmp_path: Path) -> None:
    rows = [
        ["Unique_ID", "Name", "Title", "Reports_To", "Department", "Telephone", "Master_Shape"],
        ["1", "Sam Smith", "Director", "", "Office", "0161 000", "Executive"],
        ["2", "Sam Smith", "Head of Care", "1", "Care", "", "Manager"],
        ["3", "Jo Lee", "Officer", "2", "Care", "", "Position"],
    ]
    result = import_files([write_csv(tmp_path / "visio.csv", rows)])
    assert [manager_ref(result.proposal, r) for r in "123"] == [None, "1", "2"]
    assert result.report.problems == [] and result.report.warnings == []
