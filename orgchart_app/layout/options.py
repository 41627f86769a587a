"""What the caller may choose about a layout: engine, leaf stacking, collapse, scope, names."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.layout.routes_kept import NO_ROUTES, RouteMemo
from orgchart_app.layout.row_plan import NO_PLAN, RowPlan

ENGINES = ("compact", "graphviz")


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    engine: str = "compact"  # "compact" | "graphviz"
    # A manager's leaf reports are stacked vertically once there are this many of them.
    stack_from: int = 4
    stack_columns: int = 1  # 1 or 2
    # Managers whose teams are drawn as one summary box "+ 23 posts (21.5 FTE)".
    collapsed: frozenset[PostId] = frozenset()
    # A collapsed post inside another's collapsed team stays shown, with its own summary, rather
    # than vanish into the other's: overviews collapse each sub-unit's heads and must still show
    # every sub-unit, even one whose lead reports to a head of a sibling sub-unit.
    keep_collapsed_heads: bool = False
    # A sub-unit whose lead reports into a sibling sub-unit is drawn just below that sibling, so
    # the line is short; False leaves it in the row of loose sub-units (shorter charts: overviews).
    units_below_leads: bool = True
    # Lay out only this unit and everything inside it (how appendices are paged).
    unit_id: UnitId | None = None
    # Postholder names are personal data: shown only when asked for.
    show_names: bool = False
    # A light mark (layout.assumed) on each box line resting on an assumption.
    mark_assumed: bool = True
    # Sizes in points.
    box_min_width: float = 96.0
    box_max_width: float = 150.0
    h_gap: float = 14.0  # between sibling boxes or containers
    v_gap: float = 26.0  # between a manager and its row of reports
    stack_gap: float = 6.0  # between stacked leaves
    stack_indent: float = 12.0  # from the stack's spine to its leaves
    container_padding: float = 8.0
    container_gap: float = 16.0  # between sibling containers side by side
    # A row of reports (or of units) wider than this wraps into several rows; 0: never wrap.
    wrap_width: float = 2400.0
    # The previous layout's row wrapping (Layout.rows), kept where the chart still fits it, so
    # that a relayout after an edit moves no team further than the edit needs.
    keep_rows: RowPlan = NO_PLAN
    # The previous layout's routes (Layout.routes), reused where nothing they read has changed.
    keep_routes: RouteMemo = NO_ROUTES

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(
                f'The layout engine must be one of {", ".join(ENGINES)}, not "{self.engine}".'
            )
        if self.stack_columns not in (1, 2):
            raise ValueError("Leaves can be stacked in 1 or 2 columns.")
        if self.stack_from < 1:
            raise ValueError("Leaves can be stacked from 1 leaf upwards.")
