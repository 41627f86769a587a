"""orgchart layout FILE --scenario S: where every box, container and line of a chart goes."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_format_argument,
    add_scenario_argument,
    chosen_scenario,
    open_source,
    print_json,
)
from orgchart_app.domain import PostId, Proposal
from orgchart_app.domain.errors import AmbiguousName, NotFound
from orgchart_app.domain.file_kinds import shown
from orgchart_app.layout import ConnectorKind, Layout, LayoutOptions, layout_scenario
from orgchart_app.layout.options import ENGINES

MAX_STACK_FROM = 1_000  # past this nobody's reports are stacked: the same as never


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "layout", help="lay a scenario out and print boxes, containers and lines"
    )
    add_file_argument(parser)
    add_scenario_argument(parser, "the scenario to lay out")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="compact",
        help="compact (any size) or graphviz (dot; small charts)",
    )
    parser.add_argument(
        "--unit",
        type=arguments.name,
        metavar="NAME",
        help="lay out only this unit and what is inside it",
    )
    parser.add_argument(
        "--stack-from",
        type=arguments.whole_number(1, MAX_STACK_FROM),
        default=4,
        metavar="N",
        help="stack a manager's leaf reports once there are N of them (default: 4)",
    )
    parser.add_argument(
        "--stack-columns",
        type=int,
        choices=(1, 2),
        default=1,
        help="stack leaves in 1 or 2 columns (default: 1)",
    )
    parser.add_argument(
        "--names", action="store_true", help="include postholder names (personal data)"
    )
    add_format_argument(parser, ("text", "json"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    chosen = chosen_scenario(proposal, args.scenario)
    unit_id = None
    if args.unit:
        try:
            unit_id = proposal.unit_called(chosen.id, args.unit).id
        except AmbiguousName as shared:
            raise CommandFailed(str(shared)) from None
        except NotFound:
            raise CommandFailed(
                f'There is no unit called "{shown(args.unit)}" in {shown(chosen.name)}.'
            ) from None
    options = LayoutOptions(
        engine=args.engine,
        unit_id=unit_id,
        stack_from=args.stack_from,
        stack_columns=args.stack_columns,
        show_names=args.names,
    )
    layout = layout_scenario(proposal, chosen.id, options)
    if args.format == "json":
        print_json(as_json(proposal, layout))
    else:
        print(as_text(proposal, layout))
    return 0


def as_json(proposal: Proposal, layout: Layout) -> dict[str, Any]:
    units = proposal.units
    return {
        "scenario": proposal.scenarios[layout.scenario_id].name,
        "engine": layout.engine,
        "width": layout.width,
        "height": layout.height,
        "notices": list(layout.notices),
        "boxes": [
            {
                "post_ref": b.post_ref,
                "x": b.rect.x,
                "y": b.rect.y,
                "w": b.rect.w,
                "h": b.rect.h,
                "title": b.title,
                "lines": list(b.lines),
                "unit": units[b.unit_id].name,
                "holder": b.holder,
                "summary": b.collapsed_posts > 0,
            }
            for b in layout.boxes
        ],
        "containers": [
            {
                "unit": c.title,
                "unit_ref": c.unit_ref,
                "parent": units[c.parent_id].name if c.parent_id is not None else None,
                "parent_ref": units[c.parent_id].unit_ref if c.parent_id is not None else None,
                "kind": c.kind.value,
                "x": c.rect.x,
                "y": c.rect.y,
                "w": c.rect.w,
                "h": c.rect.h,
            }
            for c in layout.containers
        ],
        "connectors": [
            {
                "kind": k.kind.value,
                "points": [[round(x, 2), round(y, 2)] for x, y in k.points],
                "from": _ref(proposal, k.from_post_id),
                "to": _ref(proposal, k.to_post_id),
                "label": k.label,
            }
            for k in layout.connectors
        ],
    }


def _ref(proposal: Proposal, post_id: PostId | None) -> str:
    post = proposal.posts.get(post_id) if post_id is not None else None
    return post.post_ref if post is not None else ""


def as_text(proposal: Proposal, layout: Layout) -> str:
    solid = sum(
        1
        for k in layout.connectors
        if k.kind in (ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY)
    )
    lines = [
        *layout.notices,
        f"{proposal.scenarios[layout.scenario_id].name}: {len(layout.boxes)} boxes, "
        f"{len(layout.containers)} containers, {solid} solid and {len(layout.connectors) - solid} "
        f"dotted lines ({layout.engine} layout)",
        f"Size: {layout.width:.0f} x {layout.height:.0f} pt ({layout.width / 72 * 2.54:.0f} x "
        f"{layout.height / 72 * 2.54:.0f} cm)",
    ]
    counts: dict[int, int] = {}
    for box in layout.boxes:
        counts[box.unit_id] = counts.get(box.unit_id, 0) + 1
    children: dict[int | None, list[Any]] = {}
    for container in layout.containers:
        children.setdefault(container.parent_id, []).append(container)
    stack = list(reversed(children.get(None, [])))
    while stack:
        container = stack.pop()
        lines.append(
            f"{'  ' * container.depth}{container.title}: {counts.get(container.unit_id, 0)} boxes "
            f"directly inside, {container.rect.w:.0f} x {container.rect.h:.0f} pt"
        )
        stack.extend(reversed(children.get(container.unit_id, [])))
    return "\n".join(lines)
