"""Two scenarios laid out for comparison, each box marked with what changed (new, moved, ...)."""

from __future__ import annotations

from dataclasses import replace

from orgchart_app.analysis.diff import ChangeKind, diff_scenarios
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DottedLineId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import DottedLine
from orgchart_app.layout.engine import layout_scenario
from orgchart_app.layout.model import Layout
from orgchart_app.layout.options import LayoutOptions

# The marker each kind of change puts on a box, in the order markers are joined.
MARKERS: dict[ChangeKind, str] = {
    ChangeKind.ESTABLISHED: "new",
    ChangeKind.DELETED: "deleted",
    ChangeKind.MOVED_UNIT: "moved",
    ChangeKind.REDESIGNATED: "redesignated",
    ChangeKind.REGRADED: "regraded",
    ChangeKind.FTE_CHANGED: "FTE changed",
    ChangeKind.MANAGER_CHANGED: "manager changed",
    ChangeKind.DEPLOYMENT_CHANGED: "deployment changed",
    ChangeKind.EMPLOYER_CHANGED: "employer changed",
    ChangeKind.STATUS_CHANGED: "status changed",
    ChangeKind.DOTTED_LINES_CHANGED: "dotted lines changed",
}

_DESCRIPTIONS: dict[ChangeKind, str] = {
    ChangeKind.ESTABLISHED: "post established in the new structure",
    ChangeKind.DELETED: "post deleted from the current structure",
    ChangeKind.MOVED_UNIT: "post moved to another unit",
    ChangeKind.REDESIGNATED: "job title changed",
    ChangeKind.REGRADED: "grade changed",
    ChangeKind.FTE_CHANGED: "FTE or number of posts changed",
    ChangeKind.MANAGER_CHANGED: "reports to a different post",
    ChangeKind.DEPLOYMENT_CHANGED: "deployed to a different organisation",
    ChangeKind.EMPLOYER_CHANGED: "employed by a different organisation",
    ChangeKind.STATUS_CHANGED: "filled, vacant or held vacant changed",
    ChangeKind.DOTTED_LINES_CHANGED: "dotted lines of accountability changed",
}


def change_legend() -> tuple[tuple[str, str], ...]:
    """(marker, what it means), in marker order: the same legend for the canvas and the PDF."""
    changes = tuple((MARKERS[kind], _DESCRIPTIONS[kind]) for kind in MARKERS)
    return (*changes, (RING_FENCED, "post ring-fenced to the people of a pool (named after it)"))


RING_FENCED = "ring-fenced"


def change_markers(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId
) -> tuple[dict[PostId, str], dict[PostId, str]]:
    """Marker text per post id: deletions on the from side, every other change on the to side."""
    order = list(MARKERS)
    before: dict[PostId, list[ChangeKind]] = {}
    after: dict[PostId, list[ChangeKind]] = {}
    for change in diff_scenarios(proposal, from_id, to_id).changes:
        if change.kind is ChangeKind.DELETED and change.from_post_id is not None:
            before.setdefault(change.from_post_id, []).append(change.kind)
        elif change.to_post_id is not None:
            after.setdefault(change.to_post_id, []).append(change.kind)

    def joined(found: dict[PostId, list[ChangeKind]]) -> dict[PostId, str]:
        return {
            pid: ", ".join(MARKERS[k] for k in sorted(set(kinds), key=order.index))
            for pid, kinds in found.items()
        }

    marked = joined(after)
    # A pool's posts are marked with it, so staff see which posts are ring-fenced to whom.
    for pool in proposal.pools_for(to_id):
        for post_id in pool.post_ids:
            ring_fenced = f"{RING_FENCED}: {pool.name}"
            marked[post_id] = (
                f"{marked[post_id]}, {ring_fenced}" if post_id in marked else ring_fenced
            )
    return joined(before), marked


def dotted_line_markers(
    proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId
) -> tuple[dict[DottedLineId, str], dict[DottedLineId, str]]:
    """Lines matched by the post_refs they join: "line removed" on the from side, "line added"
    and "line changed" (kind, share, label or interim) on the to side."""

    def by_ends(scenario_id: ScenarioId) -> dict[tuple[str, str], DottedLine]:
        posts = proposal.posts
        return {
            (posts[d.from_post_id].post_ref, posts[d.to_post_id].post_ref): d
            for d in proposal.dotted_lines_in(scenario_id)
            if d.from_post_id in posts and d.to_post_id in posts
        }

    before, after = by_ends(from_id), by_ends(to_id)
    removed = {line.id: "line removed" for ends, line in before.items() if ends not in after}
    marked: dict[DottedLineId, str] = {}
    for ends, line in after.items():
        old = before.get(ends)
        if old is None:
            marked[line.id] = "line added"
        elif (old.kind, old.share_percent, old.label, old.temporary) != (
            line.kind,
            line.share_percent,
            line.label,
            line.temporary,
        ):
            marked[line.id] = "line changed"
    return removed, marked


def layout_comparison(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    options: LayoutOptions = LayoutOptions(),
) -> tuple[Layout, Layout]:
    """The from and to scenarios laid out with the same options, boxes carrying change markers.
    With options.unit_id (a unit of either scenario), each side shows its unit with the same
    unit_ref; a side without it is an empty layout with a notice."""
    before_markers, after_markers = change_markers(proposal, from_id, to_id)
    sides = []
    for scenario_id, markers in ((from_id, before_markers), (to_id, after_markers)):
        if options.unit_id is None:
            sides.append(layout_scenario(proposal, scenario_id, options, markers))
            continue
        unit_id = _matching_unit(proposal, options.unit_id, scenario_id)
        if unit_id is None:
            name = proposal.units[options.unit_id].name
            notice = f'"{name}" is not in {proposal.scenarios[scenario_id].name}.'
            sides.append(Layout(scenario_id, (), (), (), 0.0, 0.0, options.engine, (notice,)))
        else:
            sides.append(
                layout_scenario(proposal, scenario_id, replace(options, unit_id=unit_id), markers)
            )
    return sides[0], sides[1]


def _matching_unit(proposal: Proposal, unit_id: UnitId, scenario_id: ScenarioId) -> UnitId | None:
    unit = proposal.units[unit_id]
    if unit.scenario_id == scenario_id:
        return unit_id
    return next(
        (
            u.id
            for u in proposal.units.values()
            if u.scenario_id == scenario_id and u.unit_ref == unit.unit_ref
        ),
        None,
    )
