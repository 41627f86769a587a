"""The synthetic organisations the benchmarks use have the shape they promise, and are sound."""

from __future__ import annotations

from collections import Counter

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import UnitKind
from orgchart_app.samples.synthetic import MAX_LAYERS, MAX_SPAN, build_synthetic


def test_shape_and_soundness() -> None:
    proposal = build_synthetic(2_000, seed=5)
    assert len(proposal.posts) == 2_000
    assert len(proposal.organisations) == 3
    assert sum(1 for u in proposal.units.values() if u.kind is UnitKind.PILLAR) == 20
    spans = Counter(p.reports_to_id for p in proposal.posts.values() if p.reports_to_id is not None)
    assert max(spans.values()) <= MAX_SPAN and min(spans.values()) >= 1
    layers = {}
    for post in proposal.posts.values():
        chain = list(proposal.line_chain(post.id))
        assert chain[-1].reports_to_id is None  # no cycles
        layers[post.id] = len(chain)
    assert max(layers.values()) <= MAX_LAYERS
    assert any(p.is_assistant for p in proposal.posts.values())
    assert validate_proposal(proposal) == []


def test_same_arguments_same_proposal() -> None:
    assert build_synthetic(500, seed=3).snapshot() == build_synthetic(500, seed=3).snapshot()
    assert build_synthetic(500, seed=3).snapshot() != build_synthetic(500, seed=4).snapshot()
