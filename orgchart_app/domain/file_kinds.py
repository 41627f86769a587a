"""What is at a path a user named (a file, a folder, a named pipe...), to say so in words."""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path

from orgchart_app.domain.wording import count_text


class FileKind(enum.Enum):
    FILE = "a file"
    FOLDER = "a folder"
    NAMED_PIPE = "a named pipe"
    DEVICE = "a device"
    SOCKET = "a socket"
    MISSING = "nothing"
    # A name the system will not even look up (too long, a loop of links, a file as a folder).
    UNREACHABLE = "unreachable"

    @classmethod
    def of(cls, path: str | Path) -> FileKind:
        """What `path` names, following symbolic links; never raises."""
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            return cls.MISSING
        except (OSError, ValueError):
            return cls.UNREACHABLE
        if stat.S_ISREG(mode):
            return cls.FILE
        if stat.S_ISDIR(mode):
            return cls.FOLDER
        if stat.S_ISFIFO(mode):
            return cls.NAMED_PIPE
        if stat.S_ISSOCK(mode):
            return cls.SOCKET
        return cls.DEVICE

    @staticmethod
    def why_unreachable(path: str | Path) -> str:
        """What the system says when asked about `path` ("file name too long"), lower case."""
        try:
            os.stat(path)
        except (OSError, ValueError) as error:
            text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            return text.rstrip(".").lower()
        return "the system cannot use that name"

    @property
    def is_special(self) -> bool:
        """Something that is neither a file nor a folder: reading it may never end."""
        return self in (FileKind.NAMED_PIPE, FileKind.DEVICE, FileKind.SOCKET)


SHOWN_CHARS = 80


def shown(name: str | Path) -> str:
    """A name as a message quotes it: whole when short, its start and end when absurdly long."""
    # A line break or other control character is shown escaped, so the message stays one line.
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(name))
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[:40]}…{text[-20:]} ({count_text(len(text))} characters)"
