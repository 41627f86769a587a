"""The post-list part of `orgchart export` (owned by the import/export work, issue 7)."""

from __future__ import annotations

import argparse
from typing import Any

from orgchart_app.cli.common import CommandFailed


def add_arguments(parser: Any) -> None:
    """Options of the list exports (--diff, ...)."""


def run(args: argparse.Namespace) -> None:
    raise CommandFailed("CSV, XLSX and organogram export are not available in this version yet.")
