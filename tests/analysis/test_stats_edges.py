"""Spans and layers at their edges: an empty scenario, ties within a layer, part-time totals."""

from __future__ import annotations

from orgchart_app.analysis.stats import scenario_stats
from orgchart_app.domain import OrganisationKind, UnitKind
from orgchart_app.samples.builder import ProposalBuilder


def test_an_empty_scenario_has_no_layers_spans_or_vacancies() -> None:
    b = ProposalBuilder("Empty")
    s = b.scenario("Blank")
    stats = scenario_stats(b.proposal, s)
    assert (stats.scenario, stats.layers, stats.posts_by_layer, stats.spans) == ("Blank", 0, {}, ())
    assert (stats.vacancy_rate, stats.mean_span, stats.widest_span) == (0.0, 0.0, 0)


def test_managers_of_one_layer_are_listed_widest_first_with_their_grades() -> None:
    b = ProposalBuilder("Spans")
    council = b.organisation("Council", "C", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    root = b.unit(s, "Council", UnitKind.ORGANISATION, council)
    head = b.post(s, "Head", root, council, grade="G9", post_ref="H")
    small = b.post(s, "Small team lead", root, council, head, grade="G5", post_ref="S")
    large = b.post(s, "Large team lead", root, council, head, grade="G6", post_ref="L")
    b.post(s, "Officer", root, council, small, quantity=2, fte=0.5)
    b.post(s, "Officer", root, council, large, quantity=5, fte=0.5)
    stats = scenario_stats(b.proposal, s)
    assert [(m.post_ref, m.grade, m.layer, m.span) for m in stats.spans] == [
        ("H", "G9", 1, 2),
        ("L", "G6", 2, 5),
        ("S", "G5", 2, 2),
    ]
    # FTE: 3 whole posts + 7 officers at 0.5 = 6.5.
    assert (stats.totals.posts, stats.totals.fte) == (10, 6.5)
    assert stats.by_unit["Council"].fte == 6.5
