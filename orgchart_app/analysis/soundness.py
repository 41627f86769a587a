"""What makes a proposal unsound, one sentence each: the file format refuses a file that has any.

One list, used both by open (which refuses the file on the first) and by `orgchart validate`
(which reports them), so the two always agree. Each sentence names the table, the row and the
field, as a user would look them up with sqlite3.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from orgchart_app.analysis.loops import loop_text, loops
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal


def unsound(proposal: Proposal) -> Iterator[str]:
    """Every reason the proposal cannot be used as it is; nothing when it is sound."""
    yield from _scenario_problems(proposal)
    yield from _unit_problems(proposal)
    for post in proposal.posts.values():
        yield from _post_problems(proposal, post)
    yield from _other_problems(proposal)
    yield from _people_side_problems(proposal)
    yield from _pay_problems(proposal)
    yield from _unit_cycles(proposal)


def _row(table: str, record: Any, label: str | None = None) -> str:
    return f'{table} {record.id} ("{label}")' if label is not None else f"{table} {record.id}"


def _points_at(
    where: str, field: str, target_table: str, target: Any, table: Mapping[Any, Any]
) -> Iterator[str]:
    if target is not None and target not in table:
        yield f'{where}, field "{field}": there is no {target_table} {target}'


def _get(table: Mapping[Any, Any], key: Any) -> Any:
    return table.get(key) if key is not None else None


def _same_scenario(
    where: str, field: str, target_table: str, target: Any, scenario_id: ScenarioId
) -> Iterator[str]:
    if target is not None and target.scenario_id != scenario_id:
        yield (
            f'{where}, field "{field}": {target_table} {target.id} is in another scenario '
            f"(each scenario has its own units and posts)"
        )


def _scenario_problems(proposal: Proposal) -> Iterator[str]:
    first_named: dict[str, ScenarioId] = {}
    for scenario in proposal.scenarios.values():
        where = _row("scenario", scenario, scenario.name)
        yield from _points_at(
            where, "based_on_id", "scenario", scenario.based_on_id, proposal.scenarios
        )
        if scenario.name in first_named:
            yield (
                f'scenario {scenario.id}, field "name": "{scenario.name}" is also the name of '
                f"scenario {first_named[scenario.name]}"
            )
        first_named.setdefault(scenario.name, scenario.id)


def _unit_problems(proposal: Proposal) -> Iterator[str]:
    units, posts = proposal.units, proposal.posts
    for unit in units.values():
        where = _row("unit", unit, unit.name)
        yield from _points_at(
            where, "scenario_id", "scenario", unit.scenario_id, proposal.scenarios
        )
        yield from _points_at(
            where, "organisation_id", "organisation", unit.organisation_id, proposal.organisations
        )
        yield from _points_at(where, "parent_id", "unit", unit.parent_id, units)
        yield from _points_at(where, "lead_post_id", "post", unit.lead_post_id, posts)
        yield from _same_scenario(
            where, "parent_id", "unit", _get(units, unit.parent_id), unit.scenario_id
        )
        yield from _same_scenario(
            where, "lead_post_id", "post", _get(posts, unit.lead_post_id), unit.scenario_id
        )


def _post_problems(proposal: Proposal, post: Post) -> Iterator[str]:
    orgs, units, posts = proposal.organisations, proposal.units, proposal.posts
    where = _row("post", post, post.title)
    yield from _points_at(where, "scenario_id", "scenario", post.scenario_id, proposal.scenarios)
    yield from _points_at(where, "unit_id", "unit", post.unit_id, units)
    yield from _points_at(where, "employer_id", "organisation", post.employer_id, orgs)
    yield from _points_at(where, "deployed_to_id", "organisation", post.deployed_to_id, orgs)
    yield from _points_at(where, "reports_to_id", "post", post.reports_to_id, posts)
    yield from _same_scenario(where, "unit_id", "unit", units.get(post.unit_id), post.scenario_id)
    yield from _same_scenario(
        where, "reports_to_id", "post", _get(posts, post.reports_to_id), post.scenario_id
    )


def _other_problems(proposal: Proposal) -> Iterator[str]:
    posts = proposal.posts
    for line in proposal.dotted_lines.values():
        where = _row("dotted_line", line)
        yield from _points_at(
            where, "scenario_id", "scenario", line.scenario_id, proposal.scenarios
        )
        for field, post_id in (
            ("from_post_id", line.from_post_id),
            ("to_post_id", line.to_post_id),
        ):
            yield from _points_at(where, field, "post", post_id, posts)
            yield from _same_scenario(where, field, "post", posts.get(post_id), line.scenario_id)
    for holder in proposal.postholders.values():
        yield from _points_at(_row("postholder", holder), "post_id", "post", holder.post_id, posts)
    for item in proposal.recommendation_items.values():
        for field in ("from_scenario_id", "to_scenario_id"):
            yield from _points_at(
                _row("recommendation_item", item),
                field,
                "scenario",
                getattr(item, field),
                proposal.scenarios,
            )


def _people_side_problems(proposal: Proposal) -> Iterator[str]:
    scenarios, posts = proposal.scenarios, proposal.posts
    for pool in proposal.pools.values():
        where = _row("pool", pool, pool.name)
        yield from _points_at(where, "to_scenario_id", "scenario", pool.to_scenario_id, scenarios)
        for post_id in pool.post_ids:
            yield from _points_at(where, "post_ids", "post", post_id, posts)
    for outcome in proposal.outcomes.values():
        where = _row("outcome", outcome)
        for field, target_table, table in (
            ("postholder_id", "postholder", proposal.postholders),
            ("to_scenario_id", "scenario", scenarios),
            ("to_post_id", "post", posts),
            ("pool_id", "pool", proposal.pools),
            ("to_employer_id", "organisation", proposal.organisations),
        ):
            yield from _points_at(where, field, target_table, getattr(outcome, field), table)
    for consultation in proposal.consultations.values():
        yield from _points_at(
            _row("consultation", consultation),
            "to_scenario_id",
            "scenario",
            consultation.to_scenario_id,
            scenarios,
        )


def _pay_problems(proposal: Proposal) -> Iterator[str]:
    scales = proposal.pay_scales
    for organisation in proposal.organisations.values():
        yield from _points_at(
            _row("organisation", organisation, organisation.name),
            "pay_scale_id",
            "pay_scale",
            organisation.pay_scale_id,
            scales,
        )
    for grade in proposal.grades.values():
        yield from _points_at(
            _row("grade", grade, grade.code),
            "pay_scale_id",
            "pay_scale",
            grade.pay_scale_id,
            scales,
        )
    for point in proposal.pay_points.values():
        yield from _points_at(
            f"pay_point ({point.pay_scale_id}, {point.pay_year!r}, {point.point})",
            "pay_scale_id",
            "pay_scale",
            point.pay_scale_id,
            scales,
        )
    for rule in proposal.on_cost_rules.values():
        yield from _points_at(
            _row("on_cost_rule", rule),
            "organisation_id",
            "organisation",
            rule.organisation_id,
            proposal.organisations,
        )


def _unit_cycles(proposal: Proposal) -> Iterator[str]:
    units = proposal.units
    for loop in loops({unit.id: unit.parent_id for unit in units.values()}):
        # Each unit sits inside the next: name them container first, as a path is written.
        names = [units[i].name for i in [loop[0], *reversed(loop[1:]), loop[0]]]
        first = units[loop[0]]
        yield (
            f'unit {first.id} ("{first.name}"), field "parent_id": units contain each '
            f"other: {loop_text(names, ' > ', 'units')}"
        )
