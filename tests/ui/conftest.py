"""The window under test: its settings and recovery folders live in the test's own tmp_path."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from orgchart_app.ui.dialogs import prompts as dialogs
from orgchart_app.ui.dialogs.team_server import TeamServer
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.settings import Settings, name_application


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data of each test in its own folder, never the user's real ones."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("ORGCHART_RECOVERY_DIR", str(home / "recovery"))
    # QSettings works its folder out once per process; this is Qt's way to move it for tests.
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config")
    )
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


def private_copy(sample: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "files" / sample.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(sample, copy)
    return copy


# The window locks the file it opens (a marker beside it) and may save it: on the checkout's
# sample, two test runs at once found it "open elsewhere", so each test opens its own copy.
@pytest.fixture
def bury_file(bury_file: Path, tmp_path: Path) -> Path:
    return private_copy(bury_file, tmp_path)


@pytest.fixture
def shared_copy(bury_file: Path, tmp_path: Path) -> Path:
    """The Bury sample in a folder of its own, as on a shared drive."""
    copy = tmp_path / "shared" / "bury.sqlite"
    copy.parent.mkdir()
    shutil.copy(bury_file, copy)
    return copy


@pytest.fixture
def manchester_file(manchester_file: Path, tmp_path: Path) -> Path:
    return private_copy(manchester_file, tmp_path)


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not expect fails it instead of waiting for a click forever."""
    if request.node.get_closest_marker("real_dialogs"):
        return
    for name in (
        "UnsavedChanges",
        "ErrorMessage",
        "Confirm",
        "OpenFile",
        "SaveFile",
        "SaveExport",
        "AskText",
        "About",
        "LockedFile",
        "TakeOverLock",
        "ChangedOnDisk",
        "OfferRecovery",
        "ChooseItem",
        "NewUnit",
        "KeepManager",
    ):

        def unexpected(cls: type, *args: object, _name: str = name) -> None:
            raise AssertionError(f"unexpected dialog {_name}: {args[1:]}")

        monkeypatch.setattr(getattr(dialogs, name), "ask", classmethod(unexpected))

    def unexpected_server(cls: type, *args: object) -> None:
        raise AssertionError(f"unexpected dialog TeamServer: {args[1:]}")

    monkeypatch.setattr(TeamServer, "ask", classmethod(unexpected_server))


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards(qapp: QApplication) -> Iterator[None]:
    """The offscreen platform crashes at exit while the clipboard holds our data (xcb does not)."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def windows_gone_afterwards(qapp: QApplication) -> Iterator[None]:
    """Each test's windows are deleted and collected when it ends, while nothing else runs.
    Left to the collector, hundreds of tests' windows were collected at a random later point,
    inside another test's file reading, and the process crashed there (SIGSEGV in CI, once)."""
    yield
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()


@pytest.fixture
def window(qtbot, qapp: QApplication) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    name_application()
    main = MainWindow(settings=Settings())
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.document.undo_stack.setClean()  # closing must not stop to ask about the test's edits
    main.close()
    main.deleteLater()


def open_in(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.files.open_path(path)


@pytest.fixture
def bury_window(qtbot, window: MainWindow, bury_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    open_in(qtbot, window, bury_file)
    return window


@pytest.fixture
def bury_assumed_grades_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, bury_assumed_grades_file: Path, tmp_path: Path
) -> MainWindow:
    """Bury with an assumed-grade costing (tests/assumed_grades.py), for tests of costs."""
    open_in(qtbot, window, private_copy(bury_assumed_grades_file, tmp_path))
    return window


# The offscreen platform says it cannot resize, raise or grab (propagateSizeHints(), raise(), ...)
# whenever a window's size limits change: the platform's limits, not our warnings.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents and item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
