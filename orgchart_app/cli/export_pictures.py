"""The picture part of `orgchart export`: --svg and --png of the chart, a unit or the compare pair."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import open_source
from orgchart_app.exporters.output_file import write_bytes, write_text
from orgchart_app.exporters.picture import (
    PictureRequest,
    chart_picture,
    png_bytes,
    svg_text,
)


def add_arguments(parser: Any) -> None:
    pictures = parser.add_argument_group("pictures for slides and email (with --svg or --png)")
    pictures.add_argument(
        "--unit",
        type=arguments.name,
        metavar="NAME",
        help="draw only this unit and everything in it",
    )
    pictures.add_argument(
        "--dpi", type=float, default=200.0, metavar="N", help="resolution of the PNG (default: 200)"
    )


def run(args: argparse.Namespace) -> None:
    proposal = open_source(args).proposal
    picture = chart_picture(
        proposal, PictureRequest(args.scenario, args.unit or "", args.compare or "", args.names)
    )
    if args.svg is not None:
        write_text(Path(args.svg), svg_text(picture))
        print(f"Wrote {args.svg}.")
    if args.png is not None:
        write_bytes(Path(args.png), png_bytes(picture, args.dpi))
        print(f"Wrote {args.png}.")
