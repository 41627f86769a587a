"""Background jobs where the latest wins: work off the GUI thread, the outcome delivered on it.

Loading, costing, laying out and autosaving all ask for the same thing: start the newest piece of
work, forget the ones it replaces, and hand back its result (or one sentence saying why it failed)
on the GUI thread. Workers never touch a QObject their owner may delete: they emit on one relay that
lives as long as the program, and the delivery checks on the GUI thread that the owner still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from orgchart_app.domain import OrgChartError

T = TypeVar("T")
Explain = Callable[[Exception], str]


@dataclass(frozen=True, slots=True)
class _Done(Generic[T]):
    value: T


@dataclass(frozen=True, slots=True)
class _Failed:
    sentence: str


_Outcome = _Done[T] | _Failed


class _Relay(QObject):
    """Carries a call from a worker thread to the GUI thread (the thread that created it)."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(function: Callable[[], None]) -> None:
        function()


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    # Made on first use by a LatestJob, which is built on the GUI thread; never deleted.
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _attempt(work: Callable[[], T], explain: Explain) -> _Outcome[T]:
    try:
        return _Done(work())
    except OrgChartError as error:  # our own errors are already one sentence for the user
        return _Failed(str(error))
    except Exception as error:  # noqa: BLE001 - the user gets a sentence, never a traceback
        return _Failed(explain(error))


class LatestJob(QObject):
    """Runs one job at a time on its own worker thread; only the latest job's outcome arrives.

    Starting a job cancels the one still waiting and marks the running one stale (a thread
    cannot be interrupted, so its result is dropped instead). `busy` stays true until every job
    started has finished or been cancelled.
    """

    busy_changed = Signal(bool)

    def __init__(self, name: str, explain: Explain, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._explain = explain
        self._relay = _gui_relay()
        self._executor: ThreadPoolExecutor | None = None
        self._latest = 0
        self._futures: dict[int, Future[Any]] = {}  # by job number, until delivered

    @property
    def busy(self) -> bool:
        return bool(self._futures)

    def start(
        self,
        work: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[str], None],
        explain: Explain | None = None,
    ) -> None:
        """Run `work` on the worker; `on_result` or `on_error` is called on the GUI thread."""
        self.cancel()
        number = self._latest
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        future = self._executor.submit(_attempt, work, explain or self._explain)

        def deliver(outcome: _Outcome[T]) -> None:
            if isinstance(outcome, _Failed):
                on_error(outcome.sentence)
            else:
                on_result(outcome.value)

        self._futures[number] = future
        if len(self._futures) == 1:
            self.busy_changed.emit(True)
        future.add_done_callback(
            lambda done: self._relay.call.emit(lambda: self._on_done(number, done, deliver))
        )

    def cancel(self) -> None:
        """Forget every job started so far: the waiting ones never run, the running one's
        outcome is dropped."""
        self._latest += 1
        for future in self._futures.values():
            future.cancel()

    def wait(self) -> None:
        """Block until the worker is idle (for shutting down); outcomes still arrive later."""
        wait_for(list(self._futures.values()))

    def close(self) -> None:
        """Cancel everything and wait for the running job to end; nothing more is delivered."""
        self.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _on_done(
        self, number: int, future: Future[_Outcome[T]], deliver: Callable[[_Outcome[T]], None]
    ) -> None:
        # On the GUI thread, where the owner is deleted too: if it is gone, so is the interest.
        if not shiboken6.isValid(self):
            return
        self._futures.pop(number, None)
        if not self._futures:
            self.busy_changed.emit(False)
        if number == self._latest and not future.cancelled():
            deliver(future.result())
