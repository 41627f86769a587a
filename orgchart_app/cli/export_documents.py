"""The document part of `orgchart export`: --html (the accessible web version) and --docx (Word)."""

from __future__ import annotations

import argparse
from pathlib import Path

from orgchart_app.cli.common import open_source
from orgchart_app.cli.export_pdf import options_from
from orgchart_app.exporters.docx_report import write_docx
from orgchart_app.exporters.html_page import write_html


def run(args: argparse.Namespace) -> None:
    proposal = open_source(args).proposal
    options = options_from(args)
    if args.html is not None:
        write_html(proposal, options, Path(args.html))
        print(f"Wrote {args.html}.")
    if args.docx is not None:
        write_docx(proposal, options, Path(args.docx))
        print(f"Wrote {args.docx}.")
