"""The PDF part of `orgchart export`: committee appendices (issue 6)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from orgchart_app.analysis.cost_basis import CostsInRecommendations
from orgchart_app.cli import arguments
from orgchart_app.cli.common import open_source
from orgchart_app.exporters.pdf import PdfOptions, plan_pdf, write_pdf
from orgchart_app.exporters.pdf.appendix import MAX_TEXT_PT, MIN_TEXT_PT


def add_arguments(parser: Any) -> None:
    """Options of the PDF export (--title, --paper, --landscape, ...)."""
    pdf = parser.add_argument_group("PDF appendix (with --pdf)")
    pdf.add_argument(
        "--title",
        type=arguments.title_block_text,
        metavar="T",
        help='the appendix title, e.g. "Appendix 3 - Current structures"',
    )
    pdf.add_argument(
        "--appendix-number",
        type=arguments.title_block_text,
        metavar="N",
        help='put "Appendix N –" before a title that does not start with "Appendix"',
    )
    pdf.add_argument(
        "--organisation",
        type=arguments.title_block_text,
        metavar="NAME",
        help="the body named at the top of each page (default: the scenario's first)",
    )
    pdf.add_argument(
        "--committee",
        type=arguments.title_block_text,
        metavar="TEXT",
        help='the report or committee, e.g. "HR & Appeals Panel"',
    )
    pdf.add_argument(
        "--date",
        type=arguments.title_block_text,
        metavar="TEXT",
        help='the report date, e.g. "25 March 2021"',
    )
    pdf.add_argument(
        "--version",
        dest="doc_version",
        type=arguments.title_block_text,
        metavar="TEXT",
        help="the document version printed in the title block",
    )
    pdf.add_argument(
        "--classification",
        type=arguments.optional_title_block_text,
        default="Open",
        metavar="TEXT",
        help='the marking in the top right corner (default: "Open"; "" for none)',
    )
    pdf.add_argument("--draft", action="store_true", help='a "Draft for consultation" watermark')
    pdf.add_argument(
        "--paper",
        default="A4",
        type=str.upper,
        choices=("A4", "A3"),
        help="paper size (default: A4)",
    )
    orientation = pdf.add_mutually_exclusive_group()
    orientation.add_argument(
        "--landscape",
        dest="landscape",
        action="store_true",
        default=True,
        help="landscape pages (the default)",
    )
    orientation.add_argument(
        "--portrait", dest="landscape", action="store_false", help="portrait pages"
    )
    pdf.add_argument(
        "--per-unit",
        action="store_true",
        help="one page per pillar or team even when the chart fits on one page",
    )
    pdf.add_argument(
        "--no-chart",
        dest="chart",
        action="store_false",
        help="leave out the structure chart of --scenario",
    )
    pdf.add_argument(
        "--compare",
        type=arguments.name,
        metavar="S2",
        help="PDF: add pages with --scenario and S2 facing each other, changes "
        "marked; pictures: draw the pair",
    )
    pdf.add_argument(
        "--compare-all",
        action="store_true",
        help="with --compare, show every unit, not only those with changes",
    )
    pdf.add_argument("--post-list", action="store_true", help="add the post list with unit totals")
    pdf.add_argument(
        "--changes",
        action="store_true",
        help="add the list of changes (from the scenario --scenario is based on, or to --compare)",
    )
    pdf.add_argument("--budget", action="store_true", help="add the budget table")
    arguments.add_costs_argument(pdf)
    pdf.add_argument(
        "--consultation",
        action="store_true",
        help="write the staff consultation pack of the change to --scenario (from its base, "
        "or --compare) instead: affected teams' structures, what changes, pools, selection "
        "and timeline; no names unless --names",
    )
    pdf.add_argument(
        "--names",
        action="store_true",
        help="show postholder names (personal data: left out unless asked for)",
    )
    pdf.add_argument(
        "--web-version",
        type=arguments.title_block_text,
        metavar="NAME",
        help="name the accessible web version on the first page (default: the "
        "--html file written with it)",
    )
    pdf.add_argument(
        "--min-text",
        type=arguments.points,
        default=6.0,
        metavar="PT",
        help=f"the smallest text size allowed on a chart, {MIN_TEXT_PT:g} to "
        f"{MAX_TEXT_PT:g} pt (default: 6 pt)",
    )


def options_from(args: argparse.Namespace) -> PdfOptions:
    return PdfOptions(
        scenario=args.scenario,
        title=args.title or "",
        appendix_number=args.appendix_number or "",
        organisation=args.organisation or "",
        committee=args.committee or "",
        date=args.date or "",
        version=args.doc_version or "",
        classification=args.classification,
        draft=args.draft,
        paper=args.paper,
        landscape=args.landscape,
        chart=args.chart,
        per_unit=args.per_unit,
        compare_to=args.compare or "",
        compare_all=args.compare_all,
        post_list=args.post_list,
        changes=args.changes,
        budget=args.budget,
        consultation=args.consultation,
        costs_in_recommendations=CostsInRecommendations(args.costs_in_recommendations),
        names=args.names,
        min_text_pt=args.min_text,
        web_version=args.web_version
        or (Path(args.html).name if getattr(args, "html", None) else ""),
    )


def run(args: argparse.Namespace) -> None:
    """Write the PDF; export.run() has checked that --pdf may be written."""
    target = Path(args.pdf)
    options = options_from(args)
    proposal = open_source(args).proposal
    plan = plan_pdf(proposal, options)
    for notice in plan.notices:
        print(notice, file=sys.stderr)
    write_pdf(plan, target)
    print(f"Wrote {target} ({plan.page_count} pages).")
