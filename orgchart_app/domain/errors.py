"""Errors the user sees: each carries one sentence that names the problem."""

from __future__ import annotations


class OrgChartError(Exception):
    """Base for every error that is shown to the user as a message, never a traceback."""


class FileRefused(OrgChartError):
    """A file could not be opened or saved; the message says why and what to do."""


class EditRefused(OrgChartError):
    """An edit would break the proposal (a cycle, an unknown grade, ...)."""


class NotFound(OrgChartError):
    """A scenario, unit or post named by the user does not exist."""


class AmbiguousName(NotFound):
    """A name the user gave is shared by several records: the message names each one's reference."""


class ServerRefused(OrgChartError):
    """The team server could not be reached or refused what was asked; the message says why."""


class EditConflict(ServerRefused):
    """Someone else changed a record this edit read, after it was read: nothing was written."""


class ServerUnreachable(ServerRefused):
    """The team server could not be reached (down, restarting, the network): try again later."""
