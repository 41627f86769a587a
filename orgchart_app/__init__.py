"""Org chart designer: restructure proposals for UK councils and NHS bodies."""

__version__ = "0.1.0"
