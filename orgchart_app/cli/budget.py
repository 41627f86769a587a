"""orgchart budget import|export|list: the budget lines a cost is set against."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    change_file,
    open_source,
    table,
    writable,
)
from orgchart_app.domain.wording import amount_text
from orgchart_app.edits.pay_setup import replace_budget
from orgchart_app.exporters.budget_table import budget_table
from orgchart_app.exporters.post_list import write_csv, write_xlsx
from orgchart_app.importers.budget_table import read_budget


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "budget", help="budget lines: import from CSV/XLSX, export, list"
    )
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = commands.add_parser(
        "import",
        help="the budget from a CSV/XLSX (cost centre, "
        "description, basic pay, NI, superannuation, other, total, kind, "
        "year, funding source, recurrent, posts)",
    )
    add_file_argument(imp)
    imp.add_argument("table", metavar="CSV", type=arguments.path)
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace the budget lines the file already has (without it, a file "
        "with budget lines is left as it is)",
    )
    add_force_argument(imp)
    imp.set_defaults(run=run_import)
    out = commands.add_parser("export", help="the budget lines to CSV or XLSX")
    add_file_argument(out)
    out.add_argument(
        "-o", "--output", required=True, metavar="OUT.csv|OUT.xlsx", type=arguments.path
    )
    add_force_argument(out)
    out.set_defaults(run=run_export)
    listing = commands.add_parser("list", help="the budget lines and their total")
    add_file_argument(listing)
    listing.set_defaults(run=run_list)


def run_import(args: argparse.Namespace) -> int:
    lines = read_budget(args.table)
    name = Path(args.table).name
    pairs = [(i.line, i.record) for i in lines]
    print(change_file(args, lambda p: replace_budget(p, pairs, args.replace, name), args.force))
    return 0


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    writer = {".csv": write_csv, ".xlsx": write_xlsx}.get(output.suffix.casefold())
    if writer is None:
        raise CommandFailed(f'"{output.name}" must end in .csv or .xlsx.')
    output = writable(output, inputs=[args.file], force=args.force)
    proposal = open_source(args).proposal
    if not proposal.budget_lines:
        raise CommandFailed("The file has no budget lines to export.")
    writer(budget_table(proposal), output)
    print(f"Wrote {len(proposal.budget_lines)} budget lines to {output}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    if not proposal.budget_lines:
        print("No budget lines: import them with `orgchart budget import FILE BUDGET.csv`.")
        return 0
    listed = budget_table(proposal)
    rows = [listed.header]
    rows += [_readable(row) for row in listed.rows]
    rows.append(_readable(listed.totals or []))
    print(table(rows))
    return 0


def _readable(row: Sequence[object]) -> list[str]:
    """The export's whole pounds grouped for reading; the CSV export keeps them plain for spreadsheets."""
    return [
        amount_text(Decimal(cell)) if isinstance(cell, int) and i in _AMOUNT_COLUMNS else str(cell)
        for i, cell in enumerate(row)
    ]


# Basic pay, NI, superannuation, other and total, after the cost centre and description.
_AMOUNT_COLUMNS = range(2, 7)
