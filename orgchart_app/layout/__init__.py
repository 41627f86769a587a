"""Turning a scenario into a Layout: boxes, containers and connectors in points (no Qt, no PDF)."""

from __future__ import annotations

from orgchart_app.layout.engine import layout_scenario
from orgchart_app.layout.model import Connector, ConnectorKind, Layout, PostBox, Rect, UnitContainer
from orgchart_app.layout.options import LayoutOptions

__all__ = [
    "Connector",
    "ConnectorKind",
    "Layout",
    "LayoutOptions",
    "PostBox",
    "Rect",
    "UnitContainer",
    "layout_scenario",
]
