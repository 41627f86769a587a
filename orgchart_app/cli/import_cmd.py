"""orgchart import INPUT [INPUT2] -o OUT.sqlite: an establishment list as a new proposal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from orgchart_app.cli.common import CommandFailed
from orgchart_app.importers import ImportFormat, ImportResult, import_files
from orgchart_app.storage import save_proposal


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="make a new proposal from a CSV/XLSX establishment list or organogram")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="the file to import (an organogram: its senior and junior CSVs)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.sqlite",
                        help="the proposal file to write")
    parser.add_argument("--format", choices=[f.value for f in ImportFormat], default="auto",
                        help="what the input is (default: recognise it from the headers)")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="say which field a column holds, e.g. --map 'Position No=post_ref' "
                             "(repeatable; FIELD 'ignore' drops the column)")
    parser.add_argument("--organisation", default="", metavar="NAME",
                        help="the organisation for rows that name none (default: the file's name)")
    parser.add_argument("--title", default="", help="the proposal's title")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.inputs) > 2:
        raise CommandFailed("Import one file, or an organogram's senior and junior CSVs.")
    output = Path(args.output)
    if output.exists() and not args.force:
        raise CommandFailed(f'"{output}" already exists: choose another name or add --force.')
    if any(Path(i).resolve() == output.resolve() for i in args.inputs):
        raise CommandFailed("The output must not be one of the inputs.")
    result = import_files(args.inputs, ImportFormat(args.format), overrides=args.map,
                          organisation=args.organisation, title=args.title)
    print("\n".join(summary(result)))
    save_proposal(result.proposal, output)
    print(f'Wrote {output}: the "As is" scenario of a new proposal.')
    return 0


def summary(result: ImportResult) -> list[str]:
    """The reconciliation, the column mapping and every problem, as printed by the command."""
    report = result.report
    lines = [f"Format: {result.format.label}"]
    if result.mapping is not None:
        lines.append("Columns: " + "; ".join(result.mapping.describe()))
    lines += report.reconciliation_lines()
    if report.problems:
        lines.append("Problems:")
        lines += [f"  {problem}" for problem in report.problems]
    return lines
