"""orgchart server init | push | pull | list: proposal libraries on a team's PostgreSQL server."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    library_at,
    load,
    table,
    writable,
)
from orgchart_app.domain.file_kinds import shown
from orgchart_app.storage import save_proposal


def register(subparsers: Any) -> None:
    server = subparsers.add_parser("server", help="set up a team library on a PostgreSQL server")
    actions = server.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="make (or upgrade) the library in a database")
    _add_url(init)
    init.set_defaults(run=run_init)

    push = subparsers.add_parser("push", help="upload a proposal file to a team library")
    push.add_argument("file", metavar="FILE", type=arguments.path, help="a proposal file (.sqlite)")
    _add_url(push)
    push.add_argument(
        "--proposal", type=arguments.name, help="its name in the library (default: the file's name)"
    )
    push.set_defaults(run=run_push)

    pull = subparsers.add_parser("pull", help="download a proposal from a team library as a file")
    _add_url(pull)
    pull.add_argument(
        "--proposal", required=True, type=arguments.name, help="its name in the library"
    )
    pull.add_argument(
        "-o", "--output", required=True, type=arguments.path, help="the file to write"
    )
    pull.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    pull.set_defaults(run=run_pull)

    listing = subparsers.add_parser("list", help="list the proposals of a team library you may see")
    _add_url(listing)
    listing.set_defaults(run=run_list)


def _add_url(parser: Any) -> None:
    parser.add_argument(
        "url", metavar="URL", type=arguments.path, help="postgresql://USER@HOST[:PORT]/DATABASE"
    )


def run_init(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        print(library.init())
    return 0


def run_push(args: argparse.Namespace) -> int:
    opened = load(args.file)
    name = args.proposal or Path(args.file).stem
    with library_at(args.url) as library:
        library.push(opened.proposal, name, Path(args.file).name)
    posts = len(opened.proposal.posts)
    print(f'Pushed "{shown(name)}" ({posts} posts) to {library.address.shown}.')
    return 0


def run_pull(args: argparse.Namespace) -> int:
    target = writable(args.output, force=args.force)
    with library_at(args.url) as library:
        found = library.read(args.proposal)
    save_proposal(found.proposal, target)
    print(f'Pulled "{shown(args.proposal)}" (revision {found.revision}) into {shown(target)}.')
    return 0


def run_list(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        listed = library.list()
    if not listed:
        raise CommandFailed(f"The library at {library.address.shown} has no proposals you may see.")
    rows = [("Proposal", "Revision", "Last changed", "Your role")]
    for entry in listed:
        when = f"{entry.changed_at:%Y-%m-%d %H:%M} by {entry.changed_by}"
        rows.append((entry.name, str(entry.revision), when, entry.role or "library owner"))
    print(table(rows, indent=""))
    return 0
