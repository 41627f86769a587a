"""The diff in the committee's own words: "The Committee is asked to support the proposed
establishment of the following posts: Senior Integrated Commissioning Manager x 4 FTE; ..."

Rules (DOMAIN.md section 2.2): titles come from the post records; items are grouped by title and
grade and summed ("x 4 FTE": whole numbers bare, others to 2 dp); a team that moves is named once
with its description; changes to the committee's own employer's posts are for decision, those
decided for another employer's posts are for noting; the verbs are settings; the financial
sentence claims "met from within existing resources" only when the costing says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import cast

from orgchart_app.analysis.budget import BudgetFit, budget_fit
from orgchart_app.analysis.change_classes import (
    OFFICER_CATEGORY_TEXT,
    Entry,
    Operation,
    classify,
)
from orgchart_app.analysis.consistency import consistency_checks, financial_notes
from orgchart_app.analysis.cost_basis import (
    COSTS_LEFT_OUT,
    CostsInRecommendations,
    cost_assumptions,
    with_assumptions,
)
from orgchart_app.analysis.costing import Costing, CostingOptions, cost_not_given, cost_scenario
from orgchart_app.analysis.diff import ScenarioDiff, diff_scenarios
from orgchart_app.analysis.people_costs import one_off_costs, one_off_sentence
from orgchart_app.analysis.recommendation_types import (
    Item,
    Recommendation,
    Recommendations,
)
from orgchart_app.analysis.worded_items import with_worded_items
from orgchart_app.domain.enums import OrganisationKind, PostStatus
from orgchart_app.domain.errors import NotFound
from orgchart_app.domain.ids import OrganisationId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_label, fte_text, money_text, posts_fte_label

DEFAULT_VERBS = {
    Operation.ESTABLISHMENT: "support",
    Operation.DELETION: "support",
    Operation.LINE_MANAGEMENT: "support",
    Operation.POST_TRANSFER: "support",
    Operation.TEAM_TRANSFER: "support",
    Operation.REDESIGNATION: "agree",
    Operation.REGRADING: "approve",
    Operation.FTE_CHANGE: "approve",
    Operation.DEPLOYMENT: "note",
    Operation.OFFICER_CATEGORY: "agree",
}
# Bury's order: establishment, deletion, line management, transfer of posts, of teams [002].
DEFAULT_ORDER = tuple(Operation)
# What the own employer can change without any financial implication (Manchester [000 Fin]).
COST_NEUTRAL = frozenset(
    {
        Operation.REDESIGNATION,
        Operation.LINE_MANAGEMENT,
        Operation.DEPLOYMENT,
        Operation.OFFICER_CATEGORY,
        Operation.POST_TRANSFER,
        Operation.TEAM_TRANSFER,
    }
)
ALWAYS_GRADED = frozenset({Operation.DEPLOYMENT, Operation.OFFICER_CATEGORY})
NO_FINANCIAL_IMPLICATIONS = (
    "There are no financial implications: the proposals concern existing funded posts on the "
    "establishment and there are no changes to the grades."
)


@dataclass(frozen=True, slots=True)
class RecommendationSettings:
    """Per report: who is asked, the verb for each operation, whose posts are decided here."""

    committee: str = "The Committee"
    verbs: dict[Operation, str] = field(default_factory=lambda: dict(DEFAULT_VERBS))
    noting_verb: str = "note"
    # Short or full name of the committee's own employer; "" = the council employing most posts.
    own_employer: str = ""
    order: tuple[Operation, ...] = DEFAULT_ORDER
    # Print the grade after each title in every list; redesignation, regrading, deployment and
    # officer-category items always show it, as Manchester writes them ("Strategic Lead (SS2)").
    show_grades: bool = False
    # A cost resting on assumed grades or pay: left out, or given with its assumptions.
    costs: CostsInRecommendations = CostsInRecommendations.OFF

    def verb(self, operation: Operation) -> str:
        return self.verbs.get(operation, DEFAULT_VERBS[operation])


def own_employer(proposal: Proposal, to_id: ScenarioId, name: str = "") -> OrganisationId:
    """The named organisation, or the council that employs the most posts in the scenario."""
    if name:
        return proposal.organisation_named(name).id
    counts = Counter(p.employer_id for p in proposal.posts_in(to_id) for _ in range(p.quantity))
    councils = [
        o for o in counts if proposal.organisations[o].kind is OrganisationKind.LOCAL_AUTHORITY
    ]
    ranked = sorted(councils or counts, key=lambda o: -counts[o])
    if not ranked:
        raise NotFound("The scenario has no posts, so there is no employer to write for.")
    return ranked[0]


def build_recommendations(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    settings: RecommendationSettings = RecommendationSettings(),
    costing: CostingOptions = CostingOptions(),
    use_stored: bool = True,
    diff: ScenarioDiff | None = None,
) -> Recommendations:
    """The items the user worded for these scenarios (use_stored) over the drafted ones; `diff`
    is the export's one diff of the two scenarios, computed here when not given."""
    drafted = draft_recommendations(proposal, from_id, to_id, settings, costing, diff)
    return with_worded_items(proposal, from_id, to_id, drafted) if use_stored else drafted


