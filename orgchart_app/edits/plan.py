"""A Plan: the writes an edit will make, checked but not yet applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orgchart_app.edits.patch import Write

if TYPE_CHECKING:
    from orgchart_app.edits.types import Edit


@dataclass(slots=True)
class Plan:
    writes: list[Write]
    name: str
    # What the user should be told besides the name ("X now reports to Y").
    messages: tuple[str, ...] = ()
    # The edit with allocated ids filled in, so redo recreates the same records.
    resolved: Edit | None = field(default=None)
