"""orgchart paytable add|import|list|uplift|map|use: the pay scales and grades a cost rests on."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from orgchart_app.analysis.pay import unmatched_grades
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_scenario_argument,
    change_file,
    chosen_scenario,
    decimal_argument,
    open_source,
    table,
)
from orgchart_app.domain import CostingPoint, Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import PayScale
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.domain.wording import fte_text, money_range
from orgchart_app.edits import types as t
from orgchart_app.edits.pay_setup import (
    add_shipped_scale,
    import_grades,
    map_grade,
    new_scale,
    point_range,
    scale_named,
    set_point,
    uplift_scale,
)
from orgchart_app.importers.pay_tables import read_grade_lines


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "paytable",
        help="pay scales and grades: add a shipped scale, "
        "import grades, list, apply a pay award, map grades",
    )
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _sub(commands, "add", "add a scale that ships with the program (njc, afc, senior)")
    add.add_argument(
        "kind",
        choices=[k.value for k in ShippedKind],
        help="njc: NJC pay spine; afc: NHS Agenda for Change; senior: an empty "
        "scale for grades paid as a salary range",
    )
    add.add_argument(
        "--year",
        action="append",
        default=[],
        metavar="YEAR",
        type=arguments.name,
        help='only this pay year, e.g. "2025/26" (repeatable; default: all)',
    )
    imp = _sub(
        commands,
        "import",
        'grades from a CSV/XLSX: "grade, bottom point, top point" '
        'or "grade, min salary, max salary"',
    )
    imp.add_argument("table", metavar="CSV", type=arguments.path, help="the grade table")
    imp.add_argument(
        "--scale",
        required=True,
        metavar="NAME",
        type=arguments.name,
        help='the pay scale the grades belong to (made if new, e.g. "MCC grades")',
    )
    _sub(commands, "list", "the scales, their years and grades, and unmatched grade texts")
    up = _sub(commands, "uplift", "a pay award: a year's points raised into a new year")
    up.add_argument("--scale", required=True, metavar="NAME", type=arguments.name)
    up.add_argument("--from", dest="from_year", required=True, metavar="YEAR", type=arguments.name)
    up.add_argument("--to", dest="to_year", required=True, metavar="YEAR", type=arguments.name)
    award = up.add_mutually_exclusive_group(required=True)
    award.add_argument("--percent", type=decimal_argument, help="e.g. 3.2")
    award.add_argument("--flat", type=decimal_argument, help="pounds per point, e.g. 1290")
    up.add_argument("--points", metavar="A-B", help="only these points (e.g. 2-43)")
    point = _sub(commands, "point", "set one point's salary in one pay year of a scale")
    point.add_argument("--scale", required=True, metavar="NAME", type=arguments.name)
    point.add_argument("--year", required=True, metavar="YEAR", type=arguments.name)
    point.add_argument("--point", required=True, metavar="N", type=int, help="e.g. 22")
    point.add_argument(
        "--salary", required=True, type=decimal_argument, metavar="POUNDS", help="e.g. 29,093"
    )
    mapping = _sub(commands, "map", "regrade every post with a grade text to a defined grade")
    mapping.add_argument(
        "text", metavar="TEXT", type=arguments.name, help='the grade as the posts have it (">G12")'
    )
    mapping.add_argument(
        "grade", metavar="GRADE", type=arguments.name, help="a grade of a pay scale (SS1)"
    )
    use = _sub(commands, "use", "choose the pay year and costing point of a scenario")
    add_scenario_argument(use, "the scenario to cost with them")
    use.add_argument("--year", required=True, metavar="YEAR", type=arguments.name)
    use.add_argument(
        "--point",
        choices=[p.value for p in CostingPoint],
        default="top",
        help="bottom, mid or top of grade (a post's stated salary always wins)",
    )


NO_GRADES = "  (no grades: `orgchart paytable import FILE GRADES.csv --scale NAME` adds them)"


def _sub(commands: Any, name: str, help_text: str) -> Any:
    parser = commands.add_parser(name, help=help_text)
    add_file_argument(parser)
    if name != "list":
        add_force_argument(parser)
    parser.set_defaults(run=RUNS[name])
    return parser


def run_add(args: argparse.Namespace) -> int:
    print(
        change_file(
            args,
            lambda p: add_shipped_scale(p, ShippedKind(args.kind), tuple(args.year)),
            args.force,
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    lines = read_grade_lines(args.table)
    name = Path(args.table).name

    def edit(proposal: Proposal) -> t.Edit:
        scale = scale_named(proposal, args.scale)
        if scale is not None:
            return import_grades(proposal, scale, lines, name)
        made = new_scale(proposal, args.scale)
        assert isinstance(made.record, PayScale)
        copy = proposal.copy()
        copy.pay_scales[made.record.id] = made.record
        return t.Batch(
            (made, *import_grades(copy, made.record, lines, name).edits),
            f'{len(lines)} grades into the new scale "{args.scale}"',
        )

    print(change_file(args, edit, args.force))
    return 0


def _points(text: str | None) -> tuple[int, int] | None:
    try:
        return None if text is None else point_range(text)
    except EditRefused as refused:
        raise CommandFailed(f"--points {refused}") from None


def run_uplift(args: argparse.Namespace) -> int:
    points = _points(args.points)

    def edit(proposal: Proposal) -> t.Edit:
        return uplift_scale(
            proposal,
            _scale(proposal, args.scale),
            args.from_year,
            args.to_year,
            percent=args.percent,
            flat=args.flat,
            points=points,
        )

    print(change_file(args, edit, args.force))
    return 0


def _scale(proposal: Proposal, name: str) -> PayScale:
    scale = scale_named(proposal, name)
    if scale is None:
        known = ", ".join(f'"{s.name}"' for s in proposal.pay_scales.values()) or "none"
        raise CommandFailed(f'There is no pay scale called "{name}" (scales: {known}).')
    return scale


def run_point(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> t.Edit:
        return set_point(_scale(proposal, args.scale), args.year, args.point, args.salary)

    print(change_file(args, edit, args.force))
    return 0


def run_map(args: argparse.Namespace) -> int:
    print(change_file(args, lambda p: map_grade(p, args.text, args.grade), args.force))
    return 0


def run_use(args: argparse.Namespace) -> int:
    def edit(proposal: Proposal) -> t.Edit:
        return t.SetCostingBasis(
            chosen_scenario(proposal, args.scenario).id, CostingPoint(args.point), args.year
        )

    print(change_file(args, edit, args.force))
    return 0


def run_list(args: argparse.Namespace) -> int:
    print("\n".join(list_lines(open_source(args).proposal)))
    return 0


def list_lines(proposal: Proposal) -> list[str]:
    lines = []
    for scale in proposal.pay_scales.values():
        years = sorted({k[1] for k in proposal.pay_points if k[0] == scale.id})
        lines.append(
            f"{scale.name} ({scale.framework or 'local'}): pay years "
            f"{', '.join(years) or 'none (grades are salary ranges)'}"
        )
        rows = [["Grade", "Range"]] + [
            [
                g.code,
                f"points {g.bottom_point}-{g.top_point}"
                if g.bottom_point is not None
                else money_range(g.min_salary, g.max_salary),
            ]
            for g in proposal.grades.values()
            if g.pay_scale_id == scale.id
        ]
        lines.append(
            table(rows)
            if len(rows) > 1
            else "  (no grades: `orgchart paytable import FILE GRADES.csv --scale NAME` adds them)"
        )
    if not proposal.pay_scales:
        lines.append(
            "No pay scales: add one with `orgchart paytable add FILE njc` (or afc, senior)."
        )
    unmatched = unmatched_grades(proposal)
    if unmatched:
        lines.append(
            "Grades of posts that match no pay scale grade (map each with "
            "`orgchart paytable map FILE TEXT GRADE`):"
        )
        lines.append(
            table(
                [["Grade text", "Posts", "FTE"]]
                + [
                    [text, str(count.posts), fte_text(count.fte)]
                    for text, count in unmatched.items()
                ]
            )
        )
    return lines


RUNS = {
    "add": run_add,
    "import": run_import,
    "list": run_list,
    "uplift": run_uplift,
    "point": run_point,
    "map": run_map,
    "use": run_use,
}
