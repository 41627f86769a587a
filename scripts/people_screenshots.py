"""Retake the People dock's and the People view's reference screenshots in docs/ (run under Xvfb
from the repository root):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/people_screenshots.py

The Bury sample opens, a fictional job share is filled in through the dock's own editors (not
saved), and the dock is shown beside the chart. Then the People view: fictional people on posts the
change deletes, their outcomes proposed (Propose Outcomes), the first one confirmed.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from designer_screenshots import BURY, save, settle  # noqa: E402

from orgchart_app.domain import Postholder, PostholderId  # noqa: E402
from orgchart_app.edits import PutOutcome, PutPerson  # noqa: E402
from orgchart_app.ui.window.app import SCREENSHOT_SIZE, open_and_wait  # noqa: E402
from orgchart_app.ui.window.main_window import MainWindow  # noqa: E402
from orgchart_app.ui.window.settings import Settings, name_application  # noqa: E402

# Fictional, as every person in a picture of ours is (docs/PEOPLE.md).
JOB_SHARE = {
    "name": "Postholder 2 (fictional)",
    "employee_number": "E10452",
    "fte": "0.4",
    "service_start": "01/09/2011",
    "date_of_birth": "14/02/1979",
    "spinal_point": "29",
    "notes": "Job share with Postholder 3",
}


def type_into(window: MainWindow, values: dict[str, str]) -> None:
    panel = window.people_dock.panel
    for field, text in values.items():
        editor = panel.editors[field]
        editor.setText(text)
        editor.editingFinished.emit()


def main() -> None:
    app = QApplication([])  # noqa: F841 - the application must outlive the windows
    name_application()
    window = MainWindow(settings=Settings())
    window.files.interactive = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_and_wait(window, BURY)
    proposal = window.document.proposal
    post = proposal.post_by_ref(proposal.scenario_named("As is").id, "BC-1061")
    assert post is not None
    window.document.select([post.id])
    window.people_dock.raise_()
    panel = window.people_dock.panel
    panel.add_button.click()
    type_into(window, JOB_SHARE)
    panel.add_button.click()
    type_into(window, {"name": "Postholder 3 (fictional)", "employee_number": "E11873"})
    panel.contract.setCurrentIndex(1)
    panel.contract.activated.emit(1)
    type_into(window, {"contract_end": "31/03/2027", "fte": "0.6"})
    settle(window, 1500)
    save(window, "designer-people.png")
    window.document.undo_stack.setClean()
    people_view(window)
    window.close()


def people_view(window: MainWindow) -> None:
    document = window.document
    proposal = document.proposal
    as_is = proposal.scenario_named("As is").id
    to_be = proposal.scenario_named("To be").id
    number = 3
    people: dict[str, PostholderId] = {}
    for ref, count in (("BC-1010", 1), ("BC-1013", 3), ("BC-1022", 2), ("BC-1030", 1)):
        post = proposal.post_by_ref(as_is, ref)
        assert post is not None
        for _ in range(count):
            number += 1
            before = set(proposal.postholders)
            name = f"Postholder {number} (fictional)"
            document.push(PutPerson(Postholder(PostholderId(0), post.id, name)))
            (people[name],) = set(proposal.postholders) - before
    window.views.compare()
    view = window.central.people
    window.central.compare_tabs.setCurrentWidget(view)
    view.propose()
    first = people["Postholder 4 (fictional)"]
    outcome = proposal.outcome_of(first, to_be)
    assert outcome is not None
    document.push(PutOutcome(dataclasses.replace(outcome, confirmed=True)))
    settle(window, 1500)
    save(window, "designer-people-view.png")
    document.undo_stack.setClean()


if __name__ == "__main__":
    main()
