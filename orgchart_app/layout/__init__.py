"""Turning a scenario into a Layout: boxes, containers and connectors in points (no Qt, no PDF)."""
