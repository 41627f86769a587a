"""Which column holds what: header recognition and the mapping (the fields: fields.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from orgchart_app.importers.fields import SYNONYMS, Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.line_headers import guess_line_field

# Fields a column may hold however many other columns hold it too.
_REPEATABLE = frozenset({Field.IGNORE, Field.NOTES})


def normalise(header: str) -> str:
    """Lower case, words only: "Post No." -> "post no", and camelCase "parentId" -> "parent id"."""
    words = _CAMEL.sub(" ", header).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", words).split())


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Words in a header about reports that is not the manager ("Salary Cost of Reports").
_NOT_A_MANAGER = frozenset({"salary", "cost", "count", "total", "direct", "spend", "of", "costs"})


def field_named(text: str) -> Field:
    """A field from its value ('post_ref'), its label ('Post number') or a header synonym."""
    wanted = normalise(text)
    for field in Field:
        if wanted in (normalise(field.value), normalise(field.label)):
            return field
    for field, synonyms in SYNONYMS.items():
        if wanted in synonyms:
            return field
    names = ", ".join(f.value for f in Field)
    raise ImportRefused(f'"{text}" is not a field an import knows (fields: {names}).')


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """The field each column of a table holds, in column order; the user may change it."""

    headers: tuple[str, ...]
    fields: tuple[Field, ...]

    def index_of(self, field: Field) -> int:
        """The column holding `field`, or -1."""
        return self.fields.index(field) if field in self.fields else -1

    def field_of(self, header: str) -> Field:
        return self.fields[self.column(header)]

    def column(self, header: str) -> int:
        """A column by its header (any case or spacing) or its 1-based number."""
        wanted = normalise(header)
        for index, known in enumerate(self.headers):
            if normalise(known) == wanted:
                return index
        if header.strip().isdigit() and 1 <= int(header) <= len(self.headers):
            return int(header) - 1
        known_list = ", ".join(f'"{h}"' for h in self.headers)
        raise ImportRefused(f'There is no column "{header}" (columns: {known_list}).')

    def with_field(self, column: int, field: Field) -> ColumnMapping:
        """This mapping with `column` holding `field` (taken away from any other column)."""
        fields = [
            Field.IGNORE if (f is field and field not in _REPEATABLE) else f for f in self.fields
        ]
        fields[column] = field
        return ColumnMapping(self.headers, tuple(fields))

    def with_overrides(self, overrides: Iterable[str]) -> ColumnMapping:
        """Apply 'column=field' texts, as typed after --map."""
        mapping = self
        for text in overrides:
            column, sep, field = mapping_parts(text)
            if not sep or not column.strip():
                raise ImportRefused(
                    f'"{text}" is not a mapping: write it as column=field, '
                    'for example "Position No=post_ref".'
                )
            mapping = mapping.with_field(mapping.column(column), field_named(field or "ignore"))
        return mapping

    def describe(self) -> list[str]:
        return [f"{h} -> {f.label}" for h, f in zip(self.headers, self.fields, strict=True)]


def mapping_parts(text: str) -> tuple[str, str, str]:
    """'column=field' as (column, "=", field): split at the last "=", which a header may hold
    ("FTE=hours/37") but no field's name does."""
    return text.rpartition("=")


def recognise(headers: Sequence[str]) -> ColumnMapping:
    """Guess each column's field from its header: exact synonyms first, then words inside."""
    names = [normalise(h) for h in headers]
    fields = [Field.IGNORE] * len(headers)
    taken: set[Field] = set()
    for field, synonyms in SYNONYMS.items():
        for index, name in enumerate(names):
            if fields[index] is Field.IGNORE and name in synonyms and field not in taken:
                fields[index] = field
                taken.add(field)
    for index, name in enumerate(names):
        if fields[index] is Field.IGNORE:
            guess = _guess(name)
            if guess is not None and (guess not in taken or guess in _REPEATABLE):
                fields[index] = guess
                taken.add(guess)
    return ColumnMapping(tuple(headers), tuple(fields))


def _guess(name: str) -> Field | None:
    words = set(name.split())
    if (line_field := guess_line_field(words)) is not None:
        return Field(line_field)
    if words & {"parent", "supervisor"} and words & {
        "post",
        "position",
        "id",
        "number",
        "no",
        "ref",
    }:
        return Field.REPORTS_TO_REF
    if ("report" in name or "manager" in words) and words & _NOT_A_MANAGER:
        return None
    if "report" in name or "manager" in words:
        if words & {"name", "person"}:
            return Field.REPORTS_TO_NAME
        return (
            Field.REPORTS_TO_REF
            if words & {"post", "position", "ref", "number", "no", "id"}
            else Field.REPORTS_TO
        )
    checks: tuple[tuple[Field, bool], ...] = (
        (
            Field.EMPLOYEE_NUMBER,
            bool(words & {"employee", "staff", "payroll", "person"})
            and bool(words & {"number", "no", "id"}),
        ),
        (
            Field.POST_REF,
            bool(words & {"post", "position"}) and bool(words & {"number", "no", "ref", "id"}),
        ),
        (Field.COST_CODE, "cost" in words),
        (Field.FTE, bool(words & {"fte", "wte"})),
        (Field.TITLE, "title" in words),
        (Field.GRADE, bool(words & {"grade", "band"})),
        (Field.SALARY, bool(words & {"salary", "pay"})),
        (Field.HOLDER_NAME, "name" in words and not words & {"team", "unit", "department"}),
        (Field.ORGANISATION, bool(words & {"organisation", "organization", "employer"})),
        (Field.TEAM, bool(words & {"team", "section"})),
        (Field.DIRECTORATE, "directorate" in words),
        (Field.DEPARTMENT, bool(words & {"department", "dept"})),
        (Field.VACANT, bool(words & {"vacant", "vacancy"})),
        (Field.NOTES, bool(words & {"note", "notes", "comment", "comments"})),
    )
    return next((field for field, matched in checks if matched), None)
