"""The layout after an edit: afresh, with the previous layout's routes kept, or reused (issue 19).

Run from the repository root:  .venv/bin/python benchmarks/relayout.py [--sizes 1000 10000]

For each size, on one synthetic organisation (orgchart_app.samples.synthetic), the edits of
benchmarks/gui_edits.py (a one-post move, a team move, a title and an FTE edit) are each applied
6 times, and after each the chart is laid out keeping the previous layout's row wrapping: once
routing every line afresh, once keeping its routes (`keep_routes`), and once as the designer
does, also given the previous layout to reuse when the edit changed no box's size (`previous`).
It prints the median processor time of each, and how many of the remembered routes were reused.
The three Layouts are the same value (tests/layout/test_incremental_layout.py,
test_same_sizes.py); the edit's whole time, from the drop to the repaint, is benchmarks/gui.py's.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gui_edits import KINDS, _edit_maker, _subjects  # noqa: E402
from orgchart_app.domain import ScenarioId  # noqa: E402
from orgchart_app.edits import apply_edit  # noqa: E402
from orgchart_app.layout import Layout, LayoutOptions, layout_scenario  # noqa: E402
from orgchart_app.samples.synthetic import build_synthetic  # noqa: E402

SCENARIO = ScenarioId(1)
REPEATS = 6


def measure(posts: int) -> list[str]:
    proposal = build_synthetic(posts)
    subjects = _subjects(proposal)
    shown = layout_scenario(proposal, SCENARIO)
    cells = []
    for kind in (k for k in KINDS if k != "undo"):
        make = _edit_maker(kind, subjects)
        for keep in (0, 1, 2):
            times = []
            for index in range(REPEATS):
                apply_edit(proposal, make(index))
                options = LayoutOptions(keep_rows=shown.rows)
                if keep:
                    options = LayoutOptions(keep_rows=shown.rows, keep_routes=shown.routes)
                previous = shown if keep == 2 else None
                gc.collect()
                start = time.process_time()
                relaid: Layout = layout_scenario(proposal, SCENARIO, options, previous=previous)
                times.append(time.process_time() - start)
                shown = relaid
            reused = f" ({shown.routes.reused}/{len(shown.routes)} reused)" if keep == 1 else ""
            cells.append(f"{statistics.median(times) * 1000:6.1f} ms{reused}")
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    args = parser.parse_args()
    kinds = [k for k in KINDS if k != "undo"]
    print(
        "relayout after an edit, processor time, median of 6:"
        " routed afresh | routes kept | layout reused where no box changed size"
    )
    for posts in args.sizes:
        cells = measure(posts)
        for index, kind in enumerate(kinds):
            fresh, kept, reused = cells[3 * index : 3 * index + 3]
            print(f"{posts:>6} {kind:<10} {fresh} | {kept} | {reused}")


if __name__ == "__main__":
    main()
