"""Cold start: the designer opening a file and painting it loads none of the machinery the first
paint does not need (PDF, spreadsheets, Word, the team server's driver, keyring, and for a file
of the current format SQLModel and SQLAlchemy); a save then loads what it needs and works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.edits import ChangeDeployment
from orgchart_app.storage import open_proposal
from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.window.app import parse_args, take_screenshot
from orgchart_app.ui.window.main_window import MainWindow
from tests.storage.helpers import crafted

# Loaded only when a command needs them: an export, an import, team mode.
NOT_AT_START = ("reportlab", "openpyxl", "psycopg", "docx", "pypdfium2", "keyring", "lxml")
# Loaded only for the Graphviz engine (the compact one is the default), an autosave or a save;
# psutil only where /proc does not tell when a process started (not on Linux); subprocess to run
# Graphviz, platform for Help > About, socket for the host name where there is no uname.
ONLY_WHEN_USED = ("graphviz", "uuid", "secrets", "psutil", "subprocess", "platform", "socket")
# Loaded only to migrate an older file, to save, or for team mode.
FILE_WRITING = ("sqlmodel", "sqlalchemy")
# Our own packages the first picture does not need: spreadsheet reading, the samples' builders.
OURS_NOT_AT_START = ("orgchart_app.importers", "orgchart_app.samples", "orgchart_app.exporters.pdf")
# The checks of a file that opens (they draft the worded recommendations: costing both
# scenarios, their diff, the people costs) run after the first paint, and not for a picture.
CHECKS_AFTER_FIRST_PAINT = (
    "orgchart_app.analysis.validation",
    "orgchart_app.analysis.recommendations",
    "orgchart_app.analysis.people_costs",
    "orgchart_app.analysis.protection",
)
# The costing (the Costs, Changes and Recommendations docks', and an edit of what costs rest on):
# loaded when a scenario is first costed, which the first picture does not need.
COSTING = (
    "orgchart_app.analysis.costing",
    "orgchart_app.analysis.budget",
    "orgchart_app.analysis.cost_book",
    "orgchart_app.analysis.cost_steps",
    "orgchart_app.analysis.cost_diff",
)
# The edits' vocabulary (sixty dataclasses, and the modules that apply them): loaded when the
# user first edits, not for a chart to be shown (what an edit touched, `Changes`, is).
EDITS_VOCABULARY = (
    "orgchart_app.edits.types",
    "orgchart_app.edits.apply",
    "orgchart_app.edits.moves",
    "orgchart_app.edits.scenario_edits",
    "orgchart_app.edits.pay_edits",
)
# Edit > Organisations' editor (and its table's modules): built when first asked for.
DIALOGS_ON_DEMAND = ("orgchart_app.ui.dialogs.organisations", "orgchart_app.ui.dialogs.cost_editor")
# Built when the People tab of a comparison is first shown.
PEOPLE_VIEW = ("orgchart_app.ui.people.view", "orgchart_app.ui.people.board")
REPO = Path(__file__).resolve().parents[2]

_SCREENSHOT = """
import gc, json, sys
from orgchart_app.ui.window.app import main
code = main([sys.argv[1], "--screenshot", sys.argv[2]])
print(json.dumps([gc.get_freeze_count(), len(gc.get_objects()), sorted(sys.modules)]))
sys.exit(code)
"""

# The designer's command as installed: pyproject's entry point, called as its script calls it.
_COMMAND = """
import gc, importlib, json, sys

def collections():
    return sum(generation["collections"] for generation in gc.get_stats())

module, name = sys.argv[1].split(":")
sys.argv = ["orgchart-designer", *sys.argv[2:]]
before = collections()
code = getattr(importlib.import_module(module), name)()
print(json.dumps([collections() - before, list(sys.modules)]))
sys.exit(code)
"""

_OPEN_THEN_SAVE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from orgchart_app.ui.window.app import open_and_wait
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings

def loaded():
    return sorted({name.split(".")[0] for name in sys.modules})

app = QApplication([])
window = MainWindow(settings=Settings(Path(sys.argv[2])))
window.show()
assert open_and_wait(window, Path(sys.argv[1])) is None
opened = loaded()
window.menu_actions.save.trigger()
saved = loaded()
window.files.locks.release()
print(json.dumps([opened, saved, window.isWindowModified()]))
"""


