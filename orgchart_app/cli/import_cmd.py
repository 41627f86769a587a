"""orgchart import INPUT [INPUT2] -o OUT.sqlite: an establishment list as a new proposal."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import CommandFailed, add_force_argument, writable, write_proposal
from orgchart_app.cli.progress_bar import progress_bar
from orgchart_app.collector import collector_paused
from orgchart_app.importers import ImportFormat, ImportResult, ReleaseMode, import_files


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="make a new proposal from a CSV/XLSX establishment list or organogram"
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        type=arguments.path,
        metavar="INPUT",
        help="the file to import (an organogram: its senior and junior CSVs, or one pair per "
        "release, each file's name holding its date)",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=arguments.path,
        metavar="OUT.sqlite",
        help="the proposal file to write",
    )
    parser.add_argument(
        "--format",
        choices=[f.value for f in ImportFormat],
        default="auto",
        help="what the input is (default: recognise it from the headers)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        type=arguments.name,
        metavar="COLUMN=FIELD",
        help="say which field a column holds, e.g. --map 'Position No=post_ref' "
        "(repeatable; FIELD 'ignore' drops the column)",
    )
    parser.add_argument(
        "--organisation",
        type=arguments.name,
        metavar="NAME",
        help="the organisation for rows that name none (default: the file's name)",
    )
    parser.add_argument("--title", type=arguments.name, help="the proposal's title")
    parser.add_argument(
        "--release",
        type=arguments.name,
        metavar="DATE",
        help="in a file holding several releases (a date column), the one to import "
        "(default: the latest)",
    )
    parser.add_argument(
        "--releases",
        choices=[m.value for m in ReleaseMode],
        default="one",
        help="'scenarios' imports each release as its own scenario, named by its date",
    )
    add_force_argument(parser, help="overwrite OUT if it exists (never an INPUT)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    output = writable(args.output, inputs=args.inputs, force=args.force)
    # What the import makes (hundreds of thousands of objects) all lives until the report is
    # printed, then goes at once: the collector's passes over it would free nothing
    # (collector.py), and with _import's frame gone there is nothing left for it to walk.
    with collector_paused():
        return _import(args, output)


def _import(args: argparse.Namespace, output: Path) -> int:
    with progress_bar() as progress:
        result = import_files(
            args.inputs,
            ImportFormat(args.format),
            overrides=args.map,
            organisation=args.organisation or "",
            title=args.title or "",
            release=args.release or "",
            releases=ReleaseMode(args.releases),
            progress=progress,
        )
    # Written before anything is printed: a reader that stops early (`| head -1`) or a full
    # terminal must never cost the file.
    write_proposal(result.proposal, output, None, force=args.force)
    try:
        _print_report(result, output)
    except BrokenPipeError:
        raise  # a reader that stopped early (`| head -1`) is no failure
    except OSError as error:
        _discard_stdout()
        raise CommandFailed(
            f"Wrote {output} in full, but its report could not be printed "
            f"({error.strerror or error})."
        ) from None
    return 0


def _print_report(result: ImportResult, output: Path) -> None:
    print("\n".join(summary(result)))
    scenarios = len(result.proposal.scenarios)
    if scenarios > 1:
        print(f"Wrote {output}: {scenarios} scenarios of a new proposal, one per release.")
    else:
        print(f'Wrote {output}: the "As is" scenario of a new proposal.')
        # The next step a new user needs: without a "To be" the commands work on the "As is".
        print(
            f'Next: orgchart scenario copy {shlex.quote(str(output))} "As is" "To be" '
            "makes the proposed structure."
        )
    sys.stdout.flush()  # here, where a full disk can be told, not at exit


def _discard_stdout() -> None:
    """Point stdout at the null device: what it still holds would fail again at exit."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)


def summary(result: ImportResult) -> list[str]:
    """The reconciliation, the column mapping and every problem, as printed by the command."""
    report = result.report
    lines = [f"Format: {result.format.label}"]
    lines += [f"Warning: {warning}" for warning in report.warnings]
    if result.mapping is not None:
        lines.append("Columns: " + "; ".join(result.mapping.describe()))
    lines += report.release_lines()
    lines += report.reconciliation_lines()
    if report.problems:
        lines.append("Problems:")
        lines += [f"  {problem}" for problem in report.problems]
    return lines
