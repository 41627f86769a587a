"""Retake the designer's reference screenshots in docs/ (run under Xvfb from the repository root):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/designer_screenshots.py

Uses a throwaway settings folder, so it shows what a first start shows. The PNGs are reduced to
256 colours (no dithering), which keeps them small and the text crisp.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="designer-shots-")
os.environ["ORGCHART_RECOVERY_DIR"] = tempfile.mkdtemp(prefix="designer-shots-")

from orgchart_app.ui.window.app import SCREENSHOT_SIZE, open_and_wait, wait_for_layout  # noqa: E402
from orgchart_app.ui.window.main_window import MainWindow  # noqa: E402
from orgchart_app.ui.window.settings import Settings, name_application  # noqa: E402

BURY = REPO / "sample_data" / "bury_community_commissioning.sqlite"
LAPTOP_SIZE = (1366, 768)


def settle(window: MainWindow, ms: int = 800) -> None:
    wait_for_layout(window)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(window: MainWindow, name: str) -> None:
    target = REPO / "docs" / name
    window.grab().save(str(target))
    image = Image.open(target).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True
    )
    print(f"{target.relative_to(REPO)}: {target.stat().st_size // 1024} KB")


def main() -> None:
    app = QApplication([])  # noqa: F841 - the application must outlive the windows
    name_application()
    window = MainWindow(settings=Settings())
    window.files.interactive = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    settle(window)
    save(window, "designer-welcome.png")
    open_and_wait(window, BURY)
    window.views.compare()
    settle(window)
    save(window, "designer-bury.png")
    window.document.set_compare(None)
    proposal = window.document.proposal
    officer = proposal.post_by_ref(proposal.scenario_named("As is").id, "BC-1071")
    assert officer is not None
    window.document.select([officer.id])
    window.costs_dock.raise_()
    settle(window, 1500)
    save(window, "designer-edit.png")
    window.recommendations_dock.raise_()
    window.resizeDocks([window.recommendations_dock], [330], Qt.Orientation.Vertical)
    window.recommendations_dock.list.setCurrentRow(1)
    settle(window)
    save(window, "designer-recommendations.png")
    window.menu_actions.show_assumed.trigger()
    settle(window, 1500)
    save(window, "designer-assumed.png")
    window.menu_actions.show_assumed.trigger()
    window.document.undo_stack.setClean()
    window.close()
    laptop()


def laptop() -> None:
    """A first start on a 1366x768 council laptop: docks tabbed, the chart over half the window."""
    window = MainWindow(
        settings=Settings(Path(tempfile.mkdtemp(prefix="designer-shots-")) / "s.ini")
    )
    window.files.interactive = False
    window.resize(*LAPTOP_SIZE)
    window.show()
    open_and_wait(window, BURY)
    window.key_dock.show()
    settle(window)
    save(window, "designer-laptop.png")
    window.close()


if __name__ == "__main__":
    main()
