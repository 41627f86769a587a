"""The sample proposals lay out as their committee charts read: pillars and sub-pillars as
containers, the text each box needs, labelled dotted lines."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.importers import import_files
from orgchart_app.layout import ConnectorKind, Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.text import BOX_PADDING, TITLE_SIZE, box_height, text_width
from orgchart_app.samples import sample_data_folder
from tests.layout.invariants import (
    check_connectors_meet_boxes,
    check_layout,
    check_managers_above,
    check_titles_clear,
    lines_through_boxes,
)

SUB_PILLARS = {
    "Mental Health",
    "OP/Ageing Well",
    "Learning Disability",
    "Provider Development & Contract Monitoring, Complaints",
    "Carers, Physical Disability & Prevention",
    "Community Health",
    "Primary Care",
}


def _to_be(proposal: Proposal, options: LayoutOptions = LayoutOptions()) -> Layout:
    return layout_scenario(proposal, proposal.scenario_named("To be").id, options)


def test_bury_to_be_has_its_sub_pillars_as_containers_inside_community_commissioning(
    bury: Proposal,
) -> None:
    layout = _to_be(bury)
    by_title = {c.title: c for c in layout.containers}
    pillar = by_title["Community Commissioning"]
    assert SUB_PILLARS <= set(by_title)
    for name in SUB_PILLARS:
        assert by_title[name].parent_id == pillar.unit_id
        assert pillar.rect.contains(by_title[name].rect)
    # The Community Health sub-pillar has no posts of its own (its lead sits in Secondary Care)
    # but still gets a labelled container.
    assert not [b for b in layout.boxes if b.unit_id == by_title["Community Health"].unit_id]
    assert by_title["Community Health"].title_lines == ("Community Health",)


def test_bury_layouts_keep_the_invariants(bury: Proposal) -> None:
    for scenario in bury.scenarios.values():
        layout = layout_scenario(bury, scenario.id)
        check_layout(bury, layout, {p.id for p in bury.posts_in(scenario.id)})
        check_managers_above(bury, layout)
        check_connectors_meet_boxes(layout)


def test_boxes_say_what_the_committee_chart_says(bury: Proposal) -> None:
    boxes = {b.post_ref: b for b in _to_be(bury).boxes}
    officer = boxes["BC-1054"]  # Reviewing Officer x 4: a placeholder; no grade (none given)
    assert officer.lines == ("x 4 (4 FTE)",)
    assert officer.title == "Reviewing Officer \N{DAGGER}"
    head = boxes["BC-1050"]  # stated by s.4.1 and s.5.5, and no grade drawn: the report gives none
    assert (head.title, head.lines) == ("Head of Adult Safeguarding", ())
    unmarked = _to_be(bury, LayoutOptions(mark_assumed=False)).box_for(officer.post_id)
    assert unmarked is not None and unmarked.title == "Reviewing Officer"
    assert officer.employer_badge == "Bury Council"  # employed by the council, in an OCO unit
    assert "Vacant - held" in boxes["BC-1003"].lines
    assert boxes["CCG-2001"].employer_badge == "Bury CCG"
    head_of_finance = boxes["BC-4001"]  # a council post in a council unit: no badge
    assert head_of_finance.employer_badge == ""
    assert head_of_finance.holder == ""


def test_boxes_are_big_enough_for_their_text(bury: Proposal, manchester: Proposal) -> None:
    for proposal in (bury, manchester):
        for box in _to_be(proposal, LayoutOptions(show_names=True)).boxes:
            assert box.rect.h >= box_height(box) - 0.01
            for line in box.title_lines:
                assert (
                    text_width(line, TITLE_SIZE, bold=True) <= box.rect.w - 2 * BOX_PADDING + 0.01
                )
            assert " ".join(box.title_lines) == box.title


def test_names_only_when_asked(manchester: Proposal) -> None:
    hidden = _to_be(manchester)
    shown = _to_be(manchester, LayoutOptions(show_names=True))
    assert not any(b.holder for b in hidden.boxes)
    holders = {h.name for h in manchester.postholders.values()}
    # A box of several posts lists its holders, cut to the box's width.
    assert {b.holder.split(", ")[0] for b in shown.boxes if b.holder} <= holders
    assert any(b.holder for b in shown.boxes)


def test_dotted_lines_carry_their_labels(manchester: Proposal) -> None:
    layout = _to_be(manchester)
    dotted = [c for c in layout.connectors if c.kind is ConnectorKind.ACCOUNTABILITY]
    assert sorted(c.label for c in dotted) == ["10% MHCC", "90% MLCO"]
    for connector in dotted:
        assert connector.label_at is not None
    solid = [
        c
        for c in layout.connectors
        if c.kind in (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY)
    ]
    posts = manchester.posts_in(manchester.scenario_named("To be").id)
    assert len(solid) == sum(1 for p in posts if p.reports_to_id is not None)


def test_temporary_line_management_is_tagged(bury: Proposal) -> None:
    layout = layout_scenario(bury, bury.scenario_named("As is").id)
    temporary = [c for c in layout.connectors if c.kind is ConnectorKind.TEMPORARY]
    refs = {bury.posts[c.to_post_id].post_ref for c in temporary}
    assert refs == {
        p.post_ref for p in bury.posts_in(bury.scenario_named("As is").id) if p.temporary_line
    }
    assert all(c.label == "temporary" for c in temporary)


def test_same_input_same_layout(bury: Proposal) -> None:
    first = _to_be(bury)
    again = _to_be(bury.copy())
    assert first == again


@pytest.mark.parametrize("sample", ["bury", "manchester"])
def test_no_line_runs_through_a_box(sample: str, request: pytest.FixtureRequest) -> None:
    # Every scope an appendix page may show, at wrap widths the PDF may choose for the page.
    proposal: Proposal = request.getfixturevalue(sample)
    for scenario in proposal.scenarios.values():
        for scope in [None, *(u.id for u in proposal.units_in(scenario.id))]:
            for wrap in (2400, 1000, 400):
                layout = layout_scenario(
                    proposal, scenario.id, LayoutOptions(unit_id=scope, wrap_width=wrap)
                )
                assert lines_through_boxes(layout) == [], (scenario.name, scope, wrap)


def test_a_team_led_from_a_sibling_pillar_sits_below_it(bury: Proposal) -> None:
    # Bury to-be: the Reviewing Team's lead reports to the Head of Adult Safeguarding, Mental
    # Health's to the Deputy Director of Primary Care: each is drawn just below that pillar.
    layout = layout_scenario(bury, bury.scenario_named("To be").id)
    rects = {c.title: c.rect for c in layout.containers}
    for team, pillar in (
        ("Reviewing Team", "Adult Safeguarding"),
        ("Mental Health", "Primary Care"),
    ):
        below, above = rects[team], rects[pillar]
        assert 0 < below.y - above.bottom <= LayoutOptions().v_gap + 0.01
        assert below.x < above.right and above.x < below.right  # overlapping columns: a short line


def test_the_example_establishment_s_unit_titles_wrap_between_words() -> None:
    # Its "Temporary Accommodation" team, whose manager's line comes down past the title, had
    # its title cut mid-word ("Temporary Accommodatio / n") in the designer and the pack.
    proposal = import_files([sample_data_folder() / "example_establishment.csv"]).proposal
    layout = layout_scenario(proposal, next(iter(proposal.scenarios)))
    check_titles_clear(layout)
    temporary = next(c for c in layout.containers if c.title == "Temporary Accommodation")
    assert " ".join(temporary.title_lines) == "Temporary Accommodation"
