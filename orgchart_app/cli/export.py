"""orgchart export FILE --scenario S (--pdf | --html | --svg | --png | --csv | --xlsx OUT | --organogram DIR)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli import (
    arguments,
    export_documents,
    export_lists,
    export_pdf,
    export_pictures,
)
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_scenario_argument,
    chosen_scenario,
    open_source,
    writable_outputs,
)

# Each output: its option, what it names and what it is. All but the organogram are one file.
OUTPUTS = (
    ("pdf", "OUT.pdf", "PDF appendix"),
    ("html", "OUT.html", "the accessible web version: one file, text and charts (WCAG 2.2 AA)"),
    ("docx", "OUT.docx", "a Word document to paste into the committee report"),
    ("svg", "OUT.svg", "the chart as a picture (text stays text)"),
    ("png", "OUT.png", "the chart as a picture (see --dpi)"),
    ("csv", "OUT.csv", "post list as CSV (UTF-8 with BOM)"),
    ("xlsx", "OUT.xlsx", "post list as an Excel workbook"),
    ("organogram", "DIR", "senior and junior organogram CSVs (data.gov.uk format)"),
    (
        "changes-template",
        "OUT.csv",
        "a changes sheet for `orgchart apply` holding the scenario's posts (.csv or .xlsx)",
    ),
)
TARGETS = tuple(name.replace("-", "_") for name, _, _ in OUTPUTS)
FILES = tuple(t for t in TARGETS if t != "organogram")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a scenario as PDF, web or Word appendices, pictures, a post list "
        "or organogram CSVs",
    )
    add_file_argument(parser)
    add_scenario_argument(parser, "the scenario to export")
    targets = parser.add_argument_group("what to write (at least one)")
    for name, metavar, text in OUTPUTS:
        targets.add_argument(f"--{name}", type=arguments.path, metavar=metavar, help=text)
    add_force_argument(
        parser, help="replace output files that already exist (never the FILE being exported)"
    )
    export_pdf.add_arguments(parser)
    export_lists.add_arguments(parser)
    export_pictures.add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if all(getattr(args, target) is None for target in TARGETS):
        options = ", ".join("--" + name for name, _, _ in OUTPUTS)
        raise CommandFailed(f"Say what to write: {options}.")
    if getattr(args, "consultation", False) and args.pdf is None:
        raise CommandFailed("The consultation pack is a PDF: add --pdf OUT.")
    # Every output is checked before any is written, so a refusal leaves nothing half done.
    files = [getattr(args, target) for target in FILES if getattr(args, target) is not None]
    writable_outputs(files, inputs=[args.file], force=args.force)
    # Named before anything is written: a missing scenario leaves nothing half done.
    args.scenario = chosen_scenario(open_source(args).proposal, args.scenario).name
    if args.organogram is not None:
        export_lists.check_organogram(args)
    if args.pdf is not None:
        export_pdf.run(args)
    if args.html is not None or args.docx is not None:
        export_documents.run(args)
    if args.svg is not None or args.png is not None:
        export_pictures.run(args)
    if args.csv is not None or args.xlsx is not None or args.organogram is not None:
        export_lists.run(args)
    if args.changes_template is not None:
        export_lists.write_changes_template(args)
    return 0
