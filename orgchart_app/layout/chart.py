"""The chart to draw, as one tree: units hold their posts, and a unit whose lead reports to a post
of the parent unit hangs under that post. Built once, in linear time, for every engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.layout.boxes import BoxDraft, BoxMaker
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.quick import quick_node


@dataclass(eq=False, slots=True, kw_only=True)
class Block:
    """A node of the chart tree and its block (the bounding box of its subtree). The placement
    fields are filled by the engines, relative to the parent node's block."""

    parent: Block | None = None
    children: list[Block] = field(default_factory=list)
    w: float = 0.0
    h: float = 0.0
    anchor: float = 0.0  # x of the point a parent lines up on, within the block
    dx: float = 0.0  # the block's offset within its parent's block
    dy: float = 0.0
    bus: float = -1.0  # y of the horizontal line from the manager, within the manager's block
    x: float = 0.0  # absolute, after placement
    y: float = 0.0


@dataclass(eq=False, slots=True, kw_only=True)
class BoxNode(Block):
    """A node drawn as a box: a post, or a collapsed team's summary."""

    post: Post
    box: BoxDraft
    box_dx: float = 0.0  # the box within its own block (its top is the block's top)
    stacked: bool = False  # a leaf stacked under its manager
    beside: bool = False  # an assistant beside its manager


@dataclass(eq=False, slots=True, kw_only=True)
class PostNode(BoxNode):
    row_top: float = -1.0  # a manager's row of reports, within its block (-1: none)
    spine: float = -1.0  # x of a manager's stacked leaves' spine, within its block (-1: none)
    line_in: bool = False  # a unit's top post whose manager is drawn elsewhere
    mark: int = 0  # while linking: 0 not seen, 1 on the path being walked, 2 done


@dataclass(eq=False, slots=True, kw_only=True)
class SummaryNode(BoxNode):
    """A collapsed manager's team as one box; `post` is the manager's."""


@dataclass(eq=False, slots=True, kw_only=True)
class UnitNode(Block):
    unit: Unit
    follows: UnitNode | None = (
        None  # a loose sub-unit drawn below this sibling, where its lead's manager is
    )
    title_lines: tuple[str, ...] = ()


@dataclass(eq=False, slots=True, kw_only=True)
class TopNode(Block):
    """The whole chart: the top units side by side."""


_make_post_node = quick_node(PostNode)  # (post, box): one per post shown


@dataclass(slots=True)
class Chart:
    scenario_id: ScenarioId
    top: TopNode
    post_nodes: dict[PostId, PostNode]
    unit_nodes: dict[UnitId, UnitNode]
    summaries: dict[PostId, SummaryNode]  # collapsed manager -> summary node
    units: dict[UnitId, Unit]  # every unit in scope, hidden or not


def build_chart(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None = None,
) -> Chart:
    if scenario_id not in proposal.scenarios:
        raise NotFound("There is no such scenario in this proposal.")
    units = _units_in_scope(proposal, scenario_id, options.unit_id)
    posts = {
        p.id: p
        for p in proposal.posts.values()
        if p.scenario_id == scenario_id and p.unit_id in units
    }
    reports: dict[PostId, list[Post]] = {}
    for post in posts.values():
        if post.reports_to_id is not None and post.reports_to_id in posts:
            reports.setdefault(post.reports_to_id, []).append(post)
    hidden, summaries = _collapse(posts, reports, options.collapsed, options.keep_collapsed_heads)
    holders = holder_names(proposal, posts) if options.show_names else {}
    maker = BoxMaker(proposal, options, holders, markers or {})
    post_box = maker.post_box
    post_nodes = {
        pid: _make_post_node(p, post_box(p)) for pid, p in posts.items() if pid not in hidden
    }
    shown_units = _shown_units(units, posts, hidden, options.unit_id)
    unit_nodes = {uid: UnitNode(unit=u) for uid, u in units.items() if uid in shown_units}
    top = TopNode()
    _link_posts(post_nodes, unit_nodes)
    _link_units(unit_nodes, post_nodes, units, top, options.units_below_leads)
    summary_nodes = {}
    for manager_id, (count, fte) in summaries.items():
        manager = post_nodes[manager_id]
        node = SummaryNode(
            post=manager.post, parent=manager, box=maker.summary_box(manager.post, count, fte)
        )
        manager.children.append(node)
        summary_nodes[manager_id] = node
    return Chart(scenario_id, top, post_nodes, unit_nodes, summary_nodes, units)


