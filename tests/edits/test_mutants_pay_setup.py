"""The pay set-up steps the CLI, the importers and the designer's dialogs call, pinned here in
the package that owns them: typed point ranges, one point, a new local scale, budget imports."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import BudgetLineId, PayScaleId
from orgchart_app.domain.model import BudgetLine, PayPoint, PayScale
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Batch, PutPayRecord, RemovePayRecord, apply_edit
from orgchart_app.edits.pay_setup import (
    check_post_refs,
    new_scale,
    point_range,
    replace_budget,
    scale_named,
    set_point,
)


def _refusal(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(EditRefused) as refused:
        call(*args, **kwargs)  # type: ignore[operator]
    return str(refused.value)


def test_a_typed_point_range_reads_with_spaces_and_a_blank_one_is_every_point() -> None:
    assert point_range("") is None
    assert point_range("   ") is None
    assert point_range("2-43") == (2, 43)
    assert point_range(" 12 - 19 ") == (12, 19)
    assert point_range("7-7") == (7, 7)


@pytest.mark.parametrize("text", ["43-2", "2 to 43", "2-", "x-3", "2-43-50"])
def test_a_point_range_that_is_not_one_is_refused_quoting_the_text(text: str) -> None:
    assert _refusal(point_range, text) == f'"{text}" is not a range of points such as 2-43.'


def test_one_point_is_set_in_the_year_typed_and_a_blank_year_is_refused() -> None:
    scale = PayScale(PayScaleId(4), "Local spine")
    assert set_point(scale, " 2025/26 ", 12, Decimal(24000)) == PutPayRecord(
        PayPoint(PayScaleId(4), "2025/26", 12, Decimal(24000))
    )
    assert (
        _refusal(set_point, scale, "  ", 12, Decimal(24000))
        == "Choose the pay year of the point (add a scale's year first)."
    )


def test_a_new_local_scale_takes_the_next_id_and_says_it_was_entered(bury: Proposal) -> None:
    expected_id = max(bury.pay_scales) + 1
    edit = new_scale(bury, "  Bury local spine ")
    assert edit == PutPayRecord(
        PayScale(
            PayScaleId(expected_id),
            "Bury local spine",
            "local",
            "Bury local spine: local grades entered by the user.",
        )
    )
    apply_edit(bury, edit)
    assert scale_named(bury, "bury LOCAL spine") == edit.record
    chosen = new_scale(bury, "Craft", framework="JNC", description="Craft workers' grades.")
    assert chosen.record == PayScale(
        PayScaleId(expected_id + 1), "Craft", "JNC", "Craft workers' grades."
    )


def test_a_second_scale_of_the_same_name_in_any_case_is_refused(bury: Proposal) -> None:
    assert (
        _refusal(new_scale, bury, "njc PAY spine")
        == 'The proposal already has a pay scale "njc PAY spine".'
    )


def _line(post_refs: str = "", description: str = "Transfer") -> BudgetLine:
    return BudgetLine(
        BudgetLineId(0), "SEG9999", description, other=Decimal(-1000), post_refs=post_refs
    )


def test_a_budget_line_may_name_only_posts_in_the_file(bury: Proposal) -> None:
    refs = sorted(p.post_ref for p in bury.posts.values())
    check_post_refs(bury, _line(""), "budget.csv, line 2")
    check_post_refs(bury, _line(f"{refs[0]}, {refs[1]}"), "budget.csv, line 2")
    assert (
        _refusal(check_post_refs, bury, _line(f"{refs[0]}, NOPE-1, NOPE-2"), "budget.csv, line 7")
        == 'budget.csv, line 7: post "NOPE-1" is not in the file.'
    )


def test_a_budget_import_replaces_every_old_line_in_one_undoable_step(bury: Proposal) -> None:
    old = dict(bury.budget_lines)
    assert len(old) == 5
    ref = next(iter(bury.posts.values())).post_ref
    lines = [(2, _line(ref, "Less budget to transfer")), (3, _line("", "Grant"))]
    batch = replace_budget(bury, lines, replace=True, source="budget.csv")
    assert batch == Batch(
        (
            *(RemovePayRecord(Table.BUDGET_LINES, key) for key in old),
            PutPayRecord(lines[0][1]),
            PutPayRecord(lines[1][1]),
        ),
        "Import 2 budget lines from budget.csv",
    )
    before = bury.snapshot()
    applied = apply_edit(bury, batch)
    assert sorted(b.description for b in bury.budget_lines.values()) == [
        "Grant",
        "Less budget to transfer",
    ]
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_a_budget_import_over_kept_lines_or_naming_a_missing_post_is_refused(
    bury: Proposal,
) -> None:
    assert _refusal(replace_budget, bury, [(2, _line())], False, "budget.csv") == (
        "The file already has 5 budget lines: replace them, or keep them and import nothing."
    )
    assert (
        _refusal(replace_budget, bury, [(2, _line()), (9, _line("GHOST"))], True, "b.csv")
        == 'b.csv, line 9: post "GHOST" is not in the file.'
    )
    bury.budget_lines.clear()
    batch = replace_budget(bury, [(2, _line())], False, "budget.csv")
    assert batch.edits == (PutPayRecord(_line()),)
