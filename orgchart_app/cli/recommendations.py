"""orgchart recommendations FILE --from A --to B: the change list in the committee's wording."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.cost_basis import CostsInRecommendations
from orgchart_app.analysis.recommendation_text import as_json, as_markdown, as_text
from orgchart_app.analysis.recommendations import (
    DEFAULT_VERBS,
    RecommendationSettings,
    build_recommendations,
)
from orgchart_app.cli import arguments, recommendation_edits
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_format_argument,
    add_pair_arguments,
    chosen_pair,
    open_source,
    print_json,
)
from orgchart_app.domain.file_kinds import shown

OPERATIONS = ", ".join(op.value for op in Operation)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "recommendations", help="write the changes as the committee's recommendations"
    )
    add_file_argument(parser)
    add_pair_arguments(parser, "the current structure", "the proposed structure")
    parser.add_argument(
        "--employer",
        type=arguments.name,
        metavar="ORGANISATION",
        help="the committee's own employer (default: the council employing most "
        "posts); other employers' changes are for noting",
    )
    parser.add_argument(
        "--committee",
        type=arguments.name,
        default="The Committee",
        metavar="TEXT",
        help='who is asked (default: "The Committee")',
    )
    parser.add_argument(
        "--verb",
        type=arguments.name,
        action="append",
        default=[],
        metavar="OPERATION=VERB",
        help=f"the verb for one operation, e.g. deletion=note (operations: "
        f"{OPERATIONS}); may be repeated",
    )
    parser.add_argument("--grades", action="store_true", help="print the grade after every title")
    parser.add_argument(
        "--draft",
        action="store_true",
        help="the draft written from the changes, setting aside the items "
        "worded in the file (--verb and --grades shape the draft)",
    )
    arguments.add_costs_argument(parser)
    add_format_argument(parser, ("text", "markdown", "json"))
    parser.set_defaults(run=run)
    recommendation_edits.register(parser)


def parse_verbs(pairs: list[str]) -> dict[Operation, str]:
    verbs = dict(DEFAULT_VERBS)
    for pair in pairs:
        name, _, verb = pair.partition("=")
        try:
            operation = Operation(name.strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            raise CommandFailed(
                f'"{shown(name)}" is not an operation (use one of: {OPERATIONS}).'
            ) from None
        if not verb.strip():
            raise CommandFailed(
                f"--verb {shown(pair)} gives no verb: write it as {operation.value}=note."
            )
        verbs[operation] = verb.strip()
    return verbs


def run(args: argparse.Namespace) -> int:
    settings = RecommendationSettings(
        committee=args.committee,
        verbs=parse_verbs(args.verb),
        own_employer=args.employer or "",
        show_grades=args.grades,
        costs=CostsInRecommendations(args.costs_in_recommendations),
    )
    proposal = open_source(args).proposal
    before, after = chosen_pair(proposal, args)
    result = build_recommendations(
        proposal,
        before.id,
        after.id,
        settings,
        use_stored=not args.draft,
    )
    if args.format == "json":
        print_json(as_json(result))
    elif args.format == "markdown":
        print(as_markdown(result))
    else:
        print(as_text(result))
    return 0
