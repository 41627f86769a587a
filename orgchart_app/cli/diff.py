"""orgchart diff FILE --from A --to B: every change between two scenarios."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.analysis.cost_diff import CostDiff, diff_costs
from orgchart_app.analysis.diff import ChangeKind, ScenarioDiff, Totals, diff_scenarios
from orgchart_app.analysis.money import whole_pounds
from orgchart_app.cli.common import (
    add_file_argument,
    add_format_argument,
    add_pair_arguments,
    chosen_pair,
    open_source,
    print_csv,
    print_json,
    table,
)
from orgchart_app.domain.wording import fte_text, money_change_text, money_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("diff", help="list the changes between two scenarios")
    add_file_argument(parser)
    add_pair_arguments(parser, "the earlier scenario", "the later scenario")
    add_format_argument(parser, ("text", "json", "csv"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    before, after = chosen_pair(proposal, args)
    pair = before.id, after.id
    result = diff_scenarios(proposal, *pair)
    if args.format == "json":
        print_json({**as_json(result), "cost": cost_json(diff_costs(proposal, *pair))})
    elif args.format == "csv":
        print_csv(
            ["kind", "post_ref", "title", "quantity", "fte", "before", "after"],
            [
                [c.kind.value, c.post_ref, c.title, c.quantity, c.fte, c.before, c.after]
                for c in result.changes
            ],
        )
    else:
        print(as_text(result) + "\n\n" + cost_text(diff_costs(proposal, *pair)))
    return 0


def cost_json(cost: CostDiff) -> dict[str, Any]:
    return {
        "before": {"basis": cost.before_basis, "total": int(whole_pounds(cost.before))},
        "after": {"basis": cost.after_basis, "total": int(whole_pounds(cost.after))},
        "changes": [
            {
                "kind": c.kind.value,
                "label": c.label,
                "before": c.before,
                "after": c.after,
                "effect": int(whole_pounds(c.effect)),
            }
            for c in cost.changes
        ],
        "problems": list(cost.problems),
    }


def cost_text(cost: CostDiff) -> str:
    if not cost.before and not cost.after and cost.problems:
        return f"Cost: not costed ({len(cost.problems)} problems: see `orgchart cost`)."
    lines = [
        f"Cost a year, {cost.basis}: {money_text(cost.before)} -> {money_text(cost.after)} "
        f"({money_change_text(cost.delta)})"
    ]
    lines += [
        f"  {c.label}: {c.before} -> {c.after} ({money_change_text(c.effect)} a year)"
        for c in cost.changes
    ]
    if cost.problems:
        lines.append(f"  Left out: {len(cost.problems)} problems (see `orgchart cost`).")
    return "\n".join(lines)


def as_json(result: ScenarioDiff) -> dict[str, Any]:
    def totals(pair: tuple[Totals, Totals]) -> dict[str, Any]:
        before, after = pair
        return {
            "before": {"posts": before.posts, "fte": before.fte},
            "after": {"posts": after.posts, "fte": after.fte},
        }

    return {
        "from": result.from_name,
        "to": result.to_name,
        "changes": [
            {
                "kind": c.kind.value,
                "post_ref": c.post_ref,
                "title": c.title,
                "fte": c.fte,
                "quantity": c.quantity,
                "before": c.before,
                "after": c.after,
            }
            for c in result.changes
        ],
        "unit_changes": [
            {
                "kind": u.kind.value,
                "unit_ref": u.unit_ref,
                "name": u.name,
                "before": u.before,
                "after": u.after,
            }
            for u in result.unit_changes
        ],
        "totals": totals(result.totals),
        "units": {name: totals(pair) for name, pair in result.unit_totals.items()},
        "organisations": {name: totals(pair) for name, pair in result.organisation_totals.items()},
    }


def as_text(result: ScenarioDiff) -> str:
    before, after = result.totals
    lines = [
        f'Changes from "{result.from_name}" to "{result.to_name}"',
        f"Posts {before.posts} -> {after.posts}; FTE {fte_text(before.fte)} -> "
        f"{fte_text(after.fte)}",
    ]
    if not result.changes and not result.unit_changes:
        lines.append("\nNo changes.")
    for kind in ChangeKind:
        changes = result.of_kind(kind)
        if not changes:
            continue
        posts = sum(c.quantity for c in changes)
        fte = sum(c.fte for c in changes)
        lines.append(f"\n{kind.label.capitalize()}: {posts} posts, {fte_text(fte)} FTE")
        rows = []
        for change in changes:
            detail = (
                change.after
                if kind is ChangeKind.ESTABLISHED
                else (
                    change.before
                    if kind is ChangeKind.DELETED
                    else f"{change.before} -> {change.after}"
                )
            )
            count = f"x {change.quantity}" if change.quantity != 1 else ""
            rows.append(
                [change.post_ref, change.title, count, f"{fte_text(change.fte)} FTE", detail]
            )
        lines.append(table(rows))
    if result.unit_changes:
        lines.append("\nUnits:")
        lines.append(
            table(
                [
                    [
                        u.kind.value.replace("_", " "),
                        u.name,
                        f"{u.before} -> {u.after}" if u.before or u.after else "",
                    ]
                    for u in result.unit_changes
                ]
            )
        )
    return "\n".join(lines)
