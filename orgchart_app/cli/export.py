"""orgchart export FILE --scenario S (--pdf OUT.pdf | --csv OUT.csv | --xlsx OUT.xlsx | --organogram DIR)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import export_lists, export_pdf
from orgchart_app.cli.common import CommandFailed, add_file_argument


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="export a scenario as PDF appendices, a post list or organogram CSVs")
    add_file_argument(parser)
    parser.add_argument("--scenario", default="As is", metavar="S",
                        help='the scenario to export (default: "As is")')
    targets = parser.add_argument_group("what to write (at least one)")
    targets.add_argument("--pdf", metavar="OUT.pdf", help="PDF appendix")
    targets.add_argument("--csv", metavar="OUT.csv", help="post list as CSV (UTF-8 with BOM)")
    targets.add_argument("--xlsx", metavar="OUT.xlsx", help="post list as an Excel workbook")
    targets.add_argument("--organogram", metavar="DIR",
                         help="senior and junior organogram CSVs (data.gov.uk format)")
    export_pdf.add_arguments(parser)
    export_lists.add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not (args.pdf or args.csv or args.xlsx or args.organogram):
        raise CommandFailed("Say what to write: --pdf, --csv, --xlsx or --organogram.")
    if args.pdf:
        export_pdf.run(args)
    if args.csv or args.xlsx or args.organogram:
        export_lists.run(args)
    return 0
