"""orgchart strip-people FILE -o OUT: a copy of a proposal with all personal data removed."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli.common import add_file_argument, open_source, writable, write_proposal
from orgchart_app.domain.people import without_people


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "strip-people", help="write a copy without postholders (personal data) for sharing"
    )
    add_file_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the copy to write (never the input itself)",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    opened = open_source(args)
    target = writable(args.output, inputs=[args.file], force=args.force)
    count = len(opened.proposal.postholders)
    write_proposal(without_people(opened.proposal), target, None, force=True)
    print(f"{target}: written, {count} {'person' if count == 1 else 'people'} removed.")
    return 0
