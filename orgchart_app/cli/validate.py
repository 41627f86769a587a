"""orgchart validate FILE: exit 0 when the proposal is sound, else one line per problem."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli.common import ValidationFailed, add_file_argument, open_source
from orgchart_app.domain.errors import FileRefused


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("validate", help="check a proposal file; exit 1 on problems")
    add_file_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        opened = open_source(args)
    except FileRefused as refused:
        raise ValidationFailed([str(refused)]) from None
    if opened.problems:
        raise ValidationFailed(opened.problems)
    print(f"{args.file if args.proposal is None else args.proposal}: sound.")
    return 0
