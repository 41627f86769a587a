"""The PDF part of `orgchart export`: committee appendices (issue 6)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from orgchart_app.cli.common import CommandFailed, load
from orgchart_app.exporters.pdf import PdfOptions, plan_pdf, write_pdf


def add_arguments(parser: Any) -> None:
    """Options of the PDF export (--title, --paper, --landscape, ...)."""
    pdf = parser.add_argument_group("PDF appendix (with --pdf)")
    pdf.add_argument("--title", default="", metavar="T",
                     help='the appendix title, e.g. "Appendix 3 - Current structures"')
    pdf.add_argument("--appendix-number", default="", metavar="N",
                     help='put "Appendix N –" before a title that does not start with "Appendix"')
    pdf.add_argument("--organisation", default="", metavar="NAME",
                     help="the body named at the top of each page (default: the scenario's first)")
    pdf.add_argument("--committee", default="", metavar="TEXT",
                     help='the report or committee, e.g. "HR & Appeals Panel"')
    pdf.add_argument("--date", default="", metavar="TEXT", help='the report date, e.g. "25 March 2021"')
    pdf.add_argument("--version", dest="doc_version", default="", metavar="TEXT",
                     help="the document version printed in the title block")
    pdf.add_argument("--classification", default="Open", metavar="TEXT",
                     help='the marking in the top right corner (default: "Open"; "" for none)')
    pdf.add_argument("--draft", action="store_true", help='a "Draft for consultation" watermark')
    pdf.add_argument("--paper", default="A4", type=str.upper, choices=("A4", "A3"),
                     help="paper size (default: A4)")
    orientation = pdf.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=True,
                             help="landscape pages (the default)")
    orientation.add_argument("--portrait", dest="landscape", action="store_false",
                             help="portrait pages")
    pdf.add_argument("--per-unit", action="store_true",
                     help="one page per pillar or team even when the chart fits on one page")
    pdf.add_argument("--no-chart", dest="chart", action="store_false",
                     help="leave out the structure chart of --scenario")
    pdf.add_argument("--compare", default="", metavar="S2",
                     help="add pages with --scenario and S2 facing each other, changes marked")
    pdf.add_argument("--compare-all", action="store_true",
                     help="with --compare, show every unit, not only those with changes")
    pdf.add_argument("--post-list", action="store_true", help="add the post list with unit totals")
    pdf.add_argument("--changes", action="store_true",
                     help="add the list of changes (from the scenario --scenario is based on, "
                          "or to --compare)")
    pdf.add_argument("--budget", action="store_true", help="add the budget table")
    pdf.add_argument("--names", action="store_true",
                     help="show postholder names (personal data: left out unless asked for)")
    pdf.add_argument("--min-text", type=float, default=6.0, metavar="PT",
                     help="the smallest text size allowed on a chart (default: 6 pt)")


def options_from(args: argparse.Namespace) -> PdfOptions:
    return PdfOptions(
        scenario=args.scenario, title=args.title, appendix_number=args.appendix_number,
        organisation=args.organisation, committee=args.committee, date=args.date,
        version=args.doc_version, classification=args.classification, draft=args.draft,
        paper=args.paper, landscape=args.landscape, chart=args.chart, per_unit=args.per_unit,
        compare_to=args.compare, compare_all=args.compare_all, post_list=args.post_list, changes=args.changes,
        budget=args.budget, names=args.names, min_text_pt=args.min_text)


def run(args: argparse.Namespace) -> None:
    target = Path(args.pdf)
    if target.is_dir():
        raise CommandFailed(f"{target} is a folder: give the name of the PDF file to write.")
    if not target.parent.exists():
        raise CommandFailed(f"The folder {target.parent} does not exist.")
    options = options_from(args)
    proposal = load(args.file).proposal
    plan = plan_pdf(proposal, options)
    for notice in plan.notices:
        print(notice, file=sys.stderr)
    write_pdf(plan, target)
    print(f"Wrote {target} ({plan.page_count} pages).")
