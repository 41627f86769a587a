"""Benchmark of the designer's canvas (offscreen; run it, it is not a test).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python benchmarks/gui.py [--sizes 1000 10000]

For each size it writes a synthetic proposal to a temporary .sqlite file, then measures in
fresh child processes, all in this one run:
- baseline: read the same post rows with sqlite3 and fill a QGraphicsScene with as many plain
  rectangles and texts, shown in a QGraphicsView, until its first paint;
- window: open the file (DocumentController.load), lay it out and show it in a ChartView, until
  the first paint that shows the chart; then the edits of benchmarks/gui_edits.py (a one-post
  move, a team move into another pillar, an undo, a title and an FTE edit), each pushed as the
  canvas or a dock pushes it, 20 times, median time from the push to the repaint that shows it,
  and the longest the GUI thread was frozen meanwhile against one full repaint of the view (a
  proposal above 2,000 posts opens collapsed: it is expanded first, so the edits work on all of it);
- overview (the largest size only): the baseline scene and the whole chart, expanded, both fitted
  to the view in one process, each repainted 15 times: the median paint of the overview (the
  units' labelled blocks) as a ratio to the baseline's, target <= 1.5x.
It prints each time as a ratio to the baseline's, and the peak memory (max RSS) of each child,
then one line per target: open-to-paint within 3x of the baseline; peak memory at 10,000 posts
within 2x; each edit at the largest size within 2x of the smallest; no freeze longer than one
full repaint.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

VIEW_SIZE = (1600, 900)


def _app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class _PaintClock:
    """Records the time of each paint of a viewport."""

    def __init__(self, viewport) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    clock.last = time.perf_counter()
                return False

        self.last = 0.0
        self._filter = Filter()
        viewport.installEventFilter(self._filter)

    def wait_for_paint_after(
        self, moment: float, ready=lambda: True, timeout: float = 300.0
    ) -> float:  # type: ignore[no-untyped-def]
        """The time of the first paint after `ready()` became true (checked from `moment` on)."""
        app = _app()
        deadline = time.perf_counter() + timeout
        while not ready():
            app.processEvents()
            # Idle like a real event loop between events: a busy loop here would hold the
            # interpreter lock and slow down the layout running on the worker thread.
            time.sleep(0.0005)
            if time.perf_counter() > deadline:
                raise TimeoutError("never ready")
        moment = max(moment, time.perf_counter())
        while self.last <= moment:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("no paint")
            time.sleep(0.0005)
        return self.last


def _baseline_view(path: Path):  # type: ignore[no-untyped-def]
    """The plain scene: the post rows read with sqlite3, a rectangle and a text for each."""
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT id, title, grade, fte FROM post").fetchall()
    view = QGraphicsView()
    scene = QGraphicsScene(view)  # the view keeps it (the caller holds only the view)
    for index, (_id, title, grade, _fte) in enumerate(rows):
        x, y = (index % 100) * 160.0, (index // 100) * 60.0
        scene.addRect(x, y, 150.0, 50.0)
        scene.addSimpleText(f"{title}\n{grade}").setPos(x + 4, y + 4)
    view.setScene(scene)
    view.resize(*VIEW_SIZE)
    return view, len(rows)


def child_baseline(path: Path) -> dict[str, float]:
    app = _app()
    start = time.perf_counter()
    view, posts = _baseline_view(path)
    clock = _PaintClock(view.viewport())
    view.show()
    view.fitInView(view.scene().itemsBoundingRect())
    painted = clock.wait_for_paint_after(start)
    app.processEvents()
    return {"open": painted - start, "posts": posts}


def child_window(path: Path) -> dict[str, float]:
    from benchmarks.gui_edits import time_edits
    from orgchart_app.ui.canvas import ChartView
    from orgchart_app.ui.window.document import DocumentController

    app = _app()
    start = time.perf_counter()
    document = DocumentController()
    document.load(path)
    loaded = time.perf_counter()
    view = ChartView(document)
    # Small proposals are laid out inside the constructor, big ones on a worker thread.
    shown = [time.perf_counter()] if view.chart.layout is not None else []
    view.chart.layout_shown.connect(lambda: shown.append(time.perf_counter()))
    view.resize(*VIEW_SIZE)
    clock = _PaintClock(view.viewport())
    view.show()
    opened = clock.wait_for_paint_after(start, lambda: view.chart.layout is not None)
    stages = {
        "load": loaded - start,
        "layout_and_items": shown[0] - loaded,
        "paint": opened - shown[0],
    }
    # A large proposal opens collapsed to the levels that fit: the drop is timed on all of it.
    if view.chart.collapsed:
        before_expanding = view.chart.layout
        view.expand_all()
        clock.wait_for_paint_after(
            time.perf_counter(), lambda: view.chart.layout is not before_expanding
        )
    edits = time_edits(view, document, clock)
    app.processEvents()
    return {
        "open": opened - start,
        "drop": edits["team move"],
        "posts": len(document.proposal.posts),
        **stages,
        **{f"edit {kind}": value for kind, value in edits.items()},
    }


# --- the overview: a whole large chart at fit, drawn as its units' blocks -----------------------
REPAINTS = 15


def _paint_time(view) -> float:  # type: ignore[no-untyped-def]
    """The median time of REPAINTS synchronous repaints of the whole viewport."""
    times = []
    for _ in range(REPAINTS):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def child_overview(path: Path) -> dict[str, float]:
    """Both pictures in one process, at fit, each repainted REPAINTS times: the baseline scene,
    then the designer's chart, all of it expanded (the overview draws its units' blocks)."""
    from orgchart_app.ui.canvas import ChartView
    from orgchart_app.ui.window.document import DocumentController

    app = _app()
    baseline, posts = _baseline_view(path)
    baseline.show()
    baseline.fitInView(baseline.scene().itemsBoundingRect())
    app.processEvents()
    base = _paint_time(baseline)
    baseline.hide()
    document = DocumentController()
    document.load(path)
    view = ChartView(document)
    view.resize(*VIEW_SIZE)
    view.show()
    view.expand_all()
    clock = _PaintClock(view.viewport())
    clock.wait_for_paint_after(
        time.perf_counter(), lambda: view.chart.layout is not None and not view.chart.summaries
    )
    view.zoom_to_fit()
    app.processEvents()
    assert view.overview.active, "the fitted chart should be the overview"
    return {"baseline_paint": base, "overview_paint": _paint_time(view), "posts": posts}


def overview_lines(path: Path) -> list[str]:
    result = run_child("overview", path)
    ratio = result["overview_paint"] / result["baseline_paint"]
    return [
        f"overview at fit, {int(result['posts']):,} posts: paint {result['overview_paint'] * 1000:.1f} ms, "
        f"baseline scene {result['baseline_paint'] * 1000:.1f} ms (median of {REPAINTS})",
        f"overview paint/baseline: {ratio:.1f}x (target <= 1.5x)",
    ]


def print_edits(windows: dict[int, dict[str, float]]) -> None:
    """Each kind of edit at every size, then the verdicts: largest against smallest size."""
    from benchmarks.gui_edits import KINDS

    sizes = sorted(windows)
    print(f"\n{'edit (median of 20)':<20}" + "".join(f"{size:>10,}" for size in sizes))
    for kind in (*KINDS, "freeze", "repaint"):
        label = {"freeze": "longest freeze", "repaint": "one full repaint"}.get(kind, kind)
        print(f"{label:<20}" + "".join(f"{windows[s][f'edit {kind}']:>9.3f}s" for s in sizes))
    small, large = sizes[0], sizes[-1]
    for kind in KINDS:
        ratio = windows[large][f"edit {kind}"] / windows[small][f"edit {kind}"]
        print(f"edit scaling {large:,}/{small:,}: {ratio:.1f}x (target <= 2x) [{kind}]")
    for size in sizes:
        ratio = windows[size]["edit freeze"] / windows[size]["edit repaint"]
        print(f"longest freeze/full repaint at {size:,}: {ratio:.1f}x (target <= 1x)")


def run_child(mode: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, path = args.child
        children = {"baseline": child_baseline, "window": child_window, "overview": child_overview}
        result = children[mode](Path(path))
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    from orgchart_app.samples.synthetic import build_synthetic
    from orgchart_app.storage import save_proposal

    print(
        f"{'posts':>7} {'baseline open':>14} {'window open':>12} {'ratio':>6} {'drop':>8} "
        f"{'ratio':>6} {'baseline MB':>12} {'window MB':>10} {'ratio':>6}"
    )
    stages: list[str] = []
    overview: list[str] = []
    windows: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"synthetic-{size}.sqlite"
            save_proposal(build_synthetic(size), path)
            base, window = run_child("baseline", path), run_child("window", path)
            print(
                f"{int(window['posts']):>7} {base['open']:>13.3f}s {window['open']:>11.3f}s "
                f"{window['open'] / base['open']:>5.1f}x {window['drop']:>7.3f}s "
                f"{window['drop'] / base['open']:>5.1f}x {base['peak_mb']:>11.0f} "
                f"{window['peak_mb']:>10.0f} {window['peak_mb'] / base['peak_mb']:>5.1f}x"
            )
            windows[size] = window
            stages.append(
                f"{int(window['posts']):>7}: open = load {window['load']:.2f}s + layout and items "
                f"{window['layout_and_items']:.2f}s + paint {window['paint']:.2f}s"
            )
        overview = overview_lines(path)  # the largest size
    print("\n".join(stages))
    print(
        "Drop is a team move's time from the push to the repaint, as a ratio to the baseline's open."
    )
    print_edits(windows)
    print("\n".join(overview))


if __name__ == "__main__":
    main()
