"""Where a reader starts a chart too large to read whole (layout/reading_start.py): the head
with the most posts beneath it, a folded branch's posts counted, whatever card sits highest."""

from __future__ import annotations

from orgchart_app.domain import OrganisationKind, PostId, Proposal, ScenarioId, UnitKind
from orgchart_app.layout import LayoutOptions, layout_scenario
from orgchart_app.layout.reading_start import reading_start
from orgchart_app.samples.builder import ProposalBuilder


def _two_organisations(
    big_reports: int, partner_reports: int
) -> tuple[Proposal, ScenarioId, PostId, PostId]:
    """A council whose head sits under two unit titles, and a partner whose head sits under one
    (so higher on the chart); each head with the reports asked for."""
    b = ProposalBuilder("Two")
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY)
    partner = b.organisation("Partner", "P", OrganisationKind.OTHER)
    s = b.scenario("As is")
    directorate = b.unit(s, "Directorate", UnitKind.DIRECTORATE, council)
    office = b.unit(s, "Office", UnitKind.TEAM, council, directorate)
    partner_unit = b.unit(s, "Partner", UnitKind.DIRECTORATE, partner)
    head = b.post(s, "Chief Executive", office, council)
    for n in range(big_reports):
        b.post(s, f"Officer {n}", office, council, head)
    partner_head = b.post(s, "Partner Lead", partner_unit, partner)
    for n in range(partner_reports):
        b.post(s, f"Partner officer {n}", partner_unit, partner, partner_head)
    return b.proposal, s, head, partner_head


def test_the_head_of_the_largest_tree_not_the_highest_card() -> None:
    proposal, s, head, partner_head = _two_organisations(big_reports=3, partner_reports=0)
    layout = layout_scenario(proposal, s, LayoutOptions())
    highest = min(layout.boxes, key=lambda b: b.rect.y)
    assert highest.post_id == partner_head  # the premise: the partner's card sits highest
    start = reading_start(layout)
    assert start is not None and start.post_id == head


def test_the_larger_tree_wins_whichever_organisation_it_is() -> None:
    proposal, s, _, partner_head = _two_organisations(big_reports=1, partner_reports=3)
    start = reading_start(layout_scenario(proposal, s, LayoutOptions()))
    assert start is not None and start.post_id == partner_head


def test_a_folded_branch_s_posts_count_for_its_head() -> None:
    proposal, s, head, partner_head = _two_organisations(big_reports=2, partner_reports=1)
    # Folded, the council's head is one card with a summary of its 2 reports: still 3 posts.
    options = LayoutOptions(collapsed=frozenset({head}))
    layout = layout_scenario(proposal, s, options)
    assert sum(1 for b in layout.boxes if not b.is_summary) == 3
    start = reading_start(layout)
    assert start is not None and start.post_id == head
    # Equal trees: the topmost head, as a single organisation's is.
    proposal, s, head, partner_head = _two_organisations(big_reports=1, partner_reports=1)
    start = reading_start(layout_scenario(proposal, s, LayoutOptions()))
    assert start is not None and start.post_id == partner_head


def test_an_empty_chart_has_no_start() -> None:
    b = ProposalBuilder("Empty")
    s = b.scenario("As is")
    assert reading_start(layout_scenario(b.proposal, s, LayoutOptions())) is None
