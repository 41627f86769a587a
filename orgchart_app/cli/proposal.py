"""orgchart proposal show|set FILE: the proposal's own title (on every page of its papers) and
notes."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_format_argument,
    open_source,
    print_json,
    saved_change,
)
from orgchart_app.domain import Proposal
from orgchart_app.edits import Edit, SetProposalDetails


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("proposal", help="show or change the proposal's title and notes")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the title, the notes and the revision")
    add_file_argument(show)
    add_format_argument(show, ("text", "json"))
    show.set_defaults(run=run_show)
    change = actions.add_parser("set", help="change the title or the notes")
    add_file_argument(change)
    change.add_argument(
        "--title", type=arguments.label, help="the title every page of its papers carries"
    )
    change.add_argument("--notes", type=arguments.prose, help='notes kept with it ("" for none)')
    add_force_argument(change)
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace) -> int:
    info = open_source(args).proposal.info
    if args.format == "json":
        print_json({"title": info.title, "notes": info.notes, "revision": info.revision})
        return 0
    print(info.title)
    print(f"Revision {info.revision}")
    if info.notes:
        print(f"\n{info.notes}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    if args.title is None and args.notes is None:
        raise CommandFailed("Say what to change: --title or --notes.")

    def edit(proposal: Proposal) -> Edit:
        info = proposal.info
        return SetProposalDetails(
            info.title if args.title is None else args.title,
            info.notes if args.notes is None else args.notes,
        )

    return saved_change(args, edit)
