"""The proposal's tables by name: what edits write, patches undo and views refresh on."""

from __future__ import annotations

import enum


class Table(enum.Enum):
    """One per record table of a Proposal (the value is its attribute's name), and INFO: the
    proposal's header (title, notes), which a patch can change like a record."""

    ORGANISATIONS = "organisations"
    SCENARIOS = "scenarios"
    UNITS = "units"
    POSTS = "posts"
    POSTHOLDERS = "postholders"
    DOTTED_LINES = "dotted_lines"
    PAY_SCALES = "pay_scales"
    PAY_POINTS = "pay_points"
    GRADES = "grades"
    ON_COST_RULES = "on_cost_rules"
    BUDGET_LINES = "budget_lines"
    RECOMMENDATION_ITEMS = "recommendation_items"
    POOLS = "pools"
    OUTCOMES = "outcomes"
    CONSULTATIONS = "consultations"
    DOCUMENTS = "documents"
    PROVENANCE = "provenance"
    INFO = "info"


# The tables holding records by key, in the order a snapshot lists them.
RECORD_TABLES = tuple(table for table in Table if table is not Table.INFO)

# The tables of personal data: the people holding posts and what happens to each of them.
PERSONAL_TABLES = frozenset({Table.POSTHOLDERS, Table.OUTCOMES})
