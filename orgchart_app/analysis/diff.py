"""What changed between two scenarios, post by post, matched on the stable post_ref.

The one account of what changed: the change list, the compare markers and the recommendations
(analysis/change_classes.py sorts this diff into committee operations) all read a ScenarioDiff,
and an export computes it once for each pair of scenarios.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field

from orgchart_app.domain.ids import OrganisationId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import percent_text, posts_fte_label


class ChangeKind(enum.Enum):
    ESTABLISHED = "established"
    DELETED = "deleted"
    REDESIGNATED = "redesignated"
    REGRADED = "regraded"
    FTE_CHANGED = "fte_changed"
    MOVED_UNIT = "moved_unit"
    MANAGER_CHANGED = "manager_changed"
    EMPLOYER_CHANGED = "employer_changed"
    DEPLOYMENT_CHANGED = "deployment_changed"
    STATUS_CHANGED = "status_changed"
    DOTTED_LINES_CHANGED = "dotted_lines_changed"
    # Chief, deputy chief (designated or not) or neither: what the pay policy statement counts.
    OFFICER_CATEGORY_CHANGED = "officer_category_changed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").replace("fte", "FTE")


class UnitChangeKind(enum.Enum):
    ESTABLISHED = "established"
    DELETED = "deleted"
    RENAMED = "renamed"
    MOVED = "moved"
    STATUS_CHANGED = "status_changed"


@dataclass(frozen=True, slots=True)
class PostChange:
    kind: ChangeKind
    post_ref: str
    title: str
    # The box's total FTE (quantity x FTE): the to-be's, or the as-is's for a deletion.
    fte: float
    quantity: int
    before: str = ""
    after: str = ""
    from_post_id: PostId | None = None
    to_post_id: PostId | None = None


@dataclass(frozen=True, slots=True)
class UnitChange:
    kind: UnitChangeKind
    unit_ref: str
    name: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class Totals:
    posts: int = 0
    fte: float = 0.0

    def plus(self, post: Post) -> Totals:
        return Totals(self.posts + post.quantity, round(self.fte + post.total_fte, 4))


@dataclass(frozen=True, slots=True)
class ScenarioDiff:
    from_name: str
    to_name: str
    changes: tuple[PostChange, ...]
    unit_changes: tuple[UnitChange, ...]
    # Name -> (before, after), for each unit and each employing organisation.
    unit_totals: dict[str, tuple[Totals, Totals]] = field(default_factory=dict)
    organisation_totals: dict[str, tuple[Totals, Totals]] = field(default_factory=dict)
    totals: tuple[Totals, Totals] = (Totals(), Totals())

    def of_kind(self, kind: ChangeKind) -> list[PostChange]:
        return [c for c in self.changes if c.kind is kind]

    def for_post_ref(self, post_ref: str) -> list[PostChange]:
        return [c for c in self.changes if c.post_ref == post_ref]


def diff_scenarios(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> ScenarioDiff:
    before = _Side(proposal, from_id)
    after = _Side(proposal, to_id)
    changes: list[PostChange] = []
    for ref, old in before.by_ref.items():
        new = after.by_ref.get(ref)
        if new is None:
            changes.append(
                PostChange(
                    ChangeKind.DELETED,
                    ref,
                    old.title,
                    old.total_fte,
                    old.quantity,
                    before=before.place(old),
                    from_post_id=old.id,
                )
            )
        else:
            changes.extend(_compare(old, new, before, after))
    for ref, new in after.by_ref.items():
        if ref not in before.by_ref:
            changes.append(
                PostChange(
                    ChangeKind.ESTABLISHED,
                    ref,
                    new.title,
                    new.total_fte,
                    new.quantity,
                    after=after.place(new),
                    to_post_id=new.id,
                )
            )
    return ScenarioDiff(
        proposal.scenarios[from_id].name,
        proposal.scenarios[to_id].name,
        tuple(changes),
        tuple(_unit_changes(before, after)),
        _paired(before.totals_by_unit(), after.totals_by_unit()),
        _paired(before.totals_by_organisation(), after.totals_by_organisation()),
        (before.total(), after.total()),
    )


def _compare(old: Post, new: Post, before: _Side, after: _Side) -> list[PostChange]:
    found: list[tuple[ChangeKind, str, str]] = []
    if old.title != new.title:
        found.append((ChangeKind.REDESIGNATED, old.title, new.title))
    if old.grade != new.grade:
        found.append((ChangeKind.REGRADED, old.grade or "no grade", new.grade or "no grade"))
    if old.total_fte != new.total_fte or old.quantity != new.quantity:
        found.append(
            (
                ChangeKind.FTE_CHANGED,
                posts_fte_label(old.quantity, old.fte),
                posts_fte_label(new.quantity, new.fte),
            )
        )
    if before.unit_path(old) != after.unit_path(new):
        found.append((ChangeKind.MOVED_UNIT, before.unit_name(old), after.unit_name(new)))
    if before.manager_ref(old) != after.manager_ref(new):
        found.append(
            (ChangeKind.MANAGER_CHANGED, before.manager_title(old), after.manager_title(new))
        )
    if old.employer_id != new.employer_id:
        found.append(
            (
                ChangeKind.EMPLOYER_CHANGED,
                before.org_name(old.employer_id),
                after.org_name(new.employer_id),
            )
        )
    if old.deployed_to_id != new.deployed_to_id:
        found.append(
            (
                ChangeKind.DEPLOYMENT_CHANGED,
                before.org_name(old.deployed_to_id),
                after.org_name(new.deployed_to_id),
            )
        )
    if old.status != new.status:
        found.append((ChangeKind.STATUS_CHANGED, old.status.label, new.status.label))
    if old.officer_category != new.officer_category:
        found.append(
            (
                ChangeKind.OFFICER_CATEGORY_CHANGED,
                old.officer_category.value.replace("_", " "),
                new.officer_category.value.replace("_", " "),
            )
        )
    if before.dotted(old) != after.dotted(new):
        found.append(
            (ChangeKind.DOTTED_LINES_CHANGED, before.dotted_text(old), after.dotted_text(new))
        )
    return [
        PostChange(
            kind, new.post_ref, new.title, new.total_fte, new.quantity, was, now, old.id, new.id
        )
        for kind, was, now in found
    ]


def _unit_changes(before: _Side, after: _Side) -> list[UnitChange]:
    changes: list[UnitChange] = []
    for ref, old in before.units_by_ref.items():
        new = after.units_by_ref.get(ref)
        if new is None:
            changes.append(UnitChange(UnitChangeKind.DELETED, ref, old.name))
            continue
        if old.name != new.name:
            changes.append(UnitChange(UnitChangeKind.RENAMED, ref, new.name, old.name, new.name))
        if before.parent_ref(old.id) != after.parent_ref(new.id):
            changes.append(
                UnitChange(
                    UnitChangeKind.MOVED,
                    ref,
                    new.name,
                    before.parent_name(old.id),
                    after.parent_name(new.id),
                )
            )
        if old.status != new.status:
            changes.append(
                UnitChange(
                    UnitChangeKind.STATUS_CHANGED, ref, new.name, old.status.label, new.status.label
                )
            )
    changes += [
        UnitChange(UnitChangeKind.ESTABLISHED, ref, unit.name)
        for ref, unit in after.units_by_ref.items()
        if ref not in before.units_by_ref
    ]
    return changes


def _paired(
    before: dict[str, Totals], after: dict[str, Totals]
) -> dict[str, tuple[Totals, Totals]]:
    names = list(dict.fromkeys([*before, *after]))
    return {name: (before.get(name, Totals()), after.get(name, Totals())) for name in names}


class _Side:
    """One scenario, indexed for comparison."""

    def __init__(self, proposal: Proposal, scenario_id: ScenarioId) -> None:
        self.proposal = proposal
        self.posts = proposal.posts_in(scenario_id)
        self.by_ref = {p.post_ref: p for p in self.posts}
        self.units = {u.id: u for u in proposal.units_in(scenario_id)}
        self.units_by_ref = {u.unit_ref: u for u in self.units.values()}
        self.dotted_by_post: dict[PostId, list[tuple[str, str, float | None, str]]] = defaultdict(
            list
        )
        for line in proposal.dotted_lines_in(scenario_id):
            target = proposal.posts[line.to_post_id]
            self.dotted_by_post[line.from_post_id].append(
                (target.post_ref, line.kind.value, line.share_percent, line.label)
            )

    def unit_path(self, post: Post) -> tuple[str, ...]:
        return tuple(u.unit_ref for u in self.proposal.unit_path(post.unit_id))

    def unit_name(self, post: Post) -> str:
        return " > ".join(u.name for u in self.proposal.unit_path(post.unit_id))

    def place(self, post: Post) -> str:
        return self.unit_name(post)

    def parent_ref(self, unit_id: UnitId) -> str:
        parent = self.units[unit_id].parent_id
        if parent is None:
            return ""
        # A parent outside the scenario (a damaged file) matches no unit_ref of this one.
        return self.units[parent].unit_ref if parent in self.units else f"elsewhere:{parent}"

    def parent_name(self, unit_id: UnitId) -> str:
        parent = self.units[unit_id].parent_id
        return self.unit_label(parent) if parent is not None else "(top level)"

    def unit_label(self, unit_id: UnitId) -> str:
        """The unit's name, saying so when it is not one of this scenario's (a damaged file)."""
        if unit_id in self.units:
            return self.units[unit_id].name
        unit = self.proposal.units.get(unit_id)
        return f"{unit.name} (in another scenario)" if unit is not None else "(a missing unit)"

    def manager_ref(self, post: Post) -> str:
        manager = self.proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
        return manager.post_ref if manager else ""

    def manager_title(self, post: Post) -> str:
        manager = self.proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
        return manager.title if manager else "no line manager"

    def org_name(self, organisation_id: OrganisationId | None) -> str:
        if organisation_id is None:
            return "none"
        return self.proposal.organisations[organisation_id].short_name

    def dotted(self, post: Post) -> list[tuple[str, str, float | None, str]]:
        return sorted(self.dotted_by_post.get(post.id, []), key=repr)

    def dotted_text(self, post: Post) -> str:
        lines = []
        for ref, kind, share, _label in self.dotted(post):
            target = (
                self.by_ref[ref].title if ref in self.by_ref else f"{ref} (in another scenario)"
            )
            lines.append(f"{kind} to {target}" + (f" ({percent_text(share)})" if share else ""))
        return "; ".join(lines) or "none"

    def totals_by_unit(self) -> dict[str, Totals]:
        totals: dict[str, Totals] = {}
        for post in self.posts:
            name = self.unit_label(post.unit_id)
            totals[name] = totals.get(name, Totals()).plus(post)
        return totals

    def totals_by_organisation(self) -> dict[str, Totals]:
        totals: dict[str, Totals] = {}
        for post in self.posts:
            name = self.proposal.organisations[post.employer_id].short_name
            totals[name] = totals.get(name, Totals()).plus(post)
        return totals

    def total(self) -> Totals:
        result = Totals()
        for post in self.posts:
            result = result.plus(post)
        return result
