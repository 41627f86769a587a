"""Retake the People dock's and the People view's reference screenshots in docs/ (run under Xvfb
from the repository root):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/people_screenshots.py

The Bury sample opens with its fictional postholders: the dock shows the four people of a box of
Financial Assessment Officer posts; the People view shows the change's outcomes, with one of the
social care managers placed from Pool A into a new Senior Integrated Commissioning Manager post
(as a drag does; not saved).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from designer_screenshots import BURY, save, settle  # noqa: E402

from orgchart_app.ui.people.board import slot_edit  # noqa: E402
from orgchart_app.ui.window.app import SCREENSHOT_SIZE, open_and_wait  # noqa: E402
from orgchart_app.ui.window.main_window import MainWindow  # noqa: E402
from orgchart_app.ui.window.settings import Settings, name_application  # noqa: E402


def main() -> None:
    app = QApplication([])  # noqa: F841 - the application must outlive the windows
    name_application()
    window = MainWindow(settings=Settings())
    window.files.interactive = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_and_wait(window, BURY)
    proposal = window.document.proposal
    as_is = proposal.scenario_named("As is").id
    to_be = proposal.scenario_named("To be").id
    box = proposal.post_by_ref(as_is, "BC-1061")
    assert box is not None
    window.document.select([box.id])
    window.people_dock.raise_()
    panel = window.people_dock.panel
    panel.people.setCurrentRow(1)
    settle(window, 1500)
    save(window, "designer-people.png")
    manager = next(h for h in proposal.postholders.values() if h.name == "Postholder 1")
    sicm = proposal.post_by_ref(to_be, "NEW-75")
    assert sicm is not None
    window.document.push(slot_edit(proposal, manager.id, to_be, sicm.id))
    window.views.compare()
    window.central.compare_tabs.setCurrentWidget(window.central.people)
    settle(window, 1500)
    save(window, "designer-people-view.png")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
