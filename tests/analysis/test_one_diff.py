"""One account of what changed (issue 15 point 7): the change list, the recommendations and the
compare markers read the same diff, and a PDF export computes it once."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from orgchart_app.analysis import diff as diff_module
from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.diff import ChangeKind, diff_scenarios
from orgchart_app.analysis.recommendations import draft_recommendations
from orgchart_app.domain import Proposal
from orgchart_app.edits import apply_edit
from orgchart_app.edits.types import ChangeFte, ChangeQuantity
from orgchart_app.exporters.pdf import PdfOptions, export_pdf
from orgchart_app.layout.compare import change_markers


def _shared_post(bury: Proposal) -> str:
    """One of the to-be's single full-time posts made two half-time posts: the same 1 FTE."""
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    unchanged = diff_scenarios(bury, as_is, to_be)
    post = next(
        p
        for p in bury.posts_in(to_be)
        if p.quantity == 1
        and p.fte == 1.0
        and not bury.reports_of(p.id)
        # Present in both, and changed in nothing else.
        and any(q.post_ref == p.post_ref for q in bury.posts_in(as_is))
        and not unchanged.for_post_ref(p.post_ref)
    )
    apply_edit(bury, ChangeQuantity(post.id, 2))
    apply_edit(bury, ChangeFte(post.id, 0.5))
    assert bury.posts[post.id].total_fte == 1.0
    return post.post_ref


def test_a_change_of_quantity_with_the_same_fte_is_one_change_everywhere(bury: Proposal) -> None:
    ref = _shared_post(bury)
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    diff = diff_scenarios(bury, as_is, to_be)
    assert [c.kind for c in diff.for_post_ref(ref)] == [ChangeKind.FTE_CHANGED]
    drafted = draft_recommendations(bury, as_is, to_be)
    items = [
        (r.operation, i.text)
        for r in drafted.recommendations
        for i in r.items
        if ref in i.post_refs
    ]
    assert [operation for operation, _ in items] == [Operation.FTE_CHANGE]
    assert "2 x 0.5 FTE" in items[0][1]
    markers = change_markers(bury, as_is, to_be)[1]
    post_id = next(p.id for p in bury.posts_in(to_be) if p.post_ref == ref)
    assert markers[post_id] == "FTE changed"


def test_a_pdf_export_computes_the_diff_once(
    bury: Proposal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = diff_module.diff_scenarios
    calls: list[tuple[Any, ...]] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1:])
        return real(*args, **kwargs)

    # Every module of ours that holds the function, so no call escapes the count.
    for name, module in list(sys.modules.items()):
        if name.startswith("orgchart_app") and getattr(module, "diff_scenarios", None) is real:
            monkeypatch.setattr(module, "diff_scenarios", counted)
    options = PdfOptions(scenario="To be", compare_to="As is", changes=True, chart=False)
    export_pdf(bury, options, tmp_path / "pack.pdf")
    assert len(calls) == 1
