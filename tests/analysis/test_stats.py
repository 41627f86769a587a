"""Spans of control, layers, posts by grade and unit, and the vacancy rate."""

from __future__ import annotations

from orgchart_app.analysis.stats import compare_stats, scenario_stats
from orgchart_app.domain import OrganisationKind, Proposal, UnitKind
from orgchart_app.samples.builder import HELD_VACANT, VACANT, ProposalBuilder


def test_a_small_tree_counted_by_hand() -> None:
    b = ProposalBuilder("Stats")
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    root = b.unit(s, "Council", UnitKind.ORGANISATION, council)
    team = b.unit(s, "Team", UnitKind.TEAM, council, root)
    head = b.post(s, "Head", root, council, grade="G3")
    lead = b.post(s, "Lead", team, council, head, grade="G2", status=HELD_VACANT)
    b.post(s, "Officer", team, council, lead, grade="G1", quantity=6, fte=0.5)
    b.post(s, "Adviser", root, council, head, grade="G2", status=VACANT)
    stats = scenario_stats(b.proposal, s)
    # Head (layer 1) manages Lead and Adviser; Lead (layer 2) manages a box of 6 Officers.
    assert [(m.title, m.layer, m.span) for m in stats.spans] == [("Head", 1, 2), ("Lead", 2, 6)]
    assert stats.layers == 3 and stats.posts_by_layer == {1: 1, 2: 2, 3: 6}
    assert (stats.mean_span, stats.widest_span) == (4.0, 6)
    # FTE: Head 1 + Lead 1 + Adviser 1 + 6 Officers x 0.5 = 6.
    assert (stats.totals.posts, stats.totals.fte, stats.totals.vacant) == (9, 6.0, 2)
    assert stats.held_vacant == 1 and round(stats.vacancy_rate, 4) == round(2 / 9, 4)
    assert stats.by_grade["G2"].posts == 2 and stats.by_grade["G1"].fte == 3.0
    assert stats.by_unit["Team"].posts == 7 and stats.by_unit["Council"].posts == 2


def test_bury_as_is_against_to_be(bury: Proposal) -> None:
    before, after = compare_stats(
        bury, bury.scenario_named("As is").id, bury.scenario_named("To be").id
    )
    assert (before.totals.posts, after.totals.posts) == (57, 52)
    # The 16 new posts are vacant, so the to-be vacancy rate rises.
    # As is: the Strategic Lead, 3 Provider Relationship Officers and the Brokerage Relationship
    # Officer (5); to be: the 3 officers deleted, 16 new posts: 5 - 3 + 16 = 18.
    assert (before.totals.vacant, after.totals.vacant) == (5, 18)
    assert after.vacancy_rate > before.vacancy_rate
    director = next(m for m in after.spans if m.post_ref == "BC-1002")
    # The Director manages the held-vacant Lead, the Head of Adult Safeguarding, the Deputy
    # Director of Primary Care and the 4 new Senior Integrated Commissioning Managers.
    assert director.span == 7