def draft_recommendations(
    proposal: Proposal,
    from_id: ScenarioId,
    to_id: ScenarioId,
    settings: RecommendationSettings = RecommendationSettings(),
    costing: CostingOptions = CostingOptions(),
    diff: ScenarioDiff | None = None,
    costs: Costing = cost_scenario,
) -> Recommendations:
    """`costs` may be a CostBook's, so the dock shares the costings the other docks made."""
    own = own_employer(proposal, to_id, settings.own_employer)
    diff = diff if diff is not None else diff_scenarios(proposal, from_id, to_id)
    entries, warnings = classify(proposal, from_id, to_id, own, diff)
    groups: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[(entry.operation, not entry.for_decision, *entry.group)].append(entry)
    rank = {op: i for i, op in enumerate(settings.order)}
    ordered = sorted(
        groups.values(), key=lambda g: (not g[0].for_decision, rank.get(g[0].operation, len(rank)))
    )
    recommendations = tuple(_recommendation(proposal, group, own, settings) for group in ordered)
    fit = budget_fit(proposal, to_id, costing, costs=costs) if proposal.budget_lines else None
    financial = _financial(recommendations, fit)
    not_given = cost_not_given(fit.scenario_cost) if fit is not None else ""
    assumptions = cost_assumptions(proposal, to_id) if fit is not None else ()
    if not_given and financial != NO_FINANCIAL_IMPLICATIONS:
        # A total that counts ungraded posts as nothing is no figure at all.
        financial, fit = not_given, None
    elif assumptions and financial != NO_FINANCIAL_IMPLICATIONS:
        if settings.costs is CostsInRecommendations.OFF:
            financial, fit = COSTS_LEFT_OUT, None
        else:
            financial = with_assumptions(financial, assumptions)
    return Recommendations(
        proposal.scenarios[from_id].name,
        proposal.scenarios[to_id].name,
        proposal.organisations[own].name,
        recommendations,
        _with_one_off(financial, proposal, to_id),
        tuple(warnings + consistency_checks(proposal, from_id, to_id, own)),
        tuple(financial_notes(proposal, from_id, to_id)),
        fit,
    )


def _recommendation(
    proposal: Proposal, group: list[Entry], own: OrganisationId, settings: RecommendationSettings
) -> Recommendation:
    first = group[0]
    verb = settings.verb(first.operation) if first.for_decision else settings.noting_verb
    items = _items(proposal, group, own, settings)
    return Recommendation(
        first.operation,
        first.for_decision,
        verb,
        _subject(proposal, group, sum(i.posts for i in items)),
        items,
        settings.committee,
        frozenset(source_key(e) for e in group),
    )


