"""Who holds a marker (user, machine, process and its start time, since when), and whether they
still may: a process that ended, or whose id was reused, holds nothing."""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
from dataclasses import dataclass
from typing import TypeGuard

from orgchart_app.storage.identity import (
    MAX_PID,
    machine_name,
    now,
    parse_moment,
    process_started,
    same_process,
    since_text,
    user_name,
)

# Clocks of machines on one network differ by seconds, not days: a marker dated further ahead
# than this was not written by us.
_CLOCK_SKEW = dt.timedelta(days=1)
_MAX_NAME = 256


class Liveness(enum.Enum):
    ALIVE = "alive"  # its process runs (this machine), or it is recent (another machine)
    OLD = "old"  # older than the limit, and its owner may still be there: ask before taking it
    GONE = "gone"  # its process ended on this machine: the marker is left over from a crash


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    machine: str
    pid: int
    since: dt.datetime
    # When the process started (epoch seconds), so a reused process id is not taken for it.
    started: float | None = None

    @classmethod
    def me(cls) -> LockOwner:
        # Whole seconds, as the marker records them, so our own marker reads back equal.
        return cls(
            user_name(),
            machine_name(),
            os.getpid(),
            now().replace(microsecond=0),
            process_started(os.getpid()),
        )

    def describe(self) -> str:
        """ "Alex Smith on LAPTOP-12 has had this file open since 10:42" (or "since yesterday 18:02")."""
        return (
            f"{self.user} on {self.machine} has had this file open since {since_text(self.since)}"
        )

    def liveness(self, old_after: dt.timedelta) -> Liveness:
        if self.machine == machine_name() and not same_process(self.pid, self.started):
            return Liveness.GONE
        return Liveness.OLD if now() - self.since > old_after else Liveness.ALIVE

    def to_json(self) -> str:
        return json.dumps(
            {
                "user": self.user,
                "machine": self.machine,
                "pid": self.pid,
                "started": self.started,
                "since": self.since.isoformat(timespec="seconds"),
                "app": "orgchart-designer",
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        """The owner recorded in a marker, or None when it is not one of ours, garbled or
        impossible (a process id no system has, a date in the future)."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        since = parse_moment(data.get("since"))
        user, machine, pid = data.get("user"), data.get("machine"), data.get("pid")
        started = data.get("started")
        if (
            since is None
            or since > now() + _CLOCK_SKEW
            or not _is_name(user)
            or not _is_name(machine)
            or type(pid) is not int
            or not 0 < pid <= MAX_PID
        ):
            return None
        if started is not None and (type(started) not in (int, float) or not 0 < started < 1e11):
            return None
        return cls(user, machine, pid, since, None if started is None else float(started))


def _is_name(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and 0 < len(value) <= _MAX_NAME and value.isprintable()
