"""The Layout: what a chart looks like, as plain data in points (y grows downwards).

One Layout feeds the canvas, the PDF and any other picture, so what you see is what you export.
Engines fill it in; nothing here knows about Qt or reportlab.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from orgchart_app.domain.enums import PostStatus, UnitKind, UnitStatus
from orgchart_app.domain.ids import DottedLineId, PostId, ScenarioId, UnitId
from orgchart_app.layout.laid_from import LaidFrom
from orgchart_app.layout.routes_kept import NO_ROUTES, RouteMemo
from orgchart_app.layout.row_plan import NO_PLAN, RowPlan
from orgchart_app.quick import quick_constructor


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance
            and other.y < self.bottom - tolerance
        )


class ConnectorKind(enum.Enum):
    REPORTS_TO = "reports_to"  # solid line management
    TEMPORARY = "temporary"  # interim line management (solid, tagged "temporary")
    ACCOUNTABILITY = "accountability"  # dotted
    MATRIX = "matrix"  # dashed
    PROFESSIONAL = "professional"  # dotted
    SECONDMENT = "secondment"  # dotted


@dataclass(frozen=True, slots=True)
class PostBox:
    post_id: PostId
    post_ref: str
    rect: Rect
    title: str
    # The lines under the title, in order: grade, "x 7 (7 FTE)" or "0.5 FTE", "Vacant", ...
    lines: tuple[str, ...]
    status: PostStatus
    unit_id: UnitId
    employer_badge: str = ""
    deployment_badge: str = ""
    statutory_role: str = ""
    # Filled in only when the user asks for names (personal data).
    holder: str = ""
    # Compare mode: "new", "deleted", "moved", "redesignated", ... (empty when not comparing).
    change_marker: str = ""
    # A collapsed subtree drawn as one box: "+ 23 posts (21.5 FTE)"; post_id is its manager's.
    collapsed_posts: int = 0
    collapsed_fte: float = 0.0
    # The title as wrapped to the box width (layout.text.box_rows says where each row goes).
    title_lines: tuple[str, ...] = ()

    @property
    def is_summary(self) -> bool:
        return self.collapsed_posts > 0


@dataclass(frozen=True, slots=True)
class UnitContainer:
    unit_id: UnitId
    unit_ref: str
    parent_id: UnitId | None
    rect: Rect
    title: str
    kind: UnitKind
    status: UnitStatus
    colour: str = ""
    organisation: str = ""
    depth: int = 0
    # The title as wrapped by the engine: draw line i bold at CONTAINER_TITLE_SIZE with its top at
    # (rect.x + title_inset, rect.y + title_inset + i * row_height(CONTAINER_TITLE_SIZE)).
    title_lines: tuple[str, ...] = ()
    title_inset: float = 8.0


@dataclass(frozen=True, slots=True)
class Connector:
    kind: ConnectorKind
    points: tuple[tuple[float, float], ...]
    from_post_id: PostId
    to_post_id: PostId
    label: str = ""
    # Where the label's centre goes (None: no label).
    label_at: tuple[float, float] | None = None
    # The label's ground, centred on label_at, clear of every box and container title where the
    # layout found room (None: no label).
    label_rect: Rect | None = None
    # The dotted line drawn (None for line management), so the canvas can select and edit it.
    line_id: DottedLineId | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    scenario_id: ScenarioId
    boxes: tuple[PostBox, ...]
    containers: tuple[UnitContainer, ...]
    connectors: tuple[Connector, ...]
    width: float
    height: float
    engine: str = "compact"
    # One line each, for the user: "Graphviz is not installed: using the compact layout."
    notices: tuple[str, ...] = ()
    # Where its rows wrapped: a relayout after an edit keeps it (LayoutOptions.keep_rows).
    rows: RowPlan = field(default=NO_PLAN, compare=False, repr=False)
    # Its routes between units and its dotted lines: the next relayout reuses those unchanged.
    routes: RouteMemo = field(default=NO_ROUTES, compare=False, repr=False)
    # What it was made from: the next layout reuses it when an edit changed no box's size.
    source: LaidFrom | None = field(default=None, compare=False, repr=False)
    _box_index: dict[PostId, PostBox] = field(default_factory=dict, compare=False, repr=False)

    def box_for(self, post_id: PostId) -> PostBox | None:
        return self.box_index().get(post_id)

    def box_index(self) -> Mapping[PostId, PostBox]:
        """Each post's box (summaries left out), by post id: made once per Layout."""
        if not self._box_index and self.boxes:
            self._box_index.update((b.post_id, b) for b in self.boxes if not b.is_summary)
        return self._box_index


# Every field, positionally, in order: an engine makes one box and one line per post.
make_rect = quick_constructor(Rect)
make_post_box = quick_constructor(PostBox)
make_connector = quick_constructor(Connector)
