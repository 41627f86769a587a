"""The one background-job helper: the latest job wins, on the GUI thread, errors as one sentence."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import OrgChartError
from orgchart_app.ui.jobs import LatestJob

PACKAGE = Path(__file__).resolve().parents[2] / "orgchart_app"


class Outcomes:
    """What the helper handed back, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[str] = []
        self.on_gui_thread: list[bool] = []

    def result(self, value: object) -> None:
        self.results.append(value)
        self._note_thread()

    def error(self, sentence: str) -> None:
        self.errors.append(sentence)
        self._note_thread()

    def _note_thread(self) -> None:
        app = QApplication.instance()
        assert app is not None
        self.on_gui_thread.append(QThread.currentThread() is app.thread())


def held(gate: threading.Event, value: object) -> object:
    assert gate.wait(5), "the test never released the job"
    return value


def test_only_the_latest_result_arrives_and_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = LatestJob("test", explain=lambda error: f"It failed ({error}).")
    outcomes = Outcomes()
    gate = threading.Event()
    jobs.start(lambda: held(gate, "first, running"), outcomes.result, outcomes.error)
    jobs.start(lambda: "second, never started", outcomes.result, outcomes.error)
    jobs.start(lambda: held(gate, "third"), outcomes.result, outcomes.error)
    assert jobs.busy
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    assert outcomes.results == ["third"] and outcomes.errors == []
    assert outcomes.on_gui_thread == [True]
    jobs.close()


def test_an_error_arrives_as_one_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = LatestJob("test", explain=lambda error: f"The costs could not be worked out: {error}")
    outcomes = Outcomes()

    def broken() -> object:
        raise ZeroDivisionError("no pay scale")

    def refused() -> object:
        raise OrgChartError("The file is not a proposal.")

    jobs.start(broken, outcomes.result, outcomes.error)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    jobs.start(refused, outcomes.result, outcomes.error)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    assert outcomes.errors == [
        "The costs could not be worked out: no pay scale",
        "The file is not a proposal.",  # our own errors are sentences already
    ]
    assert outcomes.results == [] and outcomes.on_gui_thread == [True, True]
    jobs.close()


def test_a_job_can_say_its_own_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = LatestJob("test", explain=lambda error: f"Generic ({error}).")
    outcomes = Outcomes()

    def broken() -> object:
        raise ValueError("bad header")

    jobs.start(broken, outcomes.result, outcomes.error, explain=lambda e: f'"a.sqlite": {e}.')
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    assert outcomes.errors == ['"a.sqlite": bad header.']
    jobs.close()


def test_cancel_drops_the_running_job_and_the_waiting_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = LatestJob("test", explain=str)
    outcomes = Outcomes()
    gate = threading.Event()
    ran: list[str] = []
    jobs.start(lambda: held(gate, "running"), outcomes.result, outcomes.error)
    jobs.start(lambda: ran.append("waiting"), outcomes.result, outcomes.error)
    jobs.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    QApplication.processEvents()
    assert outcomes.results == [] and outcomes.errors == [] and ran == []
    jobs.close()


def test_close_waits_for_the_running_job_and_delivers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = LatestJob("test", explain=str)
    outcomes = Outcomes()
    started, gate = threading.Event(), threading.Event()
    finished: list[bool] = []

    def slow() -> str:
        started.set()
        threading.Timer(0.2, gate.set).start()
        assert gate.wait(5)
        finished.append(True)
        return "late"

    jobs.start(slow, outcomes.result, outcomes.error)
    assert started.wait(5)
    jobs.close()
    assert finished == [True]  # close() returned only once the worker was idle
    for _ in range(3):
        QApplication.processEvents()
    assert outcomes.results == [] and outcomes.errors == []


def test_a_result_for_an_owner_already_deleted_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    jobs = LatestJob("test", explain=str, parent=owner)
    outcomes = Outcomes()
    gate = threading.Event()
    jobs.start(lambda: held(gate, "orphan"), outcomes.result, outcomes.error)
    executor_wait = jobs.wait
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    gate.set()
    executor_wait()
    for _ in range(3):
        QApplication.processEvents()
    assert outcomes.results == []


def _alive(qobject: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(qobject)


def test_no_python_subclass_of_qrunnable_is_left() -> None:
    # A Python QRunnable can outlive its wrapper; the suite crashed in its final collection.
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
        and any(ast.unparse(base).endswith("QRunnable") for base in node.bases)
    ]
    assert offenders == []
