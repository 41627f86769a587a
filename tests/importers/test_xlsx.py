"""Excel establishment lists: read from the first sheet, formulas never run."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.importers import ProblemKind, import_files, read_table
from tests.importers.files import establishment_rows, write_xlsx


def test_an_xlsx_list_imports_like_its_csv(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[3][3] = 0.6  # numbers typed as numbers
    rows[4][12] = 35745
    result = import_files([write_xlsx(tmp_path / "adults.xlsx", rows)])
    posts = {p.post_ref: p for p in result.proposal.posts.values()}
    assert posts["P111"].fte == 0.6
    assert posts["P112"].salary == 35745
    assert posts["P110"].reports_to_id == posts["P100"].id
    assert result.report.problems == []
    assert result.report.sources[0].encoding == "XLSX"


def test_a_formula_cell_without_a_saved_value_is_listed(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows[2][3] = "=37/37"  # openpyxl writes the formula without a saved value
    result = import_files([write_xlsx(tmp_path / "formula.xlsx", rows)])
    kinds = [(p.kind, p.line) for p in result.report.problems]
    assert (ProblemKind.FORMULA, 3) in kinds and (ProblemKind.UNREADABLE_NUMBER, 3) in kinds
    head = next(p for p in result.proposal.posts.values() if p.post_ref == "P110")
    assert head.fte == 1.0 and "=37/37" in head.notes


def test_sheet_rows_are_the_line_numbers(tmp_path: Path) -> None:
    rows = establishment_rows()
    rows.insert(2, [None] * 13)
    table = read_table(write_xlsx(tmp_path / "gap.xlsx", rows))
    assert [r.line for r in table.rows][:2] == [2, 4]
    assert table.blank_lines == 1
