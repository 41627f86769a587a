"""The diff sorted into the operations a committee decides on (docs/DOMAIN.md section 2.2, rule 2).

Nothing is compared here: the kinds of change come from the one diff of the two scenarios
(analysis/diff.py), so the recommendations, the change list and the compare markers never
disagree. What one change already says is not said again:
- a change of deployment to a host organisation covers the move into the host's structure;
- a transfer (the post's department changes: the first unit below its organisation) covers the
  new line manager and the end of a deployment;
- a whole unit moving to another department is one team transfer covering everything in it;
- another employer's posts are never transferred by this committee: their move is reported as
  the new line management arrangement (docs/DOMAIN.md O12).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from orgchart_app.analysis.diff import ChangeKind, ScenarioDiff, UnitChangeKind
from orgchart_app.domain.enums import OfficerCategory
from orgchart_app.domain.ids import OrganisationId, ScenarioId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal


class Operation(enum.Enum):
    ESTABLISHMENT = "establishment"
    DELETION = "deletion"
    LINE_MANAGEMENT = "line_management"
    POST_TRANSFER = "post_transfer"
    TEAM_TRANSFER = "team_transfer"
    REDESIGNATION = "redesignation"
    REGRADING = "regrading"
    FTE_CHANGE = "fte_change"
    DEPLOYMENT = "deployment"
    OFFICER_CATEGORY = "officer_category"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").replace("fte", "FTE")


@dataclass(frozen=True, slots=True)
class Entry:
    """One post (or team) under one operation, before grouping."""

    operation: Operation
    # Posts of the same operation and group key go into one recommendation.
    group: tuple[object, ...]
    for_decision: bool
    post: Post
    before: Post | None = None
    unit: Unit | None = None


class Scenarios:
    """The two scenarios, indexed by post_ref and unit_ref, with the department of each post
    and the kinds of change the diff found for each post_ref."""

    def __init__(
        self,
        proposal: Proposal,
        from_id: ScenarioId,
        to_id: ScenarioId,
        own: OrganisationId,
        diff: ScenarioDiff,
    ) -> None:
        self.proposal = proposal
        self.own = own
        self.kinds: dict[str, set[ChangeKind]] = {}
        for change in diff.changes:
            self.kinds.setdefault(change.post_ref, set()).add(change.kind)
        self.moved_units = {u.unit_ref for u in diff.unit_changes if u.kind is UnitChangeKind.MOVED}
        self.before = {p.post_ref: p for p in proposal.posts_in(from_id)}
        self.after = {p.post_ref: p for p in proposal.posts_in(to_id)}
        self.units_before = {u.unit_ref: u for u in proposal.units_in(from_id)}
        self.units_after = {u.unit_ref: u for u in proposal.units_in(to_id)}

    def department(self, unit: Unit) -> tuple[str, ...]:
        return tuple(u.unit_ref for u in self.proposal.unit_path(unit.id)[:2])

    def post_department(self, post: Post) -> tuple[str, ...]:
        return self.department(self.proposal.units[post.unit_id])

    def place(self, unit: Unit) -> str:
        """Where a unit sits, from its department down: "Corporate Core - Finance Department"."""
        path = self.proposal.unit_path(unit.id)
        return " – ".join(u.name for u in (path[1:] or path))

    def manager_ref(self, post: Post) -> str:
        manager = self.proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
        return manager.post_ref if manager else ""

    def is_own(self, post: Post) -> bool:
        return post.employer_id == self.own

    def changed(self, post: Post, kind: ChangeKind) -> bool:
        return kind in self.kinds.get(post.post_ref, ())


def classify(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    own: OrganisationId,
    diff: ScenarioDiff,
) -> tuple[list[Entry], list[str]]:
    """Every entry, in the order of the scenarios' posts, and warnings for what has no wording."""
    s = Scenarios(proposal, from_id, to_id, own, diff)
    entries = _team_transfers(s)
    covered = {
        p.post_ref
        for e in entries
        if e.unit is not None
        for u in proposal.subunits_of(e.unit.id)
        for p in proposal.posts_in(to_id)
        if p.unit_id == u.id
    }
    warnings: list[str] = []
    for ref, old in s.before.items():
        new = s.after.get(ref)
        if s.changed(old, ChangeKind.DELETED) or new is None:
            entries.append(Entry(Operation.DELETION, (), s.is_own(old), old))
        else:
            entries += _changes(s, old, new, ref in covered)
            if s.changed(new, ChangeKind.EMPLOYER_CHANGED):
                warnings.append(_employer_warning(proposal, old, new))
    entries += [
        Entry(Operation.ESTABLISHMENT, (), s.is_own(new), new)
        for ref, new in s.after.items()
        if ref not in s.before
    ]
    return entries, warnings


