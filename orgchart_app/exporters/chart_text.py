"""A chart said in words: who leads, how many units and posts, what changed (alt text, descriptions)."""

from __future__ import annotations

from collections import Counter

from orgchart_app.analysis.diff import diff_scenarios
from orgchart_app.domain.ids import ScenarioId, UnitId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text
from orgchart_app.layout.compare import MARKERS


def in_scope(proposal: Proposal, scenario_id: ScenarioId, unit_id: UnitId | None) -> list[Post]:
    """The scenario's posts, or those of one unit and every unit inside it."""
    posts = proposal.posts_in(scenario_id)
    if unit_id is None:
        return posts
    units = {unit_id, *(u.id for u in proposal.subunits_of(unit_id))}
    return [p for p in posts if p.unit_id in units]


def leaders(posts: list[Post]) -> list[Post]:
    """The posts that report to nobody among `posts`: whoever leads the chart."""
    ids = {p.id for p in posts}
    return [p for p in posts if p.reports_to_id not in ids]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def describe_structure(
    proposal: Proposal, scenario_id: ScenarioId, unit_id: UnitId | None = None
) -> str:
    """ "To be: led by the Head of Community Commissioning (SS2). 7 units (2 pillars, 5 teams)
    and 34 posts (30.5 FTE), 3 of them vacant." """
    scenario = proposal.scenarios[scenario_id]
    posts = in_scope(proposal, scenario_id, unit_id)
    scope = scenario.name if unit_id is None else f"{proposal.units[unit_id].name}, {scenario.name}"
    if not posts:
        return f"{scope}: no posts."
    heads = leaders(posts)
    named = [f"the {p.title}" + (f" ({p.grade})" if p.grade else "") for p in heads[:3]]
    if len(heads) > 3:
        named.append(f"{len(heads) - 3} other posts")
    led = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    units = [
        proposal.units[u]
        for u in {p.unit_id for p in posts}
        | _ancestors_within(proposal, {p.unit_id for p in posts}, unit_id)
    ]
    kinds = Counter(u.kind.label for u in units)
    kinds_text = ", ".join(_plural(n, kind) for kind, n in sorted(kinds.items()))
    count = sum(p.quantity for p in posts)
    fte = sum(p.total_fte for p in posts)
    vacant = sum(p.quantity for p in posts if p.status.value != "filled")
    sentence = (
        f"{scope}: led by {led}. {_plural(len(units), 'unit')} ({kinds_text}) and "
        f"{_plural(count, 'post')} ({fte_text(fte)} FTE)"
    )
    return sentence + (f", {vacant} of them vacant." if vacant else ".")


def _ancestors_within(proposal: Proposal, unit_ids: set[UnitId], top: UnitId | None) -> set[UnitId]:
    """Units holding no posts themselves but containing units that do (pillars over teams)."""
    found: set[UnitId] = set()
    for unit_id in unit_ids:
        for unit in proposal.unit_path(unit_id):
            found.add(unit.id)
        if top is not None:
            found -= {u.id for u in proposal.unit_path(top)} - {top}
    return found


def describe_changes(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> str:
    """ "Changes from As is to To be (boxes on the chart): 10 new, 10 deleted, 8 moved."."""
    diff = diff_scenarios(proposal, from_id, to_id)
    counts = Counter(change.kind for change in diff.changes)
    before, after = proposal.scenarios[from_id].name, proposal.scenarios[to_id].name
    if not counts:
        return f"No changes from {before} to {after}."
    parts = [f"{counts[kind]} {MARKERS[kind]}" for kind in MARKERS if counts[kind]]
    return f"Changes from {before} to {after} (boxes on the chart): {', '.join(parts)}."
