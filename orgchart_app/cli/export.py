"""orgchart export FILE --scenario S (--pdf OUT.pdf | --csv OUT.csv | --xlsx OUT.xlsx | --organogram DIR)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments, export_lists, export_pdf
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    writable_outputs,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="export a scenario as PDF appendices, a post list or organogram CSVs"
    )
    add_file_argument(parser)
    parser.add_argument(
        "--scenario",
        type=arguments.name,
        default="As is",
        metavar="S",
        help='the scenario to export (default: "As is")',
    )
    targets = parser.add_argument_group("what to write (at least one)")
    targets.add_argument("--pdf", type=arguments.path, metavar="OUT.pdf", help="PDF appendix")
    targets.add_argument(
        "--csv", type=arguments.path, metavar="OUT.csv", help="post list as CSV (UTF-8 with BOM)"
    )
    targets.add_argument(
        "--xlsx", type=arguments.path, metavar="OUT.xlsx", help="post list as an Excel workbook"
    )
    targets.add_argument(
        "--organogram",
        type=arguments.path,
        metavar="DIR",
        help="senior and junior organogram CSVs (data.gov.uk format)",
    )
    add_force_argument(
        parser, help="replace output files that already exist (never the FILE being exported)"
    )
    export_pdf.add_arguments(parser)
    export_lists.add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.pdf is None and args.csv is None and args.xlsx is None and args.organogram is None:
        raise CommandFailed("Say what to write: --pdf, --csv, --xlsx or --organogram.")
    # Every output is checked before any is written, so a refusal leaves nothing half done.
    files = [name for name in (args.pdf, args.csv, args.xlsx) if name is not None]
    writable_outputs(files, inputs=[args.file], force=args.force)
    if args.organogram is not None:
        export_lists.check_organogram(args)
    if args.pdf is not None:
        export_pdf.run(args)
    if args.csv is not None or args.xlsx is not None or args.organogram is not None:
        export_lists.run(args)
    return 0
