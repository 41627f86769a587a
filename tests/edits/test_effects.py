"""What an edit does to the records it names, beyond undoing exactly (test_undo_every_edit.py)."""

from __future__ import annotations

from decimal import Decimal

from orgchart_app.domain import (
    CostingPoint,
    DottedLineKind,
    PayPoint,
    PayScale,
    PayScaleId,
    Proposal,
)
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    DeleteScenario,
    DeleteUnit,
    EditDottedLine,
    PutPayRecord,
    RemovePayRecord,
    RenameScenario,
    SetCostingBasis,
    UpdateUnit,
    apply_edit,
)


def test_editing_a_dotted_line_sets_its_kind_share_and_label(bury: Proposal) -> None:
    line = next(iter(bury.dotted_lines.values()))
    apply_edit(bury, EditDottedLine(line.id, DottedLineKind.SECONDMENT, 5.0, "interim"))
    edited = bury.dotted_lines[line.id]
    assert (edited.kind, edited.share_percent, edited.label) == (
        DottedLineKind.SECONDMENT,
        5.0,
        "interim",
    )
    assert (edited.from_post_id, edited.to_post_id) == (line.from_post_id, line.to_post_id)


def test_renaming_a_scenario_renames_that_scenario(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is")
    apply_edit(bury, RenameScenario(as_is.id, " Current "))
    assert [s.name for s in bury.scenarios.values()] == ["Current", "To be"]
    assert bury.scenarios[as_is.id].kind == as_is.kind


def test_a_pay_scale_without_grades_is_removed_with_its_points(bury: Proposal) -> None:
    applied = apply_edit(bury, PutPayRecord(PayScale(PayScaleId(0), "Local", "local", "")))
    scale = applied.edit.record.id  # type: ignore[union-attr]
    for point in (1, 2):
        apply_edit(bury, PutPayRecord(PayPoint(scale, "2020/21", point, Decimal(1000 * point))))
    points_elsewhere = len(bury.pay_points) - 2
    removed = apply_edit(bury, RemovePayRecord(Table.PAY_SCALES, scale))
    assert removed.name == 'Remove pay scale "Local"'
    assert scale not in bury.pay_scales and len(bury.pay_points) == points_elsewhere
    assert removed.changes.other_tables == frozenset({Table.PAY_SCALES, Table.PAY_POINTS})
    apply_edit(bury, removed.inverse)
    assert [k for k in bury.pay_points if k[0] == scale] == [
        (scale, "2020/21", 1),
        (scale, "2020/21", 2),
    ]


def test_a_scenario_costed_without_a_pay_year_says_so(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    applied = apply_edit(bury, SetCostingBasis(as_is, CostingPoint.MID, "  "))
    assert applied.name == 'Cost "As is" at the mid of grade, no pay'
    assert (bury.scenarios[as_is].costing_point, bury.scenarios[as_is].pay_year) == (
        CostingPoint.MID,
        "",
    )


def test_deleting_a_scenario_takes_all_of_it_and_leaves_the_others_whole(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    kept = {
        table: {k: v for k, v in getattr(bury, table).items() if v.scenario_id == to_be}
        for table in ("units", "posts", "dotted_lines")
    }
    kept_holders = {k: h for k, h in bury.postholders.items() if h.post_id in kept["posts"]}
    assert bury.scenarios[to_be].based_on_id == as_is and kept_holders
    apply_edit(bury, DeleteScenario(as_is))
    assert list(bury.scenarios) == [to_be] and bury.scenarios[to_be].based_on_id is None
    assert {table: getattr(bury, table) for table in kept} == kept
    assert bury.postholders == kept_holders


def test_deleting_a_unit_hands_its_posts_and_units_on(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    doomed = bury.unit_called(as_is, "Community Commissioning")
    target = bury.unit_called(as_is, "Reviewing Team")
    posts = [p.id for p in bury.posts.values() if p.unit_id == doomed.id]
    children = [u.id for u in bury.units.values() if u.parent_id == doomed.id]
    assert posts and children
    apply_edit(bury, DeleteUnit(doomed.id, target.id))
    assert doomed.id not in bury.units
    assert {bury.posts[p].unit_id for p in posts} == {target.id}
    assert {bury.units[u].parent_id for u in children} == {doomed.parent_id}


def test_a_unit_change_of_several_fields_names_them_all(bury: Proposal) -> None:
    team = bury.unit_called(bury.scenario_named("As is").id, "Reviewing Team")
    lead = next(p.id for p in bury.posts.values() if p.unit_id == team.id)
    applied = apply_edit(bury, UpdateUnit(team.id, (("colour", "#112233"), ("lead_post_id", lead))))
    assert applied.name == 'Change colour, lead post id of "Reviewing Team"'
    assert (bury.units[team.id].colour, bury.units[team.id].lead_post_id) == ("#112233", lead)
