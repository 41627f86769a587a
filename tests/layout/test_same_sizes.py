"""An edit that changes no box's size reuses the previous Layout (only the edited boxes made anew);
any edit that may move or resize something is laid out afresh. Either way the result is the
Layout a fresh layout of the edited scenario gives, value for value."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.edits import ChangeFte, Redesignate, Regrade, RenameUnit, UpdatePost, apply_edit
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.delta import keyed, layout_delta
from orgchart_app.layout.model import Layout
from orgchart_app.samples.synthetic import build_synthetic

SCENARIO = ScenarioId(1)


def _relaid(proposal: Proposal, shown: Layout, options: LayoutOptions = LayoutOptions()) -> Layout:
    kept = LayoutOptions(
        collapsed=options.collapsed, keep_rows=shown.rows, keep_routes=shown.routes
    )
    return layout_scenario(proposal, SCENARIO, kept, previous=shown)


def _fresh(proposal: Proposal, shown: Layout, options: LayoutOptions = LayoutOptions()) -> Layout:
    return layout_scenario(
        proposal, SCENARIO, LayoutOptions(collapsed=options.collapsed, keep_rows=shown.rows)
    )


def _stacked_leaf(proposal: Proposal, layout: Layout) -> Post:
    """A leaf with a stacked sibling below it in the same column: its growing moves that one."""
    for post in proposal.posts.values():
        box = layout.box_for(post.id)
        siblings = [
            p
            for p in proposal.posts.values()
            if p.reports_to_id == post.reports_to_id and p.id != post.id
        ]
        if post.reports_to_id is None or box is None or len(siblings) < 4:
            continue
        below = [layout.box_for(s.id) for s in siblings]
        if any(b is not None and b.rect.x == box.rect.x and b.rect.y > box.rect.y for b in below):
            return post
    raise AssertionError("the chart has no stacked leaves")


def test_a_figure_that_keeps_the_box_size_reuses_the_layout() -> None:
    proposal = build_synthetic(300, seed=4)
    leaf = next(p for p in proposal.posts.values() if p.reports_to_id)
    apply_edit(proposal, ChangeFte(leaf.id, 0.5))
    shown = layout_scenario(proposal, SCENARIO)
    apply_edit(proposal, ChangeFte(leaf.id, 0.6))
    relaid = _relaid(proposal, shown)
    box = relaid.box_for(leaf.id)
    assert box is not None and "0.6 FTE" in box.lines
    assert relaid.connectors is shown.connectors  # not routed again: the very same lines
    assert relaid.containers is shown.containers
    assert relaid == _fresh(proposal, shown)


def test_an_edit_off_the_chart_reuses_every_box() -> None:
    proposal = build_synthetic(300, seed=4)
    shown = layout_scenario(proposal, SCENARIO)
    leaf = next(p for p in proposal.posts.values() if p.reports_to_id)
    apply_edit(proposal, UpdatePost(leaf.id, (("notes", "Reviewed in March"),)))
    relaid = _relaid(proposal, shown)
    assert all(a is b for a, b in zip(relaid.boxes, shown.boxes, strict=True))
    assert relaid == _fresh(proposal, shown)


def test_a_title_that_grows_a_line_is_laid_out_afresh() -> None:
    proposal = build_synthetic(300, seed=4)
    shown = layout_scenario(proposal, SCENARIO)
    leaf = _stacked_leaf(proposal, shown)
    apply_edit(proposal, Redesignate(leaf.id, f"{leaf.title} and Deputy Head of Service"))
    relaid = _relaid(proposal, shown)
    fresh = _fresh(proposal, shown)
    assert relaid == fresh
    grown, before = relaid.box_for(leaf.id), shown.box_for(leaf.id)
    assert grown is not None and before is not None and grown.rect.h > before.rect.h
    moved = [
        b.post_id for b in relaid.boxes if (old := shown.box_for(b.post_id)) and old.rect != b.rect
    ]
    assert len(moved) > 1  # the leaves below it, at least


def test_a_fold_is_laid_out_afresh() -> None:
    proposal = build_synthetic(300, seed=4)
    shown = layout_scenario(proposal, SCENARIO)
    manager = next(
        p
        for p in proposal.posts.values()
        if p.reports_to_id is not None
        and any(r.reports_to_id == p.id for r in proposal.posts.values())
    )
    folded = LayoutOptions(collapsed=frozenset({manager.id}))
    relaid = _relaid(proposal, shown, folded)
    assert relaid == _fresh(proposal, shown, folded)
    assert len(relaid.boxes) < len(shown.boxes)
    assert any(b.is_summary for b in relaid.boxes)


def test_a_unit_renamed_is_laid_out_afresh() -> None:
    proposal = build_synthetic(300, seed=4)
    shown = layout_scenario(proposal, SCENARIO)
    unit = next(u for u in proposal.units.values() if u.parent_id is not None)
    apply_edit(proposal, RenameUnit(unit.id, f"{unit.name} and Commissioning Partnerships"))
    relaid = _relaid(proposal, shown)
    assert relaid == _fresh(proposal, shown)
    renamed = next(c for c in relaid.containers if c.unit_id == unit.id)
    assert " ".join(renamed.title_lines) == f"{unit.name} and Commissioning Partnerships"


@pytest.mark.parametrize("field", ["temporary_line", "is_assistant"])
def test_a_line_or_place_changed_without_resizing_the_box_is_laid_out_afresh(field: str) -> None:
    proposal = build_synthetic(300, seed=4)
    shown = layout_scenario(proposal, SCENARIO)
    leaf = _stacked_leaf(proposal, shown)
    apply_edit(proposal, UpdatePost(leaf.id, ((field, True),)))
    relaid = _relaid(proposal, shown)
    assert relaid == _fresh(proposal, shown)
    assert relaid.connectors != shown.connectors  # the line is tagged, or runs beside


def test_what_a_reused_layout_changed_is_its_renewed_boxes() -> None:
    proposal = build_synthetic(300, seed=4)
    leaves = [p for p in proposal.posts.values() if p.reports_to_id][:2]
    shown = layout_scenario(proposal, SCENARIO)
    apply_edit(proposal, UpdatePost(leaves[0].id, (("notes", "Reviewed in March"),)))
    apply_edit(proposal, ChangeFte(leaves[1].id, 0.9))  # "0.9 FTE": one more line of the box
    apply_edit(proposal, ChangeFte(leaves[1].id, 1.0))
    apply_edit(proposal, Regrade(leaves[1].id, "Grade 9"))
    relaid = _relaid(proposal, shown)
    assert relaid.connectors is shown.connectors  # the reuse this test is about
    delta = layout_delta(shown, relaid, keyed(shown))
    assert delta.keyed == keyed(relaid)
    assert delta.boxes.put == {leaves[1].id: relaid.box_for(leaves[1].id)}
    assert not any((delta.units.put, delta.solid.put, delta.dotted.put, delta.summaries.put))
    assert not any((delta.boxes.gone, delta.units.gone, delta.solid.gone, delta.dotted.gone))
