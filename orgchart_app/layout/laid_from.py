"""What a Layout was made from (LaidFrom), kept with it so that the next layout can tell what an
edit changed: same_sizes.py reuses the Layout when the edit changed no box's size."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import PostId, ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.tables import RECORD_TABLES, Table
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.routes_kept import NO_ROUTES
from orgchart_app.layout.row_plan import NO_PLAN

OTHER_TABLES = tuple(t for t in RECORD_TABLES if t is not Table.POSTS)


@dataclass(frozen=True, slots=True)
class LaidFrom:
    """The records as they were (the dicts copied: records are immutable, so that is a snapshot),
    the scenario, the options but for what they kept from an earlier layout, the markers."""

    scenario_id: ScenarioId
    options: LayoutOptions
    markers: Mapping[PostId, str]
    posts: Mapping[PostId, Post]
    # Every other table, in OTHER_TABLES' order: a layout reads several, and an edit to any of
    # them is rare enough to lay out afresh rather than work out whether the chart reads it.
    others: tuple[Mapping[Any, Any], ...]


def laid_from(
    proposal: Proposal,
    scenario_id: ScenarioId,
    options: LayoutOptions,
    markers: Mapping[PostId, str] | None,
) -> LaidFrom:
    return LaidFrom(
        scenario_id,
        without_memory(options),
        dict(markers or {}),
        dict(proposal.posts),
        tuple(dict(proposal.records(t)) for t in OTHER_TABLES),
    )


def without_memory(options: LayoutOptions) -> LayoutOptions:
    """The options but for the rows and routes kept from an earlier layout."""
    return replace(options, keep_rows=NO_PLAN, keep_routes=NO_ROUTES)


def same_records(old: Mapping[Any, Any], new: Mapping[Any, Any]) -> bool:
    """The same records in the same order (the order places the blocks)."""
    return old == new and list(old) == list(new)
