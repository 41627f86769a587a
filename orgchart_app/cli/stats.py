"""orgchart stats FILE --scenario S [--compare A]: spans of control, layers, grades, vacancies."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.analysis.grade_table import GradeTable, grade_table
from orgchart_app.analysis.stats import Count, ScenarioStats, scenario_stats
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    add_file_argument,
    add_format_argument,
    add_scenario_argument,
    chosen_scenario,
    open_source,
    print_json,
    scenario,
    table,
)
from orgchart_app.domain.wording import fte_text, one_place_text, percent_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stats", help="spans of control, layers, posts by grade and unit, vacancy rate"
    )
    add_file_argument(parser)
    add_scenario_argument(parser, "the scenario")
    parser.add_argument(
        "--compare",
        type=arguments.name,
        metavar="SCENARIO",
        help='show this scenario beside it (e.g. "As is")',
    )
    add_format_argument(parser, ("text", "json"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    target = chosen_scenario(proposal, args.scenario).id
    sides = [scenario_stats(proposal, target)]
    if args.compare:
        sides.insert(0, scenario_stats(proposal, scenario(proposal, args.compare).id))
    cross = grade_table(proposal, target)
    if args.format == "json":
        print_json(
            {
                "scenarios": [as_json(s) for s in sides],
                "by_unit_and_grade": {
                    "scenario": sides[-1].scenario,
                    "grades": list(cross.grades),
                    "units": {
                        unit: {g: _count_json(c) for (u, g), c in cross.cells.items() if u == unit}
                        for unit in cross.units
                    },
                },
            }
        )
    else:
        print(as_text(sides))
        print("\n".join(cross_text(sides[-1].scenario, cross)))
    return 0


def _cell(count: Count | None) -> str:
    if count is None or not count.posts:
        return ""
    return (
        str(count.posts) if count.fte == count.posts else f"{count.posts} ({fte_text(count.fte)})"
    )


def cross_text(name: str, cross: GradeTable) -> list[str]:
    """Posts by unit (rows) and grade (columns, highest paid first); FTE in brackets where it
    differs from the posts."""
    rows = [["Unit", *cross.grades, "Total"]]
    rows += [
        [
            unit,
            *(_cell(cross.cells.get((unit, g))) for g in cross.grades),
            _cell(cross.by_unit[unit]),
        ]
        for unit in cross.units
    ]
    rows.append(["Total", *(_cell(cross.by_grade[g]) for g in cross.grades), _cell(cross.total)])
    return [
        "",
        f'Posts by unit and grade, "{name}" (FTE in brackets where it differs)',
        table(rows),
    ]


def _count_json(count: Count) -> dict[str, Any]:
    return {"posts": count.posts, "fte": count.fte, "vacant": count.vacant}


def as_json(stats: ScenarioStats) -> dict[str, Any]:
    return {
        "scenario": stats.scenario,
        **_count_json(stats.totals),
        "held_vacant": stats.held_vacant,
        "vacancy_rate": round(stats.vacancy_rate, 4),
        "layers": stats.layers,
        "posts_by_layer": {str(k): v for k, v in stats.posts_by_layer.items()},
        "mean_span": round(stats.mean_span, 2),
        "widest_span": stats.widest_span,
        "spans": [
            {
                "post_ref": s.post_ref,
                "title": s.title,
                "grade": s.grade,
                "layer": s.layer,
                "span": s.span,
            }
            for s in stats.spans
        ],
        "by_grade": {k: _count_json(v) for k, v in stats.by_grade.items()},
        "by_unit": {k: _count_json(v) for k, v in stats.by_unit.items()},
    }


def _summary(stats: ScenarioStats) -> list[str]:
    t = stats.totals
    return [
        str(t.posts),
        fte_text(t.fte),
        f"{t.vacant} ({percent_text(stats.vacancy_rate * 100)})",
        str(stats.held_vacant),
        str(stats.layers),
        str(len(stats.spans)),
        one_place_text(stats.mean_span),
        str(stats.widest_span),
    ]


def _side_by_side(heading: str, sides: list[ScenarioStats], pick: str) -> list[str]:
    names = list(dict.fromkeys(name for s in sides for name in getattr(s, pick)))
    rows = [[heading, *(f"{s.scenario}: posts / FTE" for s in sides)]]
    for name in names:
        cells = []
        for side in sides:
            count = getattr(side, pick).get(name, Count())
            cells.append(f"{count.posts} / {fte_text(count.fte)}" if count.posts else "-")
        rows.append([name, *cells])
    return ["", table(rows)]


def as_text(sides: list[ScenarioStats]) -> str:
    labels = [
        "Posts",
        "FTE",
        "Vacant (rate)",
        "Held vacant",
        "Layers",
        "Managers",
        "Mean span",
        "Widest span",
    ]
    rows = [["", *(s.scenario for s in sides)]]
    rows += [[label, *(_summary(s)[i] for s in sides)] for i, label in enumerate(labels)]
    lines = ["Spans and layers", table(rows)]
    lines += _side_by_side("Grade", sides, "by_grade")
    lines += _side_by_side("Unit", sides, "by_unit")
    for side in sides:
        lines += [
            "",
            f'Span of control, "{side.scenario}" (direct reports, counted as posts)',
            table(
                [["Layer", "Manager", "Grade", "Span"]]
                + [[str(s.layer), s.title, s.grade, str(s.span)] for s in side.spans]
            ),
        ]
    return "\n".join(lines)
