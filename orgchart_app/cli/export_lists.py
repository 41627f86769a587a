"""The post-list part of `orgchart export`: --csv, --xlsx and --organogram (issue 7)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import open_source, scenario, writable_outputs
from orgchart_app.domain.file_kinds import FileKind
from orgchart_app.exporters.cells import ListTable
from orgchart_app.exporters.destination import check_output_folder
from orgchart_app.exporters.organogram import organogram_files, write_organogram
from orgchart_app.exporters.post_list import diff_table, post_table, write_csv, write_xlsx
from orgchart_app.importers.changes_sheet import template_rows

MAX_SENIOR_LEVELS = 50  # deeper than any public body's line management


def add_arguments(parser: Any) -> None:
    """Options of the list exports."""
    lists = parser.add_argument_group("post lists and organograms")
    lists.add_argument(
        "--diff-from",
        type=arguments.name,
        metavar="SCENARIO",
        help="write the changes from SCENARIO to --scenario instead of the post list",
    )
    # --names means the same for the PDF; whichever part registers it first owns the option.
    if "--names" not in parser._option_string_actions:
        lists.add_argument(
            "--names",
            action="store_true",
            help="include postholders' names (personal data; left out by default)",
        )
    lists.add_argument(
        "--senior-levels",
        type=arguments.whole_number(1, MAX_SENIOR_LEVELS),
        metavar="N",
        help="organogram: single posts in the top N layers are senior (default: every post "
        "a junior row cannot stand for: managers, vacancies and single posts)",
    )


def check_organogram(args: argparse.Namespace) -> None:
    """The organogram's folder can take its two files (checked before anything is written)."""
    folder = check_output_folder(args.organogram)
    if FileKind.of(folder) is not FileKind.FOLDER:
        return  # to be made: nothing in it to replace
    proposal = open_source(args).proposal
    files = organogram_files(proposal, scenario(proposal, args.scenario).id, folder)
    writable_outputs([files.senior, files.junior], inputs=[args.file], force=args.force)


def run(args: argparse.Namespace) -> None:
    proposal = open_source(args).proposal
    target = scenario(proposal, args.scenario)
    if args.csv is not None or args.xlsx is not None:
        if args.diff_from is not None:
            table = diff_table(proposal, scenario(proposal, args.diff_from).id, target.id)
        else:
            table = post_table(proposal, target.id, names=args.names)
        if args.csv is not None:
            write_csv(table, args.csv)
            print(f"Wrote {len(table.rows)} rows to {args.csv}")
        if args.xlsx is not None:
            write_xlsx(table, args.xlsx)
            print(f"Wrote {len(table.rows)} rows to {args.xlsx}")
    if args.organogram is not None:
        files = write_organogram(
            proposal, target.id, args.organogram, names=args.names, senior_levels=args.senior_levels
        )
        print(f"Wrote {files.senior} and {files.junior}")


def write_changes_template(args: argparse.Namespace) -> None:
    """The scenario's posts in the columns `orgchart apply` reads, as they are now."""
    proposal = open_source(args).proposal
    target = scenario(proposal, args.scenario)
    header, *rows = template_rows(proposal, target.id)
    table = ListTable(f"Changes to {target.name}", header, [list(r) for r in rows])
    path = str(args.changes_template)
    (write_xlsx if path.casefold().endswith(".xlsx") else write_csv)(table, path)
    print(f'Wrote {len(rows)} posts of "{target.name}" to {path}: edit it, then `orgchart apply`.')
