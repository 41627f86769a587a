"""The PDF part of `orgchart export` (owned by the PDF appendices work, issue 6)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli.common import CommandFailed


def add_arguments(parser: Any) -> None:
    """Options of the PDF export (--title, --paper, --landscape, ...)."""


def run(args: argparse.Namespace) -> None:
    raise CommandFailed("PDF export is not available in this version yet.")