_OPEN_THEN_EDIT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from orgchart_app.ui.window.app import open_and_wait
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings

app = QApplication([])
window = MainWindow(settings=Settings(Path(sys.argv[2])))
window.resize(1600, 1000)
window.show()
assert open_and_wait(window, Path(sys.argv[1])) is None
QTest.qWait(50)
opened = "orgchart_app.edits.types" in sys.modules
view = window.central.chart
item = next(i for i in view.chart.posts.values() if i.box.post_ref == sys.argv[3])
view.ensureVisible(item.sceneBoundingRect())
at = view.mapFromScene(item.sceneBoundingRect().center())
QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
title = window.properties_dock.panel.editors["title"]
title.setFocus()
title.selectAll()
QTest.keyClicks(title, "Chief Commissioner")
QTest.keyClick(title, Qt.Key.Key_Return)
post = window.document.proposal.posts[item.post_id]
edited = [post.title, "orgchart_app.edits.types" in sys.modules]
QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
undone = window.document.proposal.posts[item.post_id].title
window.document.undo_stack.setClean()
window.files.locks.release()
print(json.dumps([opened, *edited, undone]))
"""


_INTERACTIVE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from orgchart_app.ui.window.app import WARM_UP_DELAY_MS, main

app = QApplication([])
seen = {}

def look(moment):
    seen[moment] = ["sqlmodel" in sys.modules, "orgchart_app.edits.types" in sys.modules]

def warm():
    # A module is in sys.modules from the start of its import: wait for its end.
    writer = sys.modules.get("orgchart_app.storage.writer")
    moves = sys.modules.get("orgchart_app.edits.moves")
    return hasattr(writer, "save_proposal") and hasattr(moves, "move_edit")

def quit_once_warm():
    if warm() or len(seen) > 600:
        look("quit")
        app.quit()
    else:
        seen[len(seen)] = False
        QTimer.singleShot(100, quit_once_warm)

QTimer.singleShot(WARM_UP_DELAY_MS // 2, lambda: look("painted"))
QTimer.singleShot(WARM_UP_DELAY_MS, quit_once_warm)
code = main([sys.argv[1]])
print(json.dumps([seen["painted"], seen["quit"]]))
sys.exit(code)
"""