def _team_transfers(s: Scenarios) -> list[Entry]:
    entries = []
    for ref, unit in s.units_after.items():
        old = s.units_before.get(ref)
        if ref not in s.moved_units or old is None or old.parent_id is None:
            continue
        if unit.parent_id is None or s.department(old) == s.department(unit):
            continue
        team = [
            p
            for u in s.proposal.subunits_of(unit.id)
            for p in s.after.values()
            if p.unit_id == u.id
        ]
        if not team or all(_deployed_elsewhere(s, p) for p in team):
            continue  # the move is a change of deployment, reported as such
        target = s.place(s.proposal.units[unit.parent_id])
        entries.append(
            Entry(Operation.TEAM_TRANSFER, (target,), any(map(s.is_own, team)), team[0], unit=unit)
        )
    return entries


def _deployed_elsewhere(s: Scenarios, post: Post) -> bool:
    return post.deployed_to_id is not None and s.changed(post, ChangeKind.DEPLOYMENT_CHANGED)


def _changes(s: Scenarios, old: Post, new: Post, in_team_transfer: bool) -> list[Entry]:
    own = s.is_own(new)
    found: list[Entry] = []
    moved = s.changed(new, ChangeKind.MOVED_UNIT) and (
        s.post_department(old) != s.post_department(new)
    )
    redeployed = _deployed_elsewhere(s, new)
    transferred = moved and own and not redeployed and not in_team_transfer
    if redeployed:
        found.append(
            Entry(
                Operation.DEPLOYMENT,
                (old.deployed_to_id, new.deployed_to_id, new.employer_id),
                own,
                new,
                old,
            )
        )
    if transferred:
        target = s.place(s.proposal.units[new.unit_id])
        found.append(Entry(Operation.POST_TRANSFER, (target,), own, new, old))
    new_manager = s.manager_ref(new)
    if s.changed(new, ChangeKind.MANAGER_CHANGED) and not transferred and not in_team_transfer:
        manager = s.after.get(new_manager)
        decided_here = manager is not None and s.is_own(manager)
        found.append(Entry(Operation.LINE_MANAGEMENT, (new_manager,), decided_here, new, old))
    regraded = s.changed(new, ChangeKind.REGRADED)
    if s.changed(new, ChangeKind.REDESIGNATED):
        found.append(Entry(Operation.REDESIGNATION, (regraded,), own, new, old))
    elif regraded:
        found.append(Entry(Operation.REGRADING, (), own, new, old))
    # Hours or the number of posts: two half-time posts for one full-time post is a change.
    if s.changed(new, ChangeKind.FTE_CHANGED):
        found.append(Entry(Operation.FTE_CHANGE, (), own, new, old))
    if s.changed(new, ChangeKind.OFFICER_CATEGORY_CHANGED):
        found.append(Entry(Operation.OFFICER_CATEGORY, (new.officer_category,), own, new, old))
    return found


def _employer_warning(proposal: Proposal, old: Post, new: Post) -> str:
    before = proposal.organisations[old.employer_id].short_name
    after = proposal.organisations[new.employer_id].short_name
    return (
        f'"{new.title}" ({new.post_ref}) changes employer from {before} to {after}: a TUPE '
        "transfer or secondment, which needs its own report (no wording is generated)."
    )


OFFICER_CATEGORY_TEXT = {
    OfficerCategory.CHIEF: "a Chief Officer",
    OfficerCategory.DEPUTY_CHIEF_DESIGNATED: "a designated Deputy Chief Officer",
    OfficerCategory.DEPUTY_CHIEF_NON_DESIGNATED: "a non-designated Deputy Chief Officer",
    OfficerCategory.OTHER: "neither a Chief nor a Deputy Chief Officer",
}
