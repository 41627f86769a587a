"""`orgchart-designer [FILE] [--scenario S] [--compare "To be"] [--screenshot OUT.png]`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from orgchart_app.collector import spare_the_collector_at_exit
from orgchart_app.domain import NotFound
from orgchart_app.domain.errors import FileRefused
from orgchart_app.edits import load_edits
from orgchart_app.exporters.destination import check_destination, written_beside
from orgchart_app.storage import load_writer
from orgchart_app.ui.dialogs.prompts import ErrorMessage
from orgchart_app.ui.files.autosave import offer_recovery
from orgchart_app.ui.jobs import LatestJob
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.resources import app_icon
from orgchart_app.ui.window.settings import APPLICATION, DISPLAY_NAME, Settings, name_application

SCREENSHOT_SIZE = (1600, 1000)
# While a chart is laid out or costed the picture looks again this often, for this long at most.
LAYOUT_POLL_MS = 10
LAYOUT_TIMEOUT_MS = 120_000
# A view that is not painted within this long (never exposed) is pictured as it is.
PAINT_TIMEOUT_MS = 5_000
# The saving machinery loads this long after the window shows, once the first chart has painted.
WARM_UP_DELAY_MS = 2_000


class FileOpenRequests(QObject):
    """Opens the files macOS hands over (Finder's "Open With", a double-click, a drop on the Dock
    icon): they come as QFileOpenEvents to the application, not as arguments."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)  # goes with the window: no window, nothing to open files in
        self._app = app
        self._window = window
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._app and isinstance(event, QFileOpenEvent) and event.file():
            self._window.open_path(Path(event.file()))  # asks about unsaved changes first
            return True
        return super().eventFilter(watched, event)


def prepare_application(app: QApplication) -> None:
    name_application()
    app.setWindowIcon(app_icon())
    # Wayland matches windows to packaging/linux/orgchart-designer.desktop by this name.
    QGuiApplication.setDesktopFileName(APPLICATION)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="orgchart-designer",
        description=f"{DISPLAY_NAME}: open a proposal and redraw, compare and cost its structures.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a proposal file (.sqlite) to open")
    parser.add_argument("--scenario", metavar="S", help="the scenario to show (default: the first)")
    parser.add_argument(
        "--compare", metavar="SCENARIO", help="show the scenario side by side with this one"
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="save a picture of the window once it has painted, then exit",
    )
    args = parser.parse_args(argv)
    for option, value in (("--scenario", args.scenario), ("--compare", args.compare)):
        if value is not None and not value.strip():  # "" would otherwise pass for "not given"
            parser.error(
                f"argument {option}: an empty value means nothing here: give a "
                "scenario's name, or leave the option out"
            )
    return args


def apply_view_options(window: MainWindow, args: argparse.Namespace) -> None:
    """Show the scenario and comparison asked for; raises NotFound for an unknown name."""
    proposal = window.document.proposal
    if args.scenario:
        window.document.set_scenario(proposal.scenario_named(args.scenario).id)
    if args.compare:
        window.views.compare(proposal.scenario_named(args.compare).id)


def open_and_wait(window: MainWindow, path: Path) -> str | None:
    """Open `path` (on the worker thread, as always) and wait; the refusal's sentence or None."""
    loop = QEventLoop()
    outcome: list[str | None] = []

    def finish(message: str | None) -> None:
        outcome.append(message)
        loop.quit()

    window.files.opened.connect(lambda _: finish(None))
    window.files.loader.failed.connect(lambda message, _: finish(message))
    window.files.declined.connect(finish)
    window.files.loader.open(path)
    if not outcome:
        loop.exec()
    return outcome[0]


def wait_for_layout(window: MainWindow) -> None:
    """Let the charts finish laying out (big ones do it on a worker thread) and the docks
    shown fill in (the costs are worked out on a worker thread a moment after a change)."""
    waited = 0
    loop = QEventLoop()
    while (window.central.busy or window.costs_dock.filling) and waited < LAYOUT_TIMEOUT_MS:
        QTimer.singleShot(LAYOUT_POLL_MS, loop.quit)
        loop.exec()
        waited += LAYOUT_POLL_MS


class _FirstPaint(QObject):
    """Ends `loop` when one of `widgets` is painted."""

    def __init__(self, loop: QEventLoop, widgets: list[QWidget]) -> None:
        super().__init__()
        self._loop = loop
        self.painted = False
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            self._loop.quit()
        return False