def dismantle(chart: Chart) -> None:
    """Cut the links from each node up to its parent once the chart has served: the tree is then
    freed at once as it goes out of use, rather than left for the cyclic garbage collector."""
    for nodes in (chart.post_nodes, chart.unit_nodes, chart.summaries):
        for node in nodes.values():
            node.parent = None


def _units_in_scope(
    proposal: Proposal, scenario_id: ScenarioId, unit_id: UnitId | None
) -> dict[UnitId, Unit]:
    units = {u.id: u for u in proposal.units.values() if u.scenario_id == scenario_id}
    if unit_id is None:
        return units
    if unit_id not in units:
        raise NotFound("There is no such unit in this scenario.")
    children: dict[UnitId, list[Unit]] = {}
    for unit in units.values():
        if unit.parent_id is not None:
            children.setdefault(unit.parent_id, []).append(unit)
    found = {unit_id: units[unit_id]}
    queue = [units[unit_id]]
    for unit in queue:
        for child in children.get(unit.id, []):
            if child.id not in found:  # a damaged file may have units nested in a loop
                found[child.id] = child
                queue.append(child)
    return found


def _collapse(
    posts: dict[PostId, Post],
    reports: dict[PostId, list[Post]],
    collapsed: frozenset[PostId],
    keep_heads: bool,
) -> tuple[set[PostId], dict[PostId, tuple[int, float]]]:
    """The posts hidden inside collapsed teams, and each visible collapsed manager's totals.
    keep_heads: a team stops at a collapsed post, which keeps its own team and summary."""
    hidden: set[PostId] = set()
    totals: dict[PostId, tuple[int, float]] = {}
    stop = collapsed if keep_heads else frozenset()
    for manager_id in (pid for pid in posts if pid in collapsed and pid in reports):
        team = [r for r in reports[manager_id] if r.id not in stop]
        seen = {manager_id}
        for post in team:
            seen.add(post.id)
            team.extend(
                r for r in reports.get(post.id, []) if r.id not in seen and r.id not in stop
            )
        hidden.update(p.id for p in team)
        if team:  # empty when every report is a kept head: no summary box then
            totals[manager_id] = (sum(p.quantity for p in team), sum(p.total_fte for p in team))
    return hidden, {m: t for m, t in totals.items() if m not in hidden}


def holder_names(proposal: Proposal, posts: Mapping[PostId, Post]) -> dict[PostId, str]:
    """Each post's postholders' names, for boxes that show them."""
    names: dict[PostId, list[str]] = {}
    for holder in proposal.postholders.values():
        if holder.post_id in posts:
            names.setdefault(holder.post_id, []).append(holder.name)
    return {pid: ", ".join(found) for pid, found in names.items()}


def _shown_units(
    units: dict[UnitId, Unit], posts: dict[PostId, Post], hidden: set[PostId], scope: UnitId | None
) -> set[UnitId]:
    """Every unit, except those whose posts all disappeared into collapsed teams, and the (empty)
    units inside those."""
    if not hidden:
        return set(units)
    total: dict[UnitId, int] = dict.fromkeys(units, 0)
    shown: dict[UnitId, int] = dict.fromkeys(units, 0)
    for post in posts.values():
        for unit_id in _unit_chain(post.unit_id, units):
            total[unit_id] += 1
            shown[unit_id] += post.id not in hidden
    kept = {uid for uid in units if uid == scope or total[uid] == 0 or shown[uid] > 0}
    return {uid for uid in kept if all(u in kept for u in _unit_chain(uid, units))}


def _unit_chain(unit_id: UnitId, units: Mapping[UnitId, Unit]) -> list[UnitId]:
    chain: list[UnitId] = []
    current: UnitId | None = unit_id
    while current is not None and current in units and len(chain) <= len(units):
        chain.append(current)
        current = units[current].parent_id
    return chain


def _in_a_cycle(unit_id: UnitId, units: Mapping[UnitId, Unit]) -> bool:
    chain = _unit_chain(unit_id, units)
    return len(chain) > len(set(chain))


