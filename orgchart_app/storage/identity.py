"""Who and where we are (user, machine, process), and whether a process on this machine still runs."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
import sys

# Process ids are positive 32-bit signed numbers everywhere we run; anything else is not a process.
MAX_PID = 2**31 - 1
# Two readings of one process's start time differ by rounding only.
_START_TOLERANCE_SECONDS = 1.0


def user_name() -> str:
    """The user's full name where the system knows it ("Alex Smith"), else their login."""
    login = _login()
    if sys.platform == "win32":
        return _windows_display_name() or login
    import pwd

    try:
        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (KeyError, OSError):
        full = ""
    return full or login


def _windows_display_name() -> str:
    # Under this test the type checker knows ctypes.windll (Windows only) exists.
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        name_display, size = 3, ctypes.c_ulong(256)
        buffer = ctypes.create_unicode_buffer(size.value)
        try:
            secur32 = ctypes.windll.secur32
            if secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
                return buffer.value.strip()
        except (OSError, AttributeError):  # not in a domain, or the call is unavailable
            pass
    return ""


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name (a service account, a container)
        return "someone"


def machine_name() -> str:
    if hasattr(os, "uname"):  # what gethostname() answers, without the socket module (2 ms)
        return os.uname().nodename or "an unknown computer"
    import socket  # noqa: PLC0415 - Windows has no uname

    return socket.gethostname() or "an unknown computer"


def host_tag() -> str:
    """A short, file-name-safe tag of this machine (the first 8 hex digits of its name's SHA-1)."""
    return hashlib.sha1(machine_name().encode("utf-8")).hexdigest()[:8]


def process_started(pid: int) -> float | None:
    """When process `pid` on this machine started (seconds since the epoch), None if unknown."""
    if not 0 < pid <= MAX_PID:
        return None
    return _linux_process_started(pid) if sys.platform == "linux" else _psutil_started(pid)


def _psutil_started(pid: int) -> float | None:
    import psutil  # noqa: PLC0415 - here, not at the top: loading it costs a start 15 ms

    try:
        return float(psutil.Process(pid).create_time())
    except (psutil.Error, OSError, ValueError, OverflowError):
        return None


def _linux_process_started(pid: int) -> float | None:
    """What psutil reads on Linux, as it sums it (markers written by either must agree): the
    process's start in clock ticks after boot (/proc/PID/stat, the 22nd field, counted after
    the name in brackets, which may hold spaces) plus the boot time (/proc/stat, btime)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as file:
            stat = file.read()
        with open("/proc/stat", "rb") as file:
            boot = next(float(line.split()[1]) for line in file if line.startswith(b"btime"))
        ticks = float(stat[stat.rfind(b")") + 2 :].split()[19])
        return ticks / os.sysconf("SC_CLK_TCK") + boot
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def same_process(pid: int, started: float | None) -> bool:
    """Whether `pid` still runs and is the process that started at `started` (when known):
    a process id reused by a later process is not the same process."""
    if not process_alive(pid):
        return False
    if started is None:
        return True
    now_started = process_started(pid)
    return now_started is None or abs(now_started - started) <= _START_TOLERANCE_SECONDS


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs on this machine (a PermissionError means it does)."""
    if not 0 < pid <= MAX_PID:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    # Under this test the type checker knows ctypes.windll (Windows only) exists.
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        synchronize, still_active = (
            0x00100000 | 0x1000,
            259,
        )  # SYNCHRONIZE | QUERY_LIMITED_INFORMATION
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return (
                bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code)))
                and code.value == still_active
            )
        finally:
            kernel32.CloseHandle(handle)
    return False


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def when_text(moment: dt.datetime, today: dt.date | None = None) -> str:
    """A moment in local time as people say it: "10:42" today, "10:42 on 21 Nov 2026" otherwise."""
    local = moment.astimezone()
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return f"{local:%H:%M} on {local.day} {local:%b %Y}"


def since_text(moment: dt.datetime, today: dt.date | None = None) -> str:
    """As when_text, and "yesterday 18:02" for yesterday: how long a lock has been held."""
    today = today or dt.date.today()
    local = moment.astimezone()
    if local.date() == today - dt.timedelta(days=1):
        return f"yesterday {local:%H:%M}"
    return when_text(moment, today)


def parse_moment(text: object) -> dt.datetime | None:
    """An ISO timestamp written by us, or None when missing or malformed."""
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
