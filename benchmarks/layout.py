"""Compact layout engine against Graphviz dot on synthetic organisations of 1,000 to 10,000 posts.

Run from the repository root:  python benchmarks/layout.py [--sizes 1000 3000 10000]

For each size it builds one synthetic organisation (orgchart_app.samples.synthetic: 3
organisations, 20 pillars, spans 1 to 40, up to 9 layers), lays it out with the compact engine
(best of 3 runs for time; a separate run under tracemalloc for peak Python memory), then gives dot
the very same chart (same box sizes, one cluster per unit, the same reporting lines) and measures
its wall time and peak resident memory (the child's own rusage from os.wait4). It prints the
figures and the ratios the targets are stated in. dot on 10,000 boxes takes tens of seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgchart_app.domain import ScenarioId  # noqa: E402
from orgchart_app.layout import LayoutOptions, layout_scenario  # noqa: E402
from orgchart_app.layout.chart import build_chart  # noqa: E402
from orgchart_app.layout.graphviz_engine import dot_graph  # noqa: E402
from orgchart_app.samples.synthetic import build_synthetic  # noqa: E402

SCENARIO = ScenarioId(1)


@dataclass
class Measure:
    seconds: float      # wall clock
    cpu_seconds: float  # processor time: steadier than wall time on a shared machine
    peak_mb: float
    width: float
    height: float


def measure_compact(posts: int, seed: int) -> Measure:
    proposal = build_synthetic(posts, seed=seed)
    options = LayoutOptions()
    best = best_cpu = float("inf")
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        layout = layout_scenario(proposal, SCENARIO, options)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    tracemalloc.start()
    layout_scenario(proposal, SCENARIO, options)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Measure(best, best_cpu, peak / 2**20, layout.width, layout.height)


def measure_dot(posts: int, seed: int) -> Measure:
    proposal = build_synthetic(posts, seed=seed)
    options = LayoutOptions()
    source = dot_graph(build_chart(proposal, SCENARIO, options), options).source
    with tempfile.TemporaryDirectory() as folder:
        dot_file = Path(folder) / "chart.dot"
        out_file = Path(folder) / "chart.json"
        dot_file.write_text(source, encoding="utf-8")
        start = time.perf_counter()
        process = subprocess.Popen(["dot", "-Tjson", "-o", str(out_file), str(dot_file)])
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"dot failed on {posts} posts (exit {process.returncode}).")
        left, bottom, right, top = (float(v) for v in json.loads(out_file.read_text())["bb"].split(","))
    # ru_maxrss is in kilobytes on Linux.
    return Measure(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, right - left, top - bottom)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 3_000, 10_000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'posts':>6} | {'compact s':>9} {'dot s':>7} {'speed-up':>8} | {'cpu s':>6} {'dot cpu':>7} "
          f"{'speed-up':>8} | {'compact MB':>10} {'dot MB':>6} {'mem ratio':>9} | {'width':>6} {'area':>6}")
    for posts in args.sizes:
        compact = measure_compact(posts, args.seed)
        dot = measure_dot(posts, args.seed)
        print(f"{posts:>6} | {compact.seconds:>9.3f} {dot.seconds:>7.2f} {dot.seconds / compact.seconds:>7.0f}x | "
              f"{compact.cpu_seconds:>6.3f} {dot.cpu_seconds:>7.2f} {dot.cpu_seconds / compact.cpu_seconds:>7.0f}x | "
              f"{compact.peak_mb:>10.1f} {dot.peak_mb:>6.1f} {compact.peak_mb / dot.peak_mb:>9.2f} | "
              f"{compact.width / dot.width:>6.3f} {compact.width * compact.height / (dot.width * dot.height):>6.2f}",
              flush=True)
        print(f"{'':>6} | compact {compact.width:,.0f} x {compact.height:,.0f} pt; "
              f"dot {dot.width:,.0f} x {dot.height:,.0f} pt", flush=True)
    print("speed-up: dot's time / compact's time, wall clock and processor time (targets: >= 100x at\n"
          "  10,000 posts, >= 10x at 1,000). mem ratio: compact's peak Python allocations (tracemalloc) /\n"
          "  dot's peak resident memory (target <= 1). width, area: compact / dot (target: width <= 1).")


if __name__ == "__main__":
    main()