def source_key(entry: Entry) -> str:
    """What identifies a change across edits: its operation and the post's (or team's) ref."""
    ref = entry.unit.unit_ref if entry.unit is not None else entry.post.post_ref
    return f"{entry.operation.value}:{ref}"


def _items(
    proposal: Proposal, group: list[Entry], own: OrganisationId, settings: RecommendationSettings
) -> tuple[Item, ...]:
    if group[0].operation is Operation.TEAM_TRANSFER:
        return tuple(_team_item(proposal, entry) for entry in group)
    by_key: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    for entry in group:
        by_key[_item_key(entry)].append(entry)
    titles = Counter(key[0] for key in by_key)
    graded = settings.show_grades or group[0].operation in ALWAYS_GRADED
    return tuple(
        _item(proposal, entries, own, graded or titles[key[0]] > 1)
        for key, entries in by_key.items()
    )


def _item_key(entry: Entry) -> tuple[object, ...]:
    post, before = entry.post, entry.before
    key: tuple[object, ...] = (post.title, post.grade, post.employer_id)
    if before is not None and entry.operation in (
        Operation.REDESIGNATION,
        Operation.REGRADING,
        Operation.FTE_CHANGE,
    ):
        key += (before.title, before.grade, before.fte, post.fte, before.quantity, post.quantity)
    return key


def _item(proposal: Proposal, entries: list[Entry], own: OrganisationId, show_grade: bool) -> Item:
    first = entries[0]
    post, before, operation = first.post, first.before, first.operation
    posts = sum(e.post.quantity for e in entries)
    fte = round(sum(e.post.total_fte for e in entries), 4)
    employer = proposal.organisations[post.employer_id].short_name
    partner = f" ({employer})" if post.employer_id != own else ""
    graded = f" {post.grade}" if show_grade and post.grade else ""
    count = f" x {fte_text(fte)} FTE" + (f" ({posts} posts)" if posts != fte else "")
    if operation is Operation.REDESIGNATION and before is not None:
        vacant = (
            " (an existing vacant and funded post)"
            if before.funded and before.status is not PostStatus.FILLED
            else ""
        )
        text = f"{_graded(before)}{vacant} to {_graded(post)}{partner}" + (
            count if posts > 1 else ""
        )
    elif operation is Operation.REGRADING and before is not None:
        text = (
            f"{post.title}{partner} from {before.grade or 'no grade'} to {post.grade or 'no grade'}"
        )
    elif operation is Operation.FTE_CHANGE and before is not None:
        change = (
            f"{fte_text(before.total_fte)} to {fte_label(post.total_fte)}"
            if before.quantity == post.quantity
            else f"{posts_fte_label(before.quantity, before.fte)} to "
            f"{posts_fte_label(post.quantity, post.fte)}"
        )
        text = f"{post.title}{graded}{partner} from {change}"
    elif operation is Operation.DEPLOYMENT:
        # A deployment moves people: counted as staff, never as FTE the file may not state.
        text = f"{post.title}{graded}{partner}" + (f" x {posts}" if posts > 1 else "")
    elif operation in (Operation.LINE_MANAGEMENT, Operation.OFFICER_CATEGORY):
        text = f"{post.title}{graded}{partner}" + (count if posts > 1 or fte != 1 else "")
    else:
        text = f"{post.title}{graded}{partner}{count}"
    return Item(
        text, post.title, post.grade, employer, posts, fte, tuple(e.post.post_ref for e in entries)
    )


def _graded(post: Post) -> str:
    return f"{post.title} {post.grade}" if post.grade else post.title


def _team_item(proposal: Proposal, entry: Entry) -> Item:
    unit = entry.unit
    assert unit is not None
    team = [
        p
        for u in proposal.subunits_of(unit.id)
        for p in proposal.posts.values()
        if p.unit_id == u.id
    ]
    described = f"{unit.name} ({unit.description})" if unit.description else unit.name
    return Item(
        described,
        unit.name,
        "",
        proposal.organisations[entry.post.employer_id].short_name,
        sum(p.quantity for p in team),
        round(sum(p.total_fte for p in team), 4),
        tuple(p.post_ref for p in team),
    )


