"""Compare layouts: each side's boxes carry what changed, with one legend for canvas and PDF."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.diff import ChangeKind, diff_scenarios
from orgchart_app.domain import DottedLineKind, Proposal
from orgchart_app.layout import LayoutOptions
from orgchart_app.layout.compare import (
    change_legend,
    dotted_line_markers,
    layout_comparison,
)
from orgchart_app.layout.text import BOX_PADDING, box_height, box_rows, text_width


def test_markers_follow_the_diff(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    before, after = layout_comparison(bury, as_is, to_be)
    diff = diff_scenarios(bury, as_is, to_be)
    deleted = {c.post_ref for c in diff.of_kind(ChangeKind.DELETED)}
    established = {c.post_ref for c in diff.of_kind(ChangeKind.ESTABLISHED)}
    assert {b.post_ref for b in before.boxes if b.change_marker} == deleted
    assert all(b.change_marker == "deleted" for b in before.boxes if b.change_marker)
    # A new post ring-fenced to a pool reads "new, ring-fenced: Pool A".
    new = {b.post_ref for b in after.boxes if b.change_marker.split(", ")[0] == "new"}
    assert new == established
    moved = {c.post_ref for c in diff.of_kind(ChangeKind.MOVED_UNIT)}
    assert moved and all(
        "moved" in b.change_marker.split(", ") for b in after.boxes if b.post_ref in moved
    )
    several = [b for b in after.boxes if ", " in b.change_marker]
    assert several, "a post with several changes lists them all"
    for box in (*before.boxes, *after.boxes):
        assert box.rect.h >= box_height(box) - 0.01  # room for the marker rows
        for row in box_rows(box):
            for text in row.texts:
                assert text_width(text, row.size, row.bold) <= box.rect.w - 2 * BOX_PADDING + 0.01


def test_the_legend_explains_every_marker(bury: Proposal) -> None:
    legend = dict(change_legend())
    before, after = layout_comparison(
        bury, bury.scenario_named("As is").id, bury.scenario_named("To be").id
    )
    used = {
        m
        for b in (*before.boxes, *after.boxes)
        if b.change_marker
        for m in b.change_marker.split(", ")
    }
    # "ring-fenced: Pool A": the legend explains the marker, the pool names itself.
    assert {m.split(":")[0] for m in used} <= set(legend)
    assert {"new", "deleted", "moved", "regraded", "FTE changed"} <= set(legend)


def test_comparing_one_unit_matches_it_across_scenarios(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    unit = bury.unit_called(to_be, "Adult Safeguarding")
    before, after = layout_comparison(bury, as_is, to_be, LayoutOptions(unit_id=unit.id))
    assert [c.title for c in before.containers if c.parent_id is None] == ["Adult Safeguarding"]
    assert [c.title for c in after.containers if c.parent_id is None] == ["Adult Safeguarding"]
    new_unit = bury.unit_called(to_be, "Mental Health")
    before, after = layout_comparison(bury, as_is, to_be, LayoutOptions(unit_id=new_unit.id))
    assert not before.boxes and before.notices == ('"Mental Health" is not in As is.',)
    assert after.boxes


def test_dotted_lines_added_removed_and_changed_are_marked(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    removed = next(d for d in bury.dotted_lines_in(as_is) if d.kind is DottedLineKind.SECONDMENT)
    twin = next(d for d in bury.dotted_lines_in(to_be) if d.kind is DottedLineKind.SECONDMENT)
    del bury.dotted_lines[twin.id]
    changed = next(
        d for d in bury.dotted_lines_in(to_be) if d.kind is DottedLineKind.ACCOUNTABILITY
    )
    bury.dotted_lines[changed.id] = dataclasses.replace(changed, share_percent=10.0)
    added = next(d for d in bury.dotted_lines_in(to_be) if d.kind is DottedLineKind.MATRIX)
    before, after = dotted_line_markers(bury, as_is, to_be)
    assert before == {removed.id: "line removed"}
    assert after == {added.id: "line added", changed.id: "line changed"}