def _link_posts(post_nodes: dict[PostId, PostNode], unit_nodes: dict[UnitId, UnitNode]) -> None:
    """Each post under its manager when both are in the same unit, else at the top of its unit.
    Reporting cycles are cut so every post is reached exactly once."""
    for node in post_nodes.values():
        post = node.post
        manager = post_nodes.get(post.reports_to_id) if post.reports_to_id is not None else None
        if manager is not None and manager.post.unit_id == post.unit_id:
            node.parent = manager
        else:
            node.parent = unit_nodes[post.unit_id]
            node.line_in = manager is not None
    # Walk up from each post; a walk that meets its own path has found a cycle, cut where it closed.
    for node in post_nodes.values():
        current: Block | None = node
        while isinstance(current, PostNode) and current.mark == 0:
            current.mark = 1
            current = current.parent
        if isinstance(current, PostNode) and current.mark == 1:
            current.parent = unit_nodes[current.post.unit_id]
            current.line_in = True
        current = node
        while isinstance(current, PostNode) and current.mark == 1:
            current.mark = 2
            current = current.parent
    for node in post_nodes.values():
        _child_of_parent(node)


def _child_of_parent(node: Block) -> None:
    assert node.parent is not None  # every post and unit was given one just before
    node.parent.children.append(node)


def _link_units(
    unit_nodes: dict[UnitId, UnitNode],
    post_nodes: dict[PostId, PostNode],
    units: dict[UnitId, Unit],
    top: TopNode,
    below_leads: bool,
) -> None:
    """A unit hangs under the post of its parent unit that its lead (or first post) reports to;
    otherwise it sits in its parent unit's container, or at the top."""
    attach: dict[UnitId, PostNode] = {}
    leads = [
        post_nodes[u.lead_post_id]
        for u in units.values()
        if u.lead_post_id is not None and u.lead_post_id in post_nodes
    ]
    for node in (*leads, *post_nodes.values()):
        manager_id = node.post.reports_to_id
        manager = post_nodes.get(manager_id) if manager_id is not None else None
        if manager is None or manager.post.unit_id == node.post.unit_id:
            continue
        target = manager.post.unit_id
        for unit_id in _unit_chain(node.post.unit_id, units):
            if units[unit_id].parent_id == target:
                attach.setdefault(unit_id, manager)
                break
    for unit_id, unit_node in unit_nodes.items():
        parent_id = unit_node.unit.parent_id
        if _in_a_cycle(unit_id, units):  # a damaged file: show the unit rather than lose it
            unit_node.parent = top
        elif unit_id in attach:
            unit_node.parent = attach[unit_id]
        elif parent_id is not None and parent_id in unit_nodes:
            unit_node.parent = unit_nodes[parent_id]
        else:
            unit_node.parent = top
    for unit_node in unit_nodes.values() if below_leads else ():
        unit_node.follows = _sibling_above(unit_node, post_nodes, unit_nodes, units)
        if unit_node.follows is not None and unit_node.follows.parent is not unit_node.parent:
            unit_node.parent = (
                unit_node.follows.parent
            )  # hang under the same post as the sibling above it
    # Posts were linked first, so a manager's reports come before the units hanging under it.
    for unit_node in unit_nodes.values():
        _child_of_parent(unit_node)


def _sibling_above(
    node: UnitNode,
    post_nodes: dict[PostId, PostNode],
    unit_nodes: dict[UnitId, UnitNode],
    units: dict[UnitId, Unit],
) -> UnitNode | None:
    """For a sub-unit loose in its parent's container: the sibling sub-unit holding the manager
    of its lead, if any. Drawing the unit below that sibling keeps the line between them short."""
    if not isinstance(node.parent, UnitNode):
        return None
    unit = node.unit
    lead = post_nodes.get(unit.lead_post_id) if unit.lead_post_id is not None else None
    if lead is None or lead.parent is not node:
        lead = next((p for p in post_nodes.values() if p.parent is node and p.line_in), None)
    manager_id = lead.post.reports_to_id if lead is not None else None
    if manager_id is None or manager_id not in post_nodes:
        return None
    manager = post_nodes[manager_id]
    for unit_id in _unit_chain(manager.post.unit_id, units):
        if units[unit_id].parent_id == unit.parent_id:
            sibling = unit_nodes.get(unit_id)
            return (
                sibling
                if sibling is not node and sibling is not None and sibling.follows is None
                else None
            )
    return None