def _subject(proposal: Proposal, group: list[Entry], posts: int) -> str:
    first = group[0]
    noun = "post" if posts == 1 else "posts"
    operation = first.operation
    if operation is Operation.ESTABLISHMENT:
        return f"the proposed establishment of the following {noun}"
    if operation is Operation.DELETION:
        return f"the proposed deletion of the following {noun}"
    if operation is Operation.LINE_MANAGEMENT:
        return _line_management_subject(proposal, group)
    if operation is Operation.POST_TRANSFER:
        return f"the permanent transfer of the following {noun} to {first.group[0]}"
    if operation is Operation.TEAM_TRANSFER:
        teams = "team" if len(group) == 1 else "teams"
        return f"the permanent transfer of the following {teams} to {first.group[0]}"
    if operation is Operation.REDESIGNATION:
        regraded = " and regrading" if first.group[0] else ""
        return f"the redesignation{regraded} of the following {noun}"
    if operation is Operation.REGRADING:
        return f"the regrading of the following {noun}"
    if operation is Operation.FTE_CHANGE:
        number = any(e.before is not None and e.before.quantity != e.post.quantity for e in group)
        return f"the change in {'the number or ' if number else ''}hours of the following {noun}"
    if operation is Operation.DEPLOYMENT:
        return _deployment_subject(proposal, first, posts)
    category = OFFICER_CATEGORY_TEXT[first.post.officer_category]
    return f"that the following {noun} should be {category}"


def _line_management_subject(proposal: Proposal, group: list[Entry]) -> str:
    first = group[0]
    manager = proposal.posts.get(first.post.reports_to_id) if first.post.reports_to_id else None
    managers_only = all(proposal.reports_of(e.post.id) for e in group)
    noun = "team manager" if managers_only else "post"
    noun += "" if len(group) == 1 and first.post.quantity == 1 else "s"
    permanence = "" if any(e.post.temporary_line for e in group) else "permanent "
    if manager is None:
        return f"the proposal that the following {noun} have no line manager"
    return (
        f"the proposed {permanence}line management of the following {noun} to the {manager.title}"
    )


def _deployment_subject(proposal: Proposal, first: Entry, posts: int) -> str:
    # A deployment's group key is (deployed from, deployed to, employer): see change_classes.
    source, target, employer = cast(
        tuple[OrganisationId | None, OrganisationId, OrganisationId], first.group
    )
    names = proposal.organisations
    employer_name = names[employer].name
    noun = "post" if posts == 1 else "posts"
    origin = names[source].short_name if source is not None else employer_name
    return (
        f"the change of deployment of the following {employer_name} {noun} from {origin} to "
        f"{names[target].short_name} ({posts} staff in all)"
    )


def _with_one_off(financial: str, proposal: Proposal, to_id: ScenarioId) -> str:
    one_off = one_off_sentence(one_off_costs(proposal, to_id))
    return f"{financial} {one_off}" if one_off else financial


def _financial(recommendations: tuple[Recommendation, ...], fit: BudgetFit | None) -> str:
    decided = {r.operation for r in recommendations if r.for_decision}
    if decided and decided <= COST_NEUTRAL:
        return NO_FINANCIAL_IMPLICATIONS
    if fit is None:
        return "The file records no budget, so the cost of the proposals is not stated."
    cost = money_text(fit.cost.total)
    available = money_text(fit.available)
    if fit.fits:
        return (
            f"The cost of the proposals can be met from within existing resources: the "
            f"proposed posts cost {cost} against {available} available, leaving "
            f"{money_text(fit.headroom)}."
        )
    return (
        f"The proposed posts cost {cost} against {available} available: a shortfall of "
        f"{money_text(-fit.headroom)}, for which a source of funding is needed."
    )
