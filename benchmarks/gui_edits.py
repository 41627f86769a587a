"""The edits benchmarks/gui.py times in the open window: drop (or undo) to repaint, and freezes.

Each kind of edit is pushed to the document as the canvas or a dock pushes it, 20 times, each
timed from the push to the first paint of the viewport that shows the new layout. A timer ticking
on the GUI thread every millisecond records the longest gap between its ticks while the edits run:
the longest the window could not answer. One full repaint of the view is timed for comparison.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

REPEATS = 20
KINDS = ("post move", "team move", "undo", "title", "FTE")


class FreezeClock:
    """The longest gap between the ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


def _subjects(proposal: Any) -> dict[str, Any]:
    """A leaf with two possible managers in its unit, a middle manager with a team and another
    pillar of its organisation to take it to."""
    posts = list(proposal.posts.values())
    managers = {p.reports_to_id for p in posts}
    by_unit: dict[int, list[Any]] = {}
    for post in posts:
        if post.id in managers:
            by_unit.setdefault(post.unit_id, []).append(post)
    leaf = next(
        p
        for p in reversed(posts)
        if p.id not in managers
        and p.reports_to_id is not None
        and len([m for m in by_unit.get(p.unit_id, []) if m.id != p.id]) >= 2
    )
    others = [m for m in by_unit[leaf.unit_id] if m.id != leaf.reports_to_id]
    team = max(
        (p for p in posts if p.id in managers and p.reports_to_id is not None), key=lambda p: p.id
    )
    home = proposal.units[team.unit_id]
    target = next(
        u
        for u in proposal.units.values()
        if u.kind.value == "pillar"
        and u.id != home.id
        and u.organisation_id == home.organisation_id
        and u.id != home.parent_id
    )
    return {
        "leaf": leaf,
        "managers": (leaf.reports_to_id, others[0].id),
        "team": team,
        "units": (target.id, home.id),
    }


def _edit_maker(kind: str, subjects: dict[str, Any]) -> Callable[[int], object]:
    from orgchart_app.edits import ChangeFte, MovePosts, Redesignate, SetReportsTo

    leaf, team = subjects["leaf"], subjects["team"]
    managers = subjects["managers"]
    if kind == "post move":  # to the other manager and back
        return lambda i: SetReportsTo((leaf.id,), managers[(i + 1) % 2])
    if kind == "undo":  # the move undone each time
        return lambda _i: SetReportsTo((leaf.id,), managers[1])
    if kind == "team move":
        units = subjects["units"]
        return lambda i: MovePosts((team.id,), units[i % 2])
    if kind == "title":
        return lambda i: Redesignate(leaf.id, f"{leaf.title} {'ABCD'[i % 4]}")
    return lambda i: ChangeFte(leaf.id, 0.5 if i % 2 == 0 else 1.0)


def time_edits(view: Any, document: Any, clock: Any) -> dict[str, float]:
    """Median seconds from push to repaint per kind, the longest freeze, one full repaint."""
    subjects = _subjects(document.proposal)
    freeze = FreezeClock()
    results: dict[str, float] = {}
    longest = 0.0

    def push(edit: object) -> Callable[[], object]:
        return lambda: document.push(edit)

    def wait_for(act: Callable[[], object]) -> float:
        before = view.chart.layout
        start = time.perf_counter()
        act()
        painted: float = clock.wait_for_paint_after(start, lambda: view.chart.layout is not before)
        return painted - start

    for kind in KINDS:
        make = _edit_maker(kind, subjects)
        times = []
        freeze.start()
        for index in range(REPEATS):
            if kind == "undo":
                wait_for(push(make(index)))
                times.append(wait_for(document.undo_stack.undo))
            else:
                times.append(wait_for(push(make(index))))
        longest = max(longest, freeze.stop())
        results[kind] = statistics.median(times)
    repaints = []
    for _ in range(5):
        start = time.perf_counter()
        view.viewport().repaint()
        repaints.append(time.perf_counter() - start)
    return {**results, "freeze": longest, "repaint": statistics.median(repaints)}
