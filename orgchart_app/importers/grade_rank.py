"""Which of two grades is higher, where the file's grades say so: evidence for a duplicated
manager reference, never a guess presented as fact (grades of unknown shape compare as unknown).
"""

from __future__ import annotations

import re

# The civil service ladder, lowest first: Grade 6 is above Grade 7, unlike numbered council
# grades (G7 below G8), so these are matched whole before any number is read.
_CIVIL_SERVICE = (
    ("aa",),
    ("ao",),
    ("eo",),
    ("heo",),
    ("seo",),
    ("grade 7", "g7 cs"),
    ("grade 6",),
    ("scs1", "scs 1", "scs pay band 1", "scs band 1", "pb1"),
    ("scs1a", "scs 1a"),
    ("scs2", "scs 2", "scs pay band 2", "scs band 2", "pb2"),
    ("scs3", "scs 3", "scs pay band 3", "scs band 3", "pb3"),
    ("scs4", "scs 4", "permanent secretary"),
)
_CIVIL_RANK = {name: rank for rank, names in enumerate(_CIVIL_SERVICE) for name in names}
# "G8", "Band 8a", "SS4", "Grade 12": a prefix, a number and an optional letter.
_NUMBERED = re.compile(r"^([a-z ]*?)\s*(\d{1,2})\s*([a-d]?)$")


def rank(grade: str) -> tuple[str, int] | None:
    """A (ladder, rank) pair: ranks compare only on the same ladder; None when not known."""
    text = " ".join(grade.casefold().replace("-", " ").split())
    if text in _CIVIL_RANK:
        return "civil service", _CIVIL_RANK[text]
    match = _NUMBERED.match(text)
    if match is None:
        return None
    prefix, number, letter = match.groups()
    return prefix.strip(), int(number) * 10 + (" abcd".index(letter) if letter else 0)


def nearest_above(grade: str, candidates: list[tuple[int, str]]) -> int | None:
    """The candidate (index, grade) nearest above `grade` on its ladder, or None."""
    own = rank(grade)
    if own is None:
        return None
    above = [
        (theirs[1], index)
        for index, other in candidates
        if (theirs := rank(other)) is not None and theirs[0] == own[0] and theirs[1] > own[1]
    ]
    return min(above)[1] if above else None
