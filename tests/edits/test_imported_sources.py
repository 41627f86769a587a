"""A budget imported from a spreadsheet is stated by that spreadsheet, line by line, as an
establishment import states its posts: "Where from" then names the file and the line, and the
papers never print an imported figure as the user's own or as unsourced."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import BudgetLineId, GradeId, PayScaleId, ProvenanceId
from orgchart_app.domain.model import BudgetLine, Grade
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Batch, PutProvenance, apply_edit
from orgchart_app.edits.file_sources import stated_by_file
from orgchart_app.edits.pay_edits import is_costing_edit
from orgchart_app.edits.pay_setup import import_grades, replace_budget


def _line(description: str, other: int) -> BudgetLine:
    return BudgetLine(BudgetLineId(0), "SEG9999", description, other=Decimal(other))


def _source(proposal: Proposal, line: BudgetLine) -> str:
    return describe(proposal, ProvenanceIndex(proposal).sources(Table.BUDGET_LINES, line.id).record)


def test_each_imported_budget_line_is_stated_by_its_file_at_its_line(bury: Proposal) -> None:
    before = bury.snapshot()
    old_ids = set(bury.budget_lines)
    lines = [(2, _line("Staffing", 250_000)), (5, _line("Grant", 40_000))]
    applied = apply_edit(bury, replace_budget(bury, lines, True, "budget 2026.xlsx"))
    by_description = {line.description: line for line in bury.budget_lines.values()}
    assert set(by_description) == {"Staffing", "Grant"}
    assert not old_ids & set(bury.budget_lines)  # new ids: the old lines' sources stay theirs
    assert _source(bury, by_description["Staffing"]) == "stated: budget 2026.xlsx, line 2"
    assert _source(bury, by_description["Grant"]) == "stated: budget 2026.xlsx, line 5"
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_the_same_file_imported_again_is_one_document(bury: Proposal) -> None:
    apply_edit(bury, replace_budget(bury, [(2, _line("Staffing", 1))], True, "budget.csv"))
    documents = dict(bury.documents)
    apply_edit(bury, replace_budget(bury, [(3, _line("Staffing", 2))], True, "budget.csv"))
    assert bury.documents == documents
    (line,) = bury.budget_lines.values()
    assert _source(bury, line) == "stated: budget.csv, line 3"


def _grade_source(proposal: Proposal, grade_id: int) -> str:
    sources = ProvenanceIndex(proposal).sources(Table.GRADES, grade_id)
    fields = {name: describe(proposal, row) for name, row in sources.fields.items()}
    return "; ".join(
        [describe(proposal, sources.record), *(f"{k}: {v}" for k, v in fields.items())]
    )


def test_imported_grades_are_stated_by_their_file_what_was_assumed_gives_way(
    bury: Proposal,
) -> None:
    # Bury's grades are assumed (its report gives none); the council's own pay table says them.
    scale = next(s for s in bury.pay_scales.values() if s.name == "NJC pay spine")
    grade_6 = next(g for g in bury.grades.values() if g.code == "Grade 6")
    assert _grade_source(bury, grade_6.id).startswith("assumed: ")
    before = bury.snapshot()
    lines = [
        (2, Grade(GradeId(0), PayScaleId(0), "Grade 6", 21, 24)),
        (3, Grade(GradeId(0), PayScaleId(0), "Grade 15", 44, 47)),
    ]
    applied = apply_edit(bury, import_grades(bury, scale, lines, "pay table.csv"))
    assert (bury.grades[grade_6.id].bottom_point, bury.grades[grade_6.id].top_point) == (21, 24)
    assert _grade_source(bury, grade_6.id) == "stated: pay table.csv, line 2"
    (added,) = [g for g in bury.grades.values() if g.code == "Grade 15"]
    assert added.pay_scale_id == scale.id
    assert _grade_source(bury, added.id) == "stated: pay table.csv, line 3"
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_an_imported_budget_or_pay_table_still_says_what_it_does_to_each_cost(
    bury: Proposal,
) -> None:
    # Its sources cost nothing: the step is still one the designer names with its cost effect.
    scale = next(iter(bury.pay_scales.values()))
    grades = [(2, Grade(GradeId(0), PayScaleId(0), "Grade 15", 44, 47))]
    assert is_costing_edit(replace_budget(bury, [(2, _line("Staffing", 1))], True, "b.csv"))
    assert is_costing_edit(import_grades(bury, scale, grades, "pay.csv"))
    # A step of sources alone is not a costing one.
    sources_only = Batch(tuple(stated_by_file(bury, "b.csv", Table.GRADES, [(2, 1)])), "Sources")
    assert not is_costing_edit(sources_only)


def _rows_of(proposal: Proposal, table: Table, record_id: int) -> list[tuple[str, str]]:
    return sorted(
        (row.field, describe(proposal, row))
        for row in proposal.provenance.values()
        if row.table == table.value and row.record_id == record_id
    )


def test_what_was_said_of_a_replaced_grade_field_by_field_gives_way_to_the_file(
    bury: Proposal,
) -> None:
    # A grade whose top point a paper stated alone: the pay table now states the grade whole,
    # and the old field's row would still speak for the top point over the file's.
    scale = next(s for s in bury.pay_scales.values() if s.name == "NJC pay spine")
    grade_6 = next(g for g in bury.grades.values() if g.code == "Grade 6")
    grade_8 = next(g for g in bury.grades.values() if g.code == "Grade 8")
    field_row = Provenance(
        ProvenanceId(0),
        Table.GRADES.value,
        grade_6.id,
        "top_point",
        Basis.ASSUMED,
        reason="a guess",
    )
    apply_edit(bury, PutProvenance(field_row))
    # A post with the same number as the grade: its sources are its own.
    post_sources = _rows_of(bury, Table.POSTS, grade_6.id)
    untouched = _rows_of(bury, Table.GRADES, grade_8.id)
    assert post_sources and untouched
    lines = [(4, Grade(GradeId(0), PayScaleId(0), "Grade 6", 21, 24))]
    batch = import_grades(bury, scale, lines, "pay table.csv")
    assert batch.name == '1 grades into "NJC pay spine" from pay table.csv'
    apply_edit(bury, batch)
    assert _rows_of(bury, Table.GRADES, grade_6.id) == [("", "stated: pay table.csv, line 4")]
    assert _rows_of(bury, Table.GRADES, grade_8.id) == untouched
    assert _rows_of(bury, Table.POSTS, grade_6.id) == post_sources


def test_a_pay_table_without_grades_is_refused_in_a_sentence(bury: Proposal) -> None:
    scale = next(iter(bury.pay_scales.values()))
    with pytest.raises(EditRefused) as refused:
        import_grades(bury, scale, [], "empty.csv")
    assert str(refused.value) == "There are no grades to add."
