"""An establishment list's plain rows read a column at a time.

Nearly every row of a big list says nothing the report must mention, and each of its columns
repeats a few values (grades, teams, statuses) or is already clean as written (post numbers,
names). Read a row at a time, each of 50,000 rows pays for its own cleaning, parsing and checks;
read a column at a time, each column is checked as a whole, each distinct value is cleaned and
parsed once, and the rows' PostRows are made from the columns. A row with anything to say (a
formula, no job title, a status or number the import cannot take as written, a person's details)
is left as None for the row reader (establishment.py), which reads it as it reads every row of
a small file, listing its problems in the file's order: what the import reports stays the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import repeat, zip_longest
from typing import Any, TypeVar

from orgchart_app.domain import PostStatus, UnitKind
from orgchart_app.domain.ranges import MONEY
from orgchart_app.importers.fields import Field
from orgchart_app.importers.people import PERSON_FIELDS
from orgchart_app.importers.records import NO_FACTS, ManagerMatch, PostRow
from orgchart_app.importers.tables import Row
from orgchart_app.importers.values import (
    Number,
    all_as_written,
    clean,
    is_vacant_name,
    looks_like_formula,
    parse_date,
    parse_fte,
    parse_money,
    parse_quantity,
    parse_status,
    to_decimal,
)

_V = TypeVar("_V")
UnitPath = tuple[tuple[str, UnitKind], ...]
TOTAL_TITLES = frozenset({"total", "totals", "grand total", "sub total", "subtotal"})
# The most exact column wins when a file has several (a post number and the manager's title).
MANAGER_COLUMNS = {
    Field.REPORTS_TO_REF: ManagerMatch.REF,
    Field.REPORTS_TO_NAME: ManagerMatch.NAME,
    Field.REPORTS_TO: ManagerMatch.AUTO,
}
_NO_NUMBER = Number(None)
_UNIT_FIELDS = (Field.DEPARTMENT, Field.DIRECTORATE, Field.TEAM, Field.UNIT_PATH)
_FILLED, _VACANT = PostStatus.FILLED, PostStatus.VACANT
_AUTO = ManagerMatch.AUTO
# Every field of a PostRow given in order: its own __init__ is then the quickest (it is not
# frozen, so each field is one store; made_by_columns is for frozen records).
_POST_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(PostRow))


@dataclass(frozen=True, slots=True)
class Layout:
    """What every row of one file is read through, worked out once for the file."""

    source: str
    headers: Sequence[str]
    columns: tuple[tuple[Field, int], ...]
    has_ref_column: bool
    manager_match: ManagerMatch | None
    decimal_comma: bool
    # Each combination of (department, directorate, team, unit path) cells, read once.
    unit_paths: dict[tuple[str, str, str, str], UnitPath] = dataclasses.field(default_factory=dict)

    def unit_path(self, key: tuple[str, str, str, str]) -> UnitPath:
        path = self.unit_paths.get(key)
        if path is None:
            path = self.unit_paths[key] = _unit_path(*key)
        return path


def cell_text(raw: str) -> str:
    """A cell as the import reads it: clean()'s reading, with clean() itself called only for a
    cell that is not plain printable text (nearly every cell is only trimmed)."""
    value = raw.strip() if raw.isprintable() else clean(raw)
    if value[:1] == "'":
        value = clean(raw)  # perhaps our own export's mark before a formula
    return value


def transpose(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """The rows' cells by column, "" past a short row's end."""
    return list(zip_longest(*(row.cells for row in rows), fillvalue=""))


def plain_rows(
    rows: Sequence[Row], cells: Sequence[Sequence[str]], layout: Layout
) -> tuple[list[Any], dict[int, str]]:
    """For each row, its PostRow when the row is plain, else None (the row reader's to read);
    and, by line, what the report must say of a vacancy that names a person (one row in
    thirteen of some lists), read here as the row reader reads it. `cells` is the rows' cells
    by column (transpose(rows))."""
    count = len(rows)
    awkward = bytearray(count)  # 1 for each row the row reader must read
    texts: dict[Field, Sequence[str]] = {}
    for field, index in layout.columns:
        if index >= len(cells):
            continue  # past every data row's end: blank throughout
        values = _column_texts(cells[index], awkward)
        previous = texts.get(field)
        # Several columns may hold notes: each row keeps them all, in the file's order.
        texts[field] = values if previous is None else _joined(previous, values)
    blanks = ("",) * count

    def column(field: Field) -> Sequence[str]:
        return texts.get(field, blanks)

    titles, refs = column(Field.TITLE), column(Field.POST_REF)
    _mark(awkward, titles, {""})  # skipped, or an untitled post
    if layout.has_ref_column:
        _mark(awkward, refs, {""})  # a post number made up from the line
    else:
        _mark(awkward, titles, {t for t in set(titles) if t.casefold() in TOTAL_TITLES})
    for field in PERSON_FIELDS:
        if field in texts:
            _mark(awkward, texts[field], set(texts[field]) - {""})
    holders = column(Field.HOLDER_NAME)
    named: list[int] = []  # vacancies naming a person
    found: dict[str, Iterable[Any]] = {
        "fte": _fte(column(Field.FTE), layout.decimal_comma, awkward),
        "quantity": _read(column(Field.QUANTITY), awkward, _quantity),
        "salary": _salaries(column(Field.SALARY), layout.decimal_comma, awkward),
        "end_date": _read(column(Field.END_DATE), awkward, _end_date),
        "status": _statuses(column(Field.VACANT), holders, awkward, named),
        "unit_path": _unit_paths(texts, layout, count),
        "notes": [[note] if note else [] for note in column(Field.NOTES)],
    }
    found["reports_to"], found["manager_match"] = _managers(texts, layout.manager_match, count)
    given: dict[str, Iterable[Any]] = {
        "source": repeat(layout.source),
        "line": [row.line for row in rows],
        "ref": refs,
        "title": titles,
        "organisation": column(Field.ORGANISATION),
        "deployed_to": column(Field.DEPLOYED_TO),
        "grade": column(Field.GRADE),
        "cost_code": column(Field.COST_CODE),
        "spinal_point": repeat(None),  # a person's field: a row with one is the row reader's
        "funding_source": column(Field.FUNDING_SOURCE),
        "holder": holders,
        "employee_number": column(Field.EMPLOYEE_NUMBER),
        "dotted_line": column(Field.DOTTED_LINE),
        "dotted_kind": column(Field.DOTTED_KIND),
        "dotted_share": column(Field.DOTTED_SHARE),
        "dotted_interim": column(Field.DOTTED_INTERIM),
        "person": repeat(NO_FACTS),
        "lines": repeat(()),
        "pay_range": repeat(None),
        "generated_ref": repeat(False),
        **found,
    }
    posts: list[Any] = list(map(PostRow, *(given[name] for name in _POST_ROW_FIELDS)))
    # Said by the caller for a row read here; a row with more to say is the row reader's,
    # which says it all in order.
    notices = {
        rows[index].line: named_vacancy(posts[index].status, column(Field.VACANT)[index])
        for index in named
    }
    index = awkward.find(1)
    while index >= 0:
        posts[index] = None
        index = awkward.find(1, index + 1)
    return posts, notices


def named_vacancy(status: PostStatus, text: str) -> str:
    """The report's words for a post whose status says no one holds it but which names a
    postholder (the name is personal data: said to be there, never quoted)."""
    return (
        f'the post is marked {status.label.lower()} ("{text[:40]}") but names a '
        "postholder; the name is left out (correct the status if the person holds "
        "the post)"
    )


def _column_texts(cells: Sequence[str], awkward: bytearray) -> Sequence[str]:
    """A column's cells as the import reads them; rows holding a formula are marked awkward."""
    if all_as_written(cells):
        return cells
    read = {raw: cell_text(raw) for raw in set(cells)}
    _mark(awkward, cells, {raw for raw, text in read.items() if looks_like_formula(text)})
    return list(map(read.__getitem__, cells))


def _joined(first: Sequence[str], second: Sequence[str]) -> list[str]:
    return [f"{a}; {b}" if a and b else a or b for a, b in zip(first, second, strict=True)]


def _mark(awkward: bytearray, values: Sequence[Hashable], wanted: set[Any]) -> None:
    """Mark the rows whose value is one of `wanted`."""
    if len(wanted) > 3:
        for index, value in enumerate(values):
            if value in wanted:
                awkward[index] = 1
        return
    # A few values (a blank, a "Total"), mostly in no row: a scan in C for each.
    for value in wanted:
        index = _find(values, value, 0)
        while index >= 0:
            awkward[index] = 1
            index = _find(values, value, index + 1)


def _find(values: Sequence[Hashable], value: Hashable, start: int) -> int:
    try:
        return values.index(value, start)
    except ValueError:
        return -1


def _read(
    texts: Sequence[str], awkward: bytearray, read: Callable[[str], tuple[_V, bool]]
) -> list[_V]:
    """Each row's value, each distinct text read once; rows whose text is in doubt marked."""
    found = {text: read(text) for text in set(texts)}
    _mark(awkward, texts, {text for text, (_, doubt) in found.items() if doubt})
    values = {text: value for text, (value, _) in found.items()}
    return list(map(values.__getitem__, texts))


def _fte(texts: Sequence[str], decimal_comma: bool, awkward: bytearray) -> list[float]:
    def read(text: str) -> tuple[float, bool]:
        fte = parse_fte(text, decimal_comma) if text else _NO_NUMBER
        if fte.value is None:
            return 1.0, bool(fte.unreadable)
        # More than one is spread over whole posts, with a note: the row reader's to say.
        return fte.value, bool(fte.doubt) or fte.value > 1

    return _read(texts, awkward, read)


def _quantity(text: str) -> tuple[int, bool]:
    quantity = parse_quantity(text) if text else _NO_NUMBER
    return int(quantity.value or 1), bool(quantity.unreadable)


def _salaries(
    texts: Sequence[str], decimal_comma: bool, awkward: bytearray
) -> list[Decimal | None]:
    """Each row's salary. People's own pay is nearly all different (40,000 amounts in 50,000
    rows), so a column of whole pounds ("£20,001", "35745") is read in one go, as parse_money()
    and to_decimal() read each; any other column, amount by amount."""
    written = list(set(texts) - {""})
    if written and not decimal_comma:
        pounds = whole_pounds(written)
        if pounds and max(pounds) <= MONEY[1]:
            amounts: dict[str, Decimal | None] = dict(
                zip(written, map(Decimal, pounds), strict=True)
            )
            amounts[""] = None
            return list(map(amounts.__getitem__, texts))
    return _read(texts, awkward, lambda text: _salary(text, decimal_comma))


def whole_pounds(written: list[str]) -> list[int]:
    """The amounts, when every one is ASCII digits with any pound signs and commas (which
    parse_money() drops, in a file of decimal points), else []."""
    digits = "\n".join(written).replace("£", "").replace(",", "")
    if not (digits.isascii() and digits.replace("\n", "").isdigit()):
        return []
    try:
        # A cell of only "£" or "," has no digits left: int() refuses it, as parse_money does.
        pounds = list(map(int, digits.split("\n")))
    except ValueError:
        return []
    return pounds


def _salary(text: str, decimal_comma: bool) -> tuple[Decimal | None, bool]:
    salary = parse_money(text, decimal_comma)
    if salary.value is not None:
        return to_decimal(salary.value), False
    # Anything but a blank or a dash is unreadable, or words kept in the notes: the row
    # reader's to list or keep.
    return None, text.casefold() not in ("", "-")


def _end_date(text: str) -> tuple[Any, bool]:
    if not text:
        return None, False
    end = parse_date(text)
    return end.value, bool(end.unreadable)


def _statuses(
    texts: Sequence[str], holders: Sequence[str], awkward: bytearray, named: list[int]
) -> list[PostStatus | None]:
    """Each row's status: a filled post whose holder is a vacancy marker is vacant; a status the
    import does not know is the row reader's to list; a vacancy that names a person goes in
    `named`, to be listed."""
    known = {text: parse_status(text) for text in set(texts)}
    statuses: list[PostStatus | None] = []
    for index, (text, holder) in enumerate(zip(texts, holders, strict=True)):
        status = known[text]
        if status is _FILLED:
            statuses.append(_VACANT if is_vacant_name(holder) else _FILLED)
            continue
        if status is None:
            awkward[index] = 1
        elif holder and not is_vacant_name(holder):
            named.append(index)
        statuses.append(status)
    return statuses


def _unit_paths(texts: dict[Field, Sequence[str]], layout: Layout, count: int) -> list[UnitPath]:
    """Each row's unit path; a file names a few hundred units, each combination read once."""
    present = [field for field in _UNIT_FIELDS if field in texts]
    if not present:
        return [layout.unit_path(("", "", "", ""))] * count
    keys = list(zip(*(texts[field] for field in present), strict=True))
    paths = {}
    for key in set(keys):
        cells = dict(zip(present, key, strict=True))
        paths[key] = layout.unit_path(tuple(cells.get(field, "") for field in _UNIT_FIELDS))
    return list(map(paths.__getitem__, keys))


def _managers(
    texts: dict[Field, Sequence[str]], asked: ManagerMatch | None, count: int
) -> tuple[Iterable[str], Iterable[ManagerMatch]]:
    """Each row's manager cell and how it names the manager: the first column of the most exact
    kind with a value in the row."""
    found = [
        (texts[field], asked or match) for field, match in MANAGER_COLUMNS.items() if field in texts
    ]
    if not found:
        return repeat(""), repeat(_AUTO)
    if len(found) == 1:  # nearly every file
        values, match = found[0]
        return values, [match if value else _AUTO for value in values]
    managers: list[str] = []
    matches: list[ManagerMatch] = []
    for row in range(count):
        for values, match in found:
            if value := values[row]:
                managers.append(value)
                matches.append(match)
                break
        else:
            managers.append("")
            matches.append(_AUTO)
    return managers, matches


def _unit_path(department: str, directorate: str, team: str, joined: str) -> UnitPath:
    path = [
        (name, kind)
        for name, kind in (
            (department, UnitKind.DEPARTMENT),
            (directorate, UnitKind.DIRECTORATE),
            (team, UnitKind.TEAM),
        )
        if name
    ]
    if joined:
        names = [part.strip() for part in joined.split(">") if part.strip()]
        path += [(name, _depth_kind(i, len(names))) for i, name in enumerate(names)]
    return tuple(path)


def _depth_kind(index: int, depth: int) -> UnitKind:
    if index == depth - 1 and depth > 1:
        return UnitKind.TEAM
    return (UnitKind.DEPARTMENT, UnitKind.DIRECTORATE, UnitKind.SERVICE)[min(index, 2)]