def run(script: str, *args: Path | str, home: Path | None = None) -> list[object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:  # the interactive start reads and writes the user's settings
        env |= {"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    result: list[object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_opening_a_file_to_its_first_picture_loads_no_export_import_team_or_writing_machinery(
    bury_file: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "bury.png"
    _, _, names = run(_SCREENSHOT, bury_file, picture)
    assert isinstance(names, list)
    modules = {str(name) for name in names}
    loaded = {name.split(".")[0] for name in modules}
    assert picture.stat().st_size > 0
    assert not modules & set(OURS_NOT_AT_START)
    assert not modules & set(CHECKS_AFTER_FIRST_PAINT)
    assert not modules & set(PEOPLE_VIEW)
    assert not modules & set(COSTING)
    assert not modules & set(EDITS_VOCABULARY)
    assert not modules & set(DIALOGS_ON_DEMAND)
    assert not loaded & set(NOT_AT_START)
    assert not loaded & set(FILE_WRITING)
    assert not loaded & set(ONLY_WHEN_USED)


def test_a_picture_spares_the_collector_the_objects_that_live_until_the_process_ends(
    bury_file: Path, tmp_path: Path
) -> None:
    # Once the picture is saved the process ends: its final collections would walk every
    # module, class and widget (about 0.1 s of a Bury picture's 0.5 s) to free nothing.
    frozen, tracked, _ = run(_SCREENSHOT, bury_file, tmp_path / "bury.png")
    assert isinstance(frozen, int) and isinstance(tracked, int)
    assert frozen > 10 * tracked


def test_the_designers_command_loads_its_modules_without_the_collector_walking_them(
    bury_file: Path, tmp_path: Path
) -> None:
    # Loading the window's modules makes some 50,000 objects that live as long as the program;
    # the collector's passes over them while they are made (about 90 of them) free nothing.
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["gui-scripts"]
    picture = tmp_path / "bury.png"
    collections, _ = run(_COMMAND, scripts["orgchart-designer"], bury_file, "--screenshot", picture)
    assert picture.stat().st_size > 0
    assert isinstance(collections, int) and collections <= 20


def test_the_designers_command_loads_the_packages_without_qt_before_pyside(
    bury_file: Path, tmp_path: Path
) -> None:
    # PySide reads the source of every module imported after it (looking for its own name):
    # about 15 ms of a Bury picture, a third of it the modules that never use Qt.
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["gui-scripts"]
    picture = tmp_path / "bury.png"
    _, order = run(_COMMAND, scripts["orgchart-designer"], bury_file, "--screenshot", picture)
    assert isinstance(order, list) and picture.stat().st_size > 0
    before_pyside = order[: order.index("PySide6")]
    for package in ("orgchart_app.layout", "orgchart_app.domain", "orgchart_app.storage"):
        assert package in before_pyside
    # The modules these packages load themselves (a few more are loaded by the window's).
    for module in ("layout.compact", "layout.model", "domain.model", "storage.reader_rows"):
        assert f"orgchart_app.{module}" in before_pyside


def test_a_save_after_such_a_start_loads_the_writer_and_saves(
    bury_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bury.sqlite"
    shutil.copyfile(bury_file, copy)
    opened, saved, modified = run(_OPEN_THEN_SAVE, copy, tmp_path / "settings.ini")
    assert isinstance(opened, list) and isinstance(saved, list)
    assert not set(opened) & set(FILE_WRITING)
    assert set(FILE_WRITING) <= set(saved)
    assert modified is False
    before, after = open_proposal(bury_file).proposal, open_proposal(copy).proposal
    assert after.info.revision == before.info.revision + 1
    assert after.posts == before.posts and after.provenance == before.provenance


def test_the_first_edit_after_such_a_start_loads_the_edits_and_is_made_and_undone(
    bury_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bury.sqlite"
    shutil.copyfile(bury_file, copy)
    director = next(
        p for p in open_proposal(bury_file).proposal.posts.values() if p.post_ref == "BC-1001"
    )
    opened, title, loaded, undone = run(_OPEN_THEN_EDIT, copy, tmp_path / "settings.ini", "BC-1001")
    assert opened is False  # the chart was shown without them
    assert title == "Chief Commissioner" and loaded is True  # typed in the Properties dock
    assert undone == director.title  # and Ctrl+Z on the chart takes it back


def test_an_interactive_start_loads_the_writer_and_the_edits_after_the_first_paint(
    bury_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bury.sqlite"
    shutil.copyfile(bury_file, copy)
    painted, later = run(_INTERACTIVE, copy, home=tmp_path)
    assert painted == [False, False]  # shown and painted without them
    assert later == [True, True]  # then loaded off the GUI thread, before anyone saves or edits


def screenshot_in(window: MainWindow, source: Path, folder: Path) -> None:
    copy = folder / "bury.sqlite"
    shutil.copyfile(source, copy)
    args = parse_args([str(copy), "--screenshot", str(folder / "shot.png")])
    assert take_screenshot(window, args) == 0
    assert (folder / "shot.png").stat().st_size > 0


def test_the_picture_waits_for_the_costs_when_the_costs_dock_is_on_screen(
    window: MainWindow, bury_assumed_grades_file: Path, tmp_path: Path
) -> None:
    window.files.opened.connect(lambda _: window.costs_dock.raise_())  # its tab clicked
    screenshot_in(window, bury_assumed_grades_file, tmp_path)
    assert not window.costs_dock.filling
    assert window.costs_dock.table.topLevelItemCount() > 0


def test_the_picture_does_not_wait_for_costs_tabbed_away_behind_changes(
    window: MainWindow, bury_assumed_grades_file: Path, tmp_path: Path
) -> None:
    screenshot_in(window, bury_assumed_grades_file, tmp_path)
    assert window.changes_dock.visibleRegion().isEmpty() is False
    # Taken before the costs dock's delay ran out: nothing was costed for a dock nobody sees.
    assert window.costs_dock.table.topLevelItemCount() == 0


def test_a_file_opened_with_the_costs_dock_tabbed_away_is_costed_when_its_tab_is_clicked(
    qtbot, bury_assumed_grades_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_assumed_grades_window
    dock = window.costs_dock
    qtbot.wait(400)  # past the dock's refresh delay
    assert not dock.filling and dock.table.topLevelItemCount() == 0  # nobody saw it: not costed
    click_dock_tab(qtbot, window, "Costs")
    qtbot.waitUntil(lambda: dock.table.topLevelItemCount() > 0, timeout=10_000)


def click_dock_tab(qtbot: QtBot, window: MainWindow, name: str) -> None:
    [bar] = [b for b in window.findChildren(QTabBar) if name in tabs(b)]
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs(bar).index(name)).center()
    )


def tabs(bar: QTabBar) -> list[str]:
    return [bar.tabText(index) for index in range(bar.count())]


def test_recommendations_tabbed_away_are_drafted_when_their_tab_is_clicked(
    qtbot: QtBot, window: MainWindow, bury_file: Path, tmp_path: Path
) -> None:
    dock = window.recommendations_dock
    screenshot_in(window, bury_file, tmp_path)
    # Drafting costs both scenarios and reads their diff: not for a dock nobody sees.
    assert dock.visibleRegion().isEmpty() and dock.list.count() == 0
    click_dock_tab(qtbot, window, "Recommendations")
    qtbot.waitUntil(lambda: dock.list.count() > 0, timeout=10_000)


class PaintCount(QObject):
    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_files_problems_are_listed_once_its_chart_has_painted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = crafted(
        tmp_path / "odd.sqlite",
        "UPDATE post SET fte = 1.5 WHERE post_ref = 'BC-1050'",
        "UPDATE recommendation_item SET verb = 'ponder' WHERE id = (SELECT min(id) FROM "
        "recommendation_item)",
    )
    paints = PaintCount(window.central.chart.viewport())
    told: list[tuple[str, int]] = []
    monkeypatch.setattr(
        dialogs.ErrorMessage,
        "ask",
        classmethod(lambda cls, parent, title, text: told.append((text, paints.count))),
    )
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.files.open_path(odd)
    assert told == []  # the chart first
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    [(text, painted)] = told
    assert painted > 0
    assert text.startswith('"odd.sqlite" opened, but has problems to fix:\n- ')
    assert "has an FTE of 1.5" in text
    # Found by drafting the recommendations, which the reader no longer does at open.
    assert '"ponder" is not a verb committees are asked to' in text


def test_the_checks_look_at_the_file_as_opened_not_at_edits_made_before_they_run(
    qtbot: QtBot, window: MainWindow, bury_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        dialogs.ErrorMessage, "ask", classmethod(lambda cls, parent, title, text: told.append(text))
    )
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.files.open_path(bury_file)
    assert window.files.problems.busy  # not run yet: the chart has not painted
    proposal = window.document.proposal
    brokerage = next(p.id for p in proposal.posts.values() if p.post_ref == "BC-1071")
    lco = proposal.organisation_named("Bury LCO").id
    # Deployed to the LCO from a unit of the OCO: a problem the checks name, made after opening.
    window.document.push(ChangeDeployment((brokerage,), lco))
    assert any("is deployed to Bury LCO" in p for p in validate_proposal(proposal))
    qtbot.waitUntil(lambda: not window.files.problems.busy, timeout=10_000)
    assert told == []  # the file as opened is sound
