"""What freezes the window during benchmarks/gui_edits.py's edits: the longest GUI-thread parts.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python benchmarks/freeze_parts.py FILE.sqlite

Opens FILE as benchmarks/gui.py's window child does, runs the same edits, and prints per kind of
edit the freeze the 1 ms timer saw and every part over 3 ms, by name: each event the GUI thread
dispatched (receiver class and event type; a queued call to the scene is its repaint, `_Relay` a
worker's result handed over), `document.push` and the scene's `show_delta` themselves, and every
collection of the cyclic garbage collector (on either thread: it holds the interpreter, so the
GUI thread waits for a collection on the worker too). Beside each longest part, the processor
time its thread spent in it: on a loaded machine the rest is waiting for a core, or for the
interpreter. It is a diagnosis, not a target.
"""

from __future__ import annotations

import collections
import gc
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

# Per kind of edit: (wall seconds, the GUI thread's processor seconds in them, name).
PARTS: dict[str, list[tuple[float, float, str]]] = collections.defaultdict(list)
KIND = ["opening"]
SHOWN_FROM = 0.003


class _TimedApp(QApplication):
    def notify(self, receiver: Any, event: Any) -> bool:
        start, working = time.perf_counter(), time.thread_time()
        handled = super().notify(receiver, event)
        took = time.perf_counter() - start
        if took > SHOWN_FROM:
            name = f"{type(receiver).__name__}:{event.type().name}"
            PARTS[KIND[0]].append((took, time.thread_time() - working, name))
        return bool(handled)


def _timed(owner: Any, name: str) -> None:
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start, working = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            took = time.perf_counter() - start
            if took > SHOWN_FROM:
                part = f"{owner.__name__}.{name}"
                PARTS[KIND[0]].append((took, time.thread_time() - working, part))

    setattr(owner, name, timed)


_collecting: dict[str, float] = {}


def _collection(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _collecting["start"], _collecting["working"] = time.perf_counter(), time.thread_time()
        return
    took = time.perf_counter() - _collecting.get("start", time.perf_counter())
    if took > SHOWN_FROM:
        working = time.thread_time() - _collecting.get("working", time.thread_time())
        thread = threading.current_thread().name.split("_")[0]
        name = f"collection of generation {info['generation']} ({thread})"
        PARTS[KIND[0]].append((took, working, name))


def main() -> None:
    app = _TimedApp([])
    import benchmarks.gui as gui
    import benchmarks.gui_edits as edits
    from orgchart_app.ui.canvas import ChartView
    from orgchart_app.ui.canvas.scene import LayoutScene
    from orgchart_app.ui.window.document import DocumentController

    _timed(DocumentController, "push")
    _timed(LayoutScene, "show_delta")
    gc.callbacks.append(_collection)
    document = DocumentController()
    document.load(Path(sys.argv[1]))
    view = ChartView(document)
    view.resize(*gui.VIEW_SIZE)
    clock = gui._PaintClock(view.viewport())
    view.show()
    clock.wait_for_paint_after(time.perf_counter(), lambda: view.chart.layout is not None)
    if view.chart.collapsed:
        before = view.chart.layout
        view.expand_all()
        clock.wait_for_paint_after(time.perf_counter(), lambda: view.chart.layout is not before)
    freezes: dict[str, float] = {}
    make, stop = edits._edit_maker, edits.FreezeClock.stop

    def maker(kind: str, subjects: dict[str, Any]) -> Any:
        KIND[0] = kind
        return make(kind, subjects)

    def stopped(self: Any) -> float:
        freezes[KIND[0]] = stop(self)
        return freezes[KIND[0]]

    edits._edit_maker = maker  # type: ignore[assignment]
    edits.FreezeClock.stop = stopped  # type: ignore[method-assign]
    results = edits.time_edits(view, document, clock)
    app.processEvents()
    print(
        f"{len(document.proposal.posts):,} posts; one full repaint {results['repaint'] * 1000:.1f} ms"
    )
    for kind in edits.KINDS:
        print(f"{kind}: longest freeze {freezes[kind] * 1000:.0f} ms; parts over 3 ms:")
        by_name: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
        for took, working, name in PARTS[kind]:
            by_name[name].append((took, working))
        for name, times in sorted(by_name.items(), key=lambda item: -max(item[1])[0]):
            longest = max(times)
            print(
                f"  {name:<42} {len(times):>4}x  longest {longest[0] * 1000:6.1f} ms"
                f" ({longest[1] * 1000:5.1f} ms working)"
                f"  median {statistics.median(t for t, _ in times) * 1000:6.1f} ms"
            )


if __name__ == "__main__":
    main()
