"""Loops in parent links (a post's manager, a unit's enclosing unit): found in linear time."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TypeVar

from orgchart_app.domain.wording import count_text

K = TypeVar("K", bound=Hashable)


def loops(parent_of: Mapping[K, K | None]) -> Iterator[list[K]]:
    """Each loop once, in the order its links are followed from where the walk met it.

    One walk up from each record, never revisiting one: linear even for a crafted file whose
    thousands of records form one long chain."""
    finished: set[K] = set()
    for start in parent_of:
        path: dict[K, None] = {}  # insertion-ordered: the walk so far
        current: K | None = start
        while (
            current is not None
            and current in parent_of
            and current not in finished
            and current not in path
        ):
            path[current] = None
            current = parent_of[current]
        if current is not None and current in path:
            walk = list(path)
            yield walk[walk.index(current) :]
        finished.update(path)


def loop_text(names: list[str], separator: str, noun: str) -> str:
    """A loop's names, joined; a long loop kept to one readable line."""
    if len(names) > 8:
        names = [*names[:4], f"... ({count_text(len(names) - 1)} {noun} in the loop)", *names[-2:]]
    return separator.join(names)
