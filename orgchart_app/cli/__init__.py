"""The `orgchart` command: inspect, validate, diff, cost, lay out, import and export proposals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from orgchart_app import __version__
from orgchart_app.cli import (  # one per line: several branches add commands
    apply,
    budget,
    consultation,
    cost,
    diff,
    documents,
    export,
    holders,
    import_cmd,
    info,
    layout,
    lines,
    oncosts,
    organisations,
    outcomes,
    paytable,
    people,
    pools,
    posts,
    proposal,
    recommendations,
    scenarios,
    sources,
    stats,
    strip_people,
    team,
    units,
    validate,
)
from orgchart_app.cli.common import CommandFailed, ValidationFailed
from orgchart_app.domain.errors import OrgChartError

# Each command module offers register(subparsers); adding a command is one line here.
COMMANDS = (
    info,
    validate,
    diff,
    cost,
    paytable,
    oncosts,
    budget,
    recommendations,
    stats,
    layout,
    import_cmd,
    apply,
    export,
    strip_people,
    team,
    people,
    proposal,
    organisations,
    scenarios,
    posts,
    units,
    lines,
    holders,
    pools,
    outcomes,
    consultation,
    documents,
    sources,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One clear sentence and a pointer to --help; never a usage dump or a traceback.
        self.exit(2, f"{self.prog}: {message[0].upper()}{message[1:]}. See '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="orgchart", description=__doc__)
    parser.add_argument("--version", action="version", version=f"orgchart {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except ValidationFailed as failure:
        for line in failure.lines:
            print(line)
        return 1
    except (OrgChartError, CommandFailed) as error:
        print(f"orgchart: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("orgchart: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
