"""The post-list part of `orgchart export`: --csv, --xlsx and --organogram (issue 7)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli.common import load, scenario
from orgchart_app.exporters.organogram import write_organogram
from orgchart_app.exporters.post_list import diff_table, post_table, write_csv, write_xlsx


def add_arguments(parser: Any) -> None:
    """Options of the list exports."""
    lists = parser.add_argument_group("post lists and organograms")
    lists.add_argument("--diff-from", metavar="SCENARIO",
                       help="write the changes from SCENARIO to --scenario instead of the post list")
    # --names means the same for the PDF; whichever part registers it first owns the option.
    if "--names" not in parser._option_string_actions:
        lists.add_argument("--names", action="store_true",
                           help="include postholders' names (personal data; left out by default)")
    lists.add_argument("--senior-levels", type=int, default=3, metavar="N",
                       help="organogram: single posts in the top N layers are senior (default: 3)")


def run(args: argparse.Namespace) -> None:
    proposal = load(args.file).proposal
    target = scenario(proposal, args.scenario)
    if args.csv or args.xlsx:
        if args.diff_from:
            table = diff_table(proposal, scenario(proposal, args.diff_from).id, target.id)
        else:
            table = post_table(proposal, target.id, names=args.names)
        if args.csv:
            write_csv(table, args.csv)
            print(f"Wrote {len(table.rows)} rows to {args.csv}")
        if args.xlsx:
            write_xlsx(table, args.xlsx)
            print(f"Wrote {len(table.rows)} rows to {args.xlsx}")
    if args.organogram:
        files = write_organogram(proposal, target.id, args.organogram, names=args.names,
                                 senior_levels=max(1, args.senior_levels))
        print(f"Wrote {files.senior} and {files.junior}")
