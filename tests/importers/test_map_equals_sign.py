"""--map names a column whose header holds an equals sign ("FTE=hours/37"): the field is what
follows the last "=", since no field's name has one. Establishment lists and organograms alike."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.importers import import_files
from orgchart_app.importers.columns import Field
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv
from tests.importers.test_organogram import junior, senior


def test_an_establishment_column_with_an_equals_sign_is_mapped(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Role", "FTE=hours/37", "Line manager (ref=)"],
        ["A1", "Director", "1", ""],
        ["A2", "Head", "0.5", "A1"],
    ]
    path = write_csv(tmp_path / "odd.csv", rows)
    result = import_files(
        [path], overrides=["FTE=hours/37=fte", "Line manager (ref=)=reports_to_ref"]
    )
    assert result.mapping is not None
    assert result.mapping.field_of("FTE=hours/37") is Field.FTE
    head = next(p for p in result.proposal.posts.values() if p.post_ref == "A2")
    director = next(p for p in result.proposal.posts.values() if p.post_ref == "A1")
    assert head.fte == 0.5 and head.reports_to_id == director.id


def test_an_organogram_column_with_an_equals_sign_is_mapped(tmp_path: Path) -> None:
    header = ["Title=Role" if h == "Job Title" else h for h in SENIOR_HEADER]
    seniors = [senior("CEO1", "N/D", "SCS3", "Chief Executive", "Office", "XX")]
    files = [
        write_csv(tmp_path / "senior.csv", [header, *seniors]),
        write_csv(
            tmp_path / "junior.csv", [JUNIOR_HEADER, junior("Office", "CEO1", "EO", "Clerk", "2")]
        ),
    ]
    proposal = import_files(files, overrides=["Title=Role=title"]).proposal
    assert "Chief Executive" in {p.title for p in proposal.posts.values()}
