"""The designer beside a browser-based peer: d3-org-chart in Debian's headless Chromium.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/peer.py [--posts 10000]

Needs `npm ci` (package.json pins d3 and d3-org-chart) and the chromium package. One run writes
one synthetic proposal (build_synthetic) to a .sqlite file and the same tree to a web page, then
times each program as a whole process, from launch to its saved picture of a 1600 x 1000 window,
and samples the memory of its whole process tree (every process's proportional set size, so
pages the processes share are counted once, added up) for the peak:
- designer, as it opens: `python -m orgchart_app.ui.window.launch FILE --screenshot OUT.png` (above
  2,000 posts a proposal opens collapsed to the levels that fit a screen);
- designer, all expanded: the same window with every team expanded, fitted (the overview);
- d3-org-chart, all expanded: `chromium --headless --screenshot` of a page that renders every
  node (d3-org-chart needs one root: the organisations' heads hang under one extra node) and
  fits it; the page also logs its own render-to-paint time (performance.now(), two frames);
- d3-org-chart, as it opens: its default, the root and one level below.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
MODULES = REPO / "node_modules"
SCRIPTS = (
    MODULES / "d3" / "dist" / "d3.min.js",
    MODULES / "d3-flextree" / "build" / "d3-flextree.min.js",
    MODULES / "d3-org-chart" / "build" / "d3-org-chart.min.js",
)
WINDOW = (1600, 1000)
SAMPLE_SECONDS = 0.05

_PAGE = """<!doctype html><html><head><meta charset="utf-8">
{scripts}</head><body style="margin:0"><div id="chart" style="height:{height}px"></div>
<script src="data.js"></script><script>
const start = performance.now();
const chart = new d3.OrgChart()
  .container('#chart').data(NODES).svgHeight({height}).duration(0){expand}
  .nodeWidth(() => 160).nodeHeight(() => 60)
  .nodeContent(d => `<div style="border:1px solid #333;height:58px;font:11px sans-serif;
    padding:2px"><b>${{d.data.title}}</b><br>${{d.data.grade}}</div>`)
  .render();
{fit}
requestAnimationFrame(() => requestAnimationFrame(() =>
  console.log('PEER ' + JSON.stringify({{render_to_paint: (performance.now() - start) / 1000,
    nodes: document.querySelectorAll('g.node').length}}))));
</script></body></html>
"""

_EXPANDED_DESIGNER = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from orgchart_app.ui.window.app import open_and_wait, save_picture, wait_for_layout
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings
app = QApplication([])
window = MainWindow(settings=Settings(Path(sys.argv[3]) / "settings.ini"))
window.files.interactive = False
window.resize(1600, 1000)
window.show()
open_and_wait(window, Path(sys.argv[1]))
window.central.chart.expand_all()
wait_for_layout(window)
window.central.chart.zoom_to_fit()
code = save_picture(window, Path(sys.argv[2]))
window.files.loader.wait()
window.files.locks.release()
sys.exit(code)
"""


def write_page(folder: Path, posts: int, expanded: bool) -> Path:
    from orgchart_app.samples.synthetic import build_synthetic

    proposal = build_synthetic(posts)
    nodes: list[dict[str, object]] = [{"id": "top", "parentId": "", "title": "", "grade": ""}]
    for post in proposal.posts.values():
        manager = post.reports_to_id
        nodes.append(
            {
                "id": str(post.id),
                "parentId": str(manager) if manager is not None else "top",
                "title": post.title,
                "grade": post.grade,
            }
        )
    (folder / "data.js").write_text(f"const NODES = {json.dumps(nodes)};", encoding="utf-8")
    scripts = "\n".join(f'<script src="{s.as_uri()}"></script>' for s in SCRIPTS)
    # Every level open, no "show more" paging of long teams, and the whole tree fitted.
    expand = ".initialExpandLevel(99).pagingStep(() => 1e9)" if expanded else ""
    fit = "chart.fit({animate: false});" if expanded else ""
    page = folder / ("expanded.html" if expanded else "default.html")
    page.write_text(
        _PAGE.format(scripts=scripts, height=WINDOW[1], fit=fit, expand=expand), encoding="utf-8"
    )
    return page


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Wall time, peak memory of the process tree (MB, summed) and the output, of one run."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    peak = 0
    tree = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            family = [tree, *tree.children(recursive=True)]
            peak = max(peak, sum(_pss(p) for p in family))
        except psutil.NoSuchProcess:
            pass
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - start
    output = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({process.returncode}):\n{output[-2000:]}")
    return wall, peak / 2**20, output


def _pss(process: psutil.Process) -> int:
    """Proportional set size: pages shared between a browser's processes counted once (read
    from smaps_rollup: cheap, where the full smaps would pause a big process each sample)."""
    try:
        rollup = Path(f"/proc/{process.pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    found = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
    return int(found.group(1)) * 1024 if found else 0


def chromium(page: Path, picture: Path) -> list[str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium).")
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--allow-file-access-from-files",
        "--enable-logging=stderr",
        "--v=0",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        f"--screenshot={picture}",
        page.as_uri(),
    ]


def in_page(output: str) -> str:
    found = re.search(r"PEER (\{.*?\})", output)
    if found is None:
        return "render to paint: not logged"
    result = json.loads(found.group(1))
    return f"in page: render to paint {result['render_to_paint']:.2f} s, {result['nodes']:,} nodes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()
    missing = [s for s in SCRIPTS if not s.exists()]
    if missing:
        raise SystemExit(f"{missing[0]} is missing: run `npm ci` in {REPO} first.")
    from orgchart_app.samples.synthetic import build_synthetic
    from orgchart_app.storage import save_proposal

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        proposal = folder / "synthetic.sqlite"
        save_proposal(build_synthetic(args.posts), proposal)
        picture = folder / "picture.png"
        runs = [
            (
                "designer, as it opens",
                [sys.executable, "-m", "orgchart_app.ui.window.launch", str(proposal)]
                + ["--screenshot", str(picture)],
            ),
            (
                "designer, all expanded",
                [sys.executable, "-c", _EXPANDED_DESIGNER, str(proposal), str(picture), scratch],
            ),
            ("d3-org-chart, all expanded", chromium(write_page(folder, args.posts, True), picture)),
            ("d3-org-chart, as it opens", chromium(write_page(folder, args.posts, False), picture)),
        ]
        print(f"{args.posts:,} posts; load average before: {os.getloadavg()[0]:.1f}")
        print(f"{'':28} {'launch to picture':>18} {'peak memory':>12}")
        results = {}
        for name, command in runs:
            wall, peak, output = run_measured(command)
            results[name] = (wall, peak)
            extra = f"  ({in_page(output)})" if name.startswith("d3") else ""
            print(f"{name:28} {wall:>16.2f} s {peak:>9.0f} MB{extra}")
        ours, theirs = results["designer, all expanded"], results["d3-org-chart, all expanded"]
        print(
            f"designer/d3-org-chart, all expanded: time {ours[0] / theirs[0]:.1f}x, "
            f"memory {ours[1] / theirs[1]:.1f}x (target <= 1x)"
        )


if __name__ == "__main__":
    main()
