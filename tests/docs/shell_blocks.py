"""The shell commands of README.md and docs/*.md, read as a user reads them.

Placeholders replaced (and only these): an optional part in square brackets (`[--format
text|json|csv]`, `[FILE]`) is left out, as a user who does not need it types it; `$NAME` is
the value a line `NAME=value` of the same document set. Everything else runs as written.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = (REPO / "README.md", *sorted((REPO / "docs").glob("*.md")))
SHELL_LANGUAGES = frozenset({"bash", "sh", "shell", "console"})

_FENCE = re.compile(r"^\s*```(\w*)\s*$")
_OPTIONAL = re.compile(r"\s\[[^\]\n]*\]")
_ASSIGNMENT = re.compile(r"^([A-Z_]+)=(\S+)$")
# "# exits 1" after a command says it fails on purpose, and how.
_EXITS = re.compile(r"#.*\bexits (\d+)")


@dataclass(frozen=True, slots=True)
class Command:
    """One command of a shell block: where it is, its words, and the exit the text promises."""

    document: str
    line: int
    text: str
    argv: tuple[str, ...]
    exit_code: int


def shell_lines(path: Path) -> list[tuple[int, str]]:
    """The logical lines of the document's shell blocks (continuations joined), numbered."""
    lines: list[tuple[int, str]] = []
    inside = False
    pending = ""
    start = 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fence = _FENCE.match(raw)
        if fence:
            inside = not inside and fence.group(1) in SHELL_LANGUAGES
            continue
        if not inside:
            continue
        start = start if pending else number
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        lines.append((start, pending + raw.strip()))
        pending = ""
    return lines


def commands(path: Path) -> list[Command]:
    """Every command of the document's shell blocks, in order, placeholders replaced."""
    found: list[Command] = []
    variables: dict[str, str] = {}
    for number, line in shell_lines(path):
        exits = _EXITS.search(line)
        text = _OPTIONAL.sub("", line)
        for name, value in variables.items():
            text = text.replace(f"${name}", value)
        for part in _split(text):
            assignment = _ASSIGNMENT.match(" ".join(part))
            if assignment and len(part) == 1:
                variables[assignment.group(1)] = assignment.group(2)
                continue
            found.append(
                Command(
                    document=path.name,
                    line=number,
                    text=line,
                    argv=tuple(part),
                    exit_code=int(exits.group(1)) if exits else 0,
                )
            )
    return found


def _split(text: str) -> list[list[str]]:
    """The commands of one line, split at `;` as a shell splits them, comments dropped."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    parts: list[list[str]] = [[]]
    for word in lexer:
        if word == ";":
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if part]