def wait_for_paint(window: MainWindow) -> bool:
    """Let the view in front paint what is now laid out: the picture shows what a user sees
    then. Asking for a paint and waiting for it also runs whatever was waiting before it.
    False if nothing painted in time (a window never exposed)."""
    shown = window.central.showing() or window.central
    views = [shown, *shown.findChildren(QGraphicsView)]
    widgets = [view.viewport() if isinstance(view, QGraphicsView) else view for view in views]
    loop = QEventLoop()
    watcher = _FirstPaint(loop, widgets)
    for widget in widgets:
        widget.update()
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    for widget in widgets:
        widget.removeEventFilter(watcher)
    return watcher.painted


def take_screenshot(window: MainWindow, args: argparse.Namespace) -> int:
    try:  # a picture is redrawn at will, so an existing one is replaced; never the file shown
        check_destination(args.screenshot, inputs=[args.file] if args.file else [], replace=True)
    except FileRefused as refused:
        print(refused, file=sys.stderr)
        return 1
    window.files.interactive = False
    window.files.remember_files = False
    window.resize(*SCREENSHOT_SIZE)
    # Shown and laid out as at any start (the docks put away for the welcome page, then brought
    # back: their sizes depend on it), but the welcome page is not painted for a picture of a
    # file, which nobody sees (about 5 ms of a Bury picture).
    window.setUpdatesEnabled(args.file is None)
    window.show()
    if args.file is not None:
        problem = open_and_wait(window, args.file)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        try:
            apply_view_options(window, args)
        except NotFound as error:
            print(error, file=sys.stderr)
            return 1
        window.setUpdatesEnabled(True)
    wait_for_layout(window)
    painted = wait_for_paint(window)
    return save_picture(window, args.screenshot, painted_picture(window) if painted else None)


def painted_picture(window: MainWindow) -> QPixmap | None:
    """What the window has just painted, as it is in the window's backing store, or None where
    that cannot be read. Offscreen (headless, where the docs' pictures and scripted ones are taken)
    the platform keeps that store and hands out a copy, a few milliseconds, where painting the
    whole window again, docks and all, takes 10 to 15 ms of a Bury picture. On a real screen,
    grabbing the screen would take whatever overlaps the window too."""
    if QGuiApplication.platformName() != "offscreen" or window.devicePixelRatio() != 1:
        return None
    picture = window.screen().grabWindow(window.winId())
    return picture if picture.size() == window.size() else None


def save_picture(window: MainWindow, path: Path, painted: QPixmap | None = None) -> int:
    """Write the window's picture (`painted` if given, or the window painted again) beside `path`
    and rename it into place; 0, or 1 and a sentence."""
    kind = path.suffix.lstrip(".").upper() or "PNG"
    picture = painted if painted is not None else window.grab()
    try:
        with written_beside(path) as temporary:
            if not picture.save(str(temporary), kind):
                raise FileRefused(
                    f'Could not write the screenshot "{path}" (is .{kind.lower()} '
                    "a picture format?)."
                )
    except FileRefused as refused:
        print(refused, file=sys.stderr)
        return 1
    return 0


def start_interactive(window: MainWindow, args: argparse.Namespace) -> None:
    window.show()
    if offer_recovery(window, window.restore_recovery) or args.file is None:
        return

    def on_opened(_: Path) -> None:
        window.files.opened.disconnect(on_opened)
        try:
            apply_view_options(window, args)
        except NotFound as error:
            ErrorMessage.ask(window, "No such scenario", str(error))

    window.files.opened.connect(on_opened)
    window.open_path(args.file)


def warm_up(window: MainWindow) -> LatestJob:
    """Load the writer (SQLModel and SQLAlchemy, half a second) and the edits' vocabulary (a
    fiftieth) on a worker thread after the first paint: the start does not wait for them, and
    neither does the first save, autosave or edit."""
    job = LatestJob(
        "warm-up", explain=lambda error: f"Saving could not be prepared: {error}", parent=window
    )

    def load() -> None:
        load_writer()
        load_edits()

    def ignore(_: object) -> None:
        pass  # a failure shows at the save or edit itself, which imports the module again

    QTimer.singleShot(WARM_UP_DELAY_MS, job, lambda: job.start(load, ignore, ignore))
    return job


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    prepare_application(app)
    if args.screenshot is not None:
        with tempfile.TemporaryDirectory(prefix="orgchart-screenshot-") as scratch:
            window = MainWindow(settings=Settings(Path(scratch) / "settings.ini"))
            try:
                return take_screenshot(window, args)
            finally:
                window.files.loader.wait()
                window.files.locks.release()
                spare_the_collector_at_exit()  # the picture is saved: the process ends
    settings = Settings()
    window = MainWindow(settings=settings)
    FileOpenRequests(app, window)
    start_interactive(window, args)
    warm_up(window)
    settings.mark_started()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
