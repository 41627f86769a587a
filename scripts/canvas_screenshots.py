"""Renders the reference screenshots of the canvas and the compare view into docs/ (offscreen).

QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python scripts/canvas_screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402 - the platform must be chosen first

from orgchart_app.samples import build_bury  # noqa: E402
from orgchart_app.ui.canvas import ChartView  # noqa: E402
from orgchart_app.ui.window.compare import CompareView  # noqa: E402
from orgchart_app.ui.window.document import DocumentController  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"


def canvas(app: QApplication) -> None:
    document = DocumentController(build_bury())
    document.set_scenario(document.proposal.scenario_named("To be").id)
    view = ChartView(document)
    view.resize(1600, 580)
    view.show()
    app.processEvents()
    view.set_zoom(0.85)
    view.centerOn(950, 290)
    app.processEvents()
    view.grab().save(str(DOCS / "canvas-bury.png"))


def compare(app: QApplication) -> None:
    document = DocumentController(build_bury())
    view = CompareView(document)
    view.resize(2400, 820)
    view.set_scenarios(
        document.proposal.scenario_named("As is").id, document.proposal.scenario_named("To be").id
    )
    view.show()
    app.processEvents()
    view.after.pane.set_zoom(0.9)
    view.after.pane.centerOn(900, 330)
    app.processEvents()
    view.grab().save(str(DOCS / "compare-bury.png"))


def main() -> None:
    app = QApplication(sys.argv)
    canvas(app)
    compare(app)
    print(f"Wrote {DOCS / 'canvas-bury.png'} and {DOCS / 'compare-bury.png'}")


if __name__ == "__main__":
    main()
