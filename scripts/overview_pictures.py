"""The reference pictures of a 10,000-post chart in docs/: at fit, at a middle zoom and at 100%.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python scripts/overview_pictures.py [DOCS_FOLDER]

The synthetic proposal (build_synthetic(10_000)) opens collapsed to the levels that fit
(docs/overview-open.png); then every team is expanded and the chart is fitted (overview-fit.png),
seen at 5% over its largest pillar (overview-mid.png) and at 100% over a big team's manager
(overview-100.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPointF, QTimer
from PySide6.QtWidgets import QApplication

from orgchart_app.samples.synthetic import build_synthetic
from orgchart_app.storage import save_proposal
from orgchart_app.ui.window.app import open_and_wait, prepare_application, wait_for_layout
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings


def settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> None:
    docs = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "docs"
    app = QApplication([])
    prepare_application(app)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "synthetic-10000.sqlite"
        save_proposal(build_synthetic(10_000), path)
        window = MainWindow(settings=Settings(Path(scratch) / "settings.ini"))
        window.files.interactive = False
        window.resize(1600, 1000)
        window.show()
        open_and_wait(window, path)
        wait_for_layout(window)
        settle()
        window.grab().save(str(docs / "overview-open.png"))
        view = window.central.chart
        view.expand_all()
        settle(100)
        wait_for_layout(window)
        view.zoom_to_fit()
        settle()
        window.grab().save(str(docs / "overview-fit.png"))
        layout = view.chart.layout
        assert layout is not None
        pillar = max(
            (c for c in layout.containers if c.depth == 1), key=lambda c: c.rect.w * c.rect.h
        )
        view.set_zoom(0.05)
        view.centerOn(QPointF(pillar.rect.x + pillar.rect.w / 2, pillar.rect.y + pillar.rect.h / 4))
        settle()
        window.grab().save(str(docs / "overview-mid.png"))
        proposal = window.document.proposal
        manager = max(view.chart.posts, key=lambda p: len(proposal.reports_of(p)))
        box = view.chart.posts[manager].sceneBoundingRect()
        view.set_zoom(1.0)
        view.centerOn(box.center() + QPointF(0, view.viewport().height() / 2 - box.height()))
        settle()
        window.grab().save(str(docs / "overview-100.png"))
        window.files.loader.wait()
        window.files.locks.release()


if __name__ == "__main__":
    main()
