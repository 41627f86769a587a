"""The data.gov.uk organogram pair: senior posts one by one, junior rows gathered into boxes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from orgchart_app.domain import PostStatus, UnitKind
from orgchart_app.domain.wording import fte_label, money_text
from orgchart_app.importers.columns import normalise
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.organogram_columns import Columns as _Columns
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind, SourceCount
from orgchart_app.importers.tables import Row, Table
from orgchart_app.importers.values import (
    NOT_GIVEN,
    is_vacant_name,
    marker,
    parse_fte,
    parse_money,
    to_decimal,
    uses_decimal_commas,
)

TOP = "xx"  # "Reports to Senior Post" of the most senior posts
SENIOR_MARKERS = ("post unique reference", "reports to senior post")
JUNIOR_MARKERS = ("reporting senior post", "number of posts in fte")
# Written in the name or post reference of a post that no longer exists.
GONE = frozenset({"eliminated", "deleted", "post eliminated", "post deleted"})
TOTALS = frozenset({"total", "totals", "grand total"})


def is_senior(headers: Sequence[str]) -> bool:
    names = {normalise(h) for h in headers}
    return all(m in names for m in SENIOR_MARKERS)


def is_junior(headers: Sequence[str]) -> bool:
    names = {normalise(h) for h in headers}
    return all(m in names for m in JUNIOR_MARKERS)


def read_senior(table: Table, report: ImportReport, overrides: Sequence[str] = ()) -> list[PostRow]:
    columns = _Columns(table, overrides)
    report.decimal_comma = _decimal_comma(table)
    count = SourceCount(table.source, blank_lines=table.blank_lines, encoding=table.encoding)
    report.sources.append(count)
    posts: list[PostRow] = []
    for row in table.rows:
        count.rows_read += 1
        post = _senior_post(table.source, row, columns, report)
        if post is None:
            count.rows_skipped += 1
        else:
            count.rows_placed += 1
            posts.append(post)
    return posts


def _senior_post(source: str, row: Row, columns: _Columns, report: ImportReport) -> PostRow | None:
    ref = columns.get(row, "post unique reference")
    name = columns.get(row, "name")
    title = columns.get(row, "job title") or "Untitled post"
    if marker(ref) in ("", "0"):
        report.add(
            source,
            row.line,
            ProblemKind.SKIPPED,
            f'"{title}" has post reference '
            f'"{ref or "blank"}": paid but not in a post, so there is no post to place',
        )
        return None
    gone = next((m for m in (marker(name), marker(ref)) if m in GONE), "")
    if gone:
        report.add(
            source,
            row.line,
            ProblemKind.SKIPPED,
            f'"{title}" ({ref}) is marked "{gone.capitalize()}": the role no longer exists',
        )
        report.skipped_refs[ref] = f'marked "{gone.capitalize()}" on line {row.line}'
        return None
    manager = columns.get(row, "reports to senior post")
    unit_name = columns.get(row, "unit")
    post = PostRow(
        source,
        row.line,
        ref,
        title,
        grade=columns.get(row, "grade or equivalent", "grade"),
        organisation=columns.get(row, "organisation"),
        unit_path=_unit(unit_name),
        reports_to="" if marker(manager) == TOP else manager,
        manager_match=ManagerMatch.REF,
    )
    if is_vacant_name(name):
        post.status = PostStatus.VACANT
    elif marker(name) not in NOT_GIVEN:
        post.holder = name
    total = _fte(source, row.line, columns.get(row, "fte"), post, report)
    if total > 1:
        report.add(
            source,
            row.line,
            ProblemKind.DOUBTFUL_NUMBER,
            f'"{title}" ({ref}) has {fte_label(total)} on one senior row: '
            f"read as a box of {math.ceil(total - 1e-9)} posts",
        )
    _as_box(post, total)
    pay = _pay_range(
        post,
        row.line,
        columns.get(row, "actual pay floor"),
        columns.get(row, "actual pay ceiling"),
        "Actual pay",
        report,
    )
    if pay is not None:
        # The file gives a band, not the salary: the floor is costed, and the note says so.
        post.salary = pay[0]
        post.notes.append(
            f"Actual pay band {money_text(pay[0])} - {money_text(pay[1])}; costed at its floor"
        )
    function = columns.get(row, "job team function")
    if function.casefold() not in NOT_GIVEN and function.casefold() != unit_name.casefold():
        post.notes.append(function)
    if note := columns.get(row, "notes"):
        post.notes.append(note)
    return post


def read_junior(table: Table, report: ImportReport, overrides: Sequence[str] = ()) -> list[PostRow]:
    """One box per (senior post, organisation, unit, grade, title), quantity from the FTE sum."""
    columns = _Columns(table, overrides)
    report.decimal_comma = _decimal_comma(table)
    count = SourceCount(table.source, blank_lines=table.blank_lines, encoding=table.encoding)
    report.sources.append(count)
    boxes: dict[tuple[str, ...], PostRow] = {}
    fte_of: dict[tuple[str, ...], float] = {}
    for row in table.rows:
        count.rows_read += 1
        senior = columns.get(row, "reporting senior post")
        title = columns.get(row, "generic job title", "job title") or "Untitled post"
        grade = columns.get(row, "grade")
        fte_text = columns.get(row, "number of posts in fte", "fte")
        if _is_total(row):
            report.add(
                table.source,
                row.line,
                ProblemKind.SKIPPED,
                "a total row, not a post; its figures are not imported",
            )
            count.rows_skipped += 1
            continue
        if marker(senior) == TOP:
            senior = ""
        if fte_text.replace(".", "").strip("0") == "" and fte_text:
            report.add(
                table.source,
                row.line,
                ProblemKind.SKIPPED,
                f'"{title}" ({grade}) under {senior}: 0 FTE, so there are no posts',
            )
            count.rows_skipped += 1
            continue
        key = (
            senior,
            columns.get(row, "organisation").casefold(),
            columns.get(row, "unit").casefold(),
            grade,
            title.casefold(),
        )
        if key not in boxes:
            boxes[key] = _junior_box(table.source, row, columns, senior, title, grade, report)
            fte_of[key] = 0.0
        box = boxes[key]
        box.lines += (row.line,)
        fte_of[key] += _fte(table.source, row.line, fte_text, box, report)
        count.rows_placed += 1
    for box_key, box in boxes.items():
        total = round(fte_of[box_key], 4)
        _as_box(box, total)
        box.notes.insert(
            0,
            f"{fte_label(total)} from {len(box.lines)} rows of {box.source} "
            f"(lines {', '.join(map(str, box.lines))})",
        )
    return _number_boxes(list(boxes.values()))


def _decimal_comma(table: Table) -> bool:
    return uses_decimal_commas(cell for row in table.rows for cell in row.cells)


def _is_total(row: Row) -> bool:
    return any(marker(row.cell(i)) in TOTALS for i in range(min(len(row.cells), 10)))


def _junior_box(
    source: str,
    row: Row,
    columns: _Columns,
    senior: str,
    title: str,
    grade: str,
    report: ImportReport,
) -> PostRow:
    if not senior:
        report.add(
            source,
            row.line,
            ProblemKind.MISSING_VALUE,
            f'"{title}" has no "Reporting Senior Post"; the box reports to nobody',
        )
    box = PostRow(
        source,
        row.line,
        "",
        title,
        grade=grade,
        organisation=columns.get(row, "organisation"),
        unit_path=_unit(columns.get(row, "unit")),
        reports_to=senior,
        manager_match=ManagerMatch.REF,
    )
    box.pay_range = _pay_range(
        box,
        row.line,
        columns.get(row, "payscale minimum"),
        columns.get(row, "payscale maximum"),
        "Payscale",
        report,
    )
    return box


def _as_box(post: PostRow, total: float) -> None:
    """`total` FTE as whole posts: 10.25 FTE is 11 posts of 0.93 FTE."""
    post.quantity = max(1, math.ceil(total - 1e-9))
    post.fte = total / post.quantity


def _number_boxes(boxes: list[PostRow]) -> list[PostRow]:
    per_senior: dict[str, int] = {}
    for box in boxes:
        n = per_senior[box.reports_to] = per_senior.get(box.reports_to, 0) + 1
        box.ref = f"{box.reports_to or 'TOP'}-J{n}"
    return boxes


def _unit(name: str) -> tuple[tuple[str, UnitKind], ...]:
    return () if name.casefold() in NOT_GIVEN else ((name, UnitKind.TEAM),)


def _fte(source: str, line: int, text: str, post: PostRow, report: ImportReport) -> float:
    fte = parse_fte(text, report.decimal_comma)
    if fte.doubt:
        report.add(source, line, ProblemKind.DOUBTFUL_NUMBER, f"FTE {fte.doubt}; correct it if not")
    if fte.value is not None:
        return fte.value
    if fte.value is None and not fte.unreadable:
        report.add(
            source,
            line,
            ProblemKind.MISSING_VALUE,
            f'"{post.title}" has no FTE ("{text or "blank"}"); 1 FTE is used',
        )
        return 1.0
    post.notes.append(f'FTE in the file: "{text}"')
    report.add(
        source,
        line,
        ProblemKind.UNREADABLE_NUMBER,
        f'FTE "{text[:40]}" cannot be read; '
        "1 FTE is used, and the text is kept in the post's notes",
    )
    return 1.0


def _pay_range(
    post: PostRow, line: int, low_text: str, high_text: str, label: str, report: ImportReport
) -> tuple[Decimal, Decimal] | None:
    """The (floor, ceiling) written, or None; an amount that cannot be read is listed and its
    text kept in the post's notes."""
    low = parse_money(low_text, report.decimal_comma)
    high = parse_money(high_text, report.decimal_comma)
    for bad in (low.unreadable, high.unreadable):
        if bad:
            report.add(
                post.source,
                line,
                ProblemKind.UNREADABLE_NUMBER,
                f'{label} "{bad[:40]}" is not an amount; the text is kept in the post\'s notes',
            )
            post.notes.append(f"{label} in the file: {low_text} - {high_text}")
    if low.value is None or high.value is None:
        return None
    return to_decimal(low.value), to_decimal(high.value)


def check_same_body(senior: Table, junior: Table, overrides: Sequence[str] = ()) -> None:
    """Refuse a junior file of another organisation: its rows would hang under strangers."""
    named = []
    for table in (senior, junior):
        columns = _Columns(table, overrides)
        named.append(
            {
                text.casefold(): text
                for row in table.rows
                if marker(text := columns.get(row, "organisation")) not in NOT_GIVEN
            }
        )
    if named[0] and named[1] and not named[0].keys() & named[1].keys():
        raise ImportRefused(
            f'"{junior.source}" is of {_names(named[1])} but "{senior.source}" is of '
            f"{_names(named[0])}: import the senior and junior files of one organisation."
        )


def _names(found: dict[str, str]) -> str:
    return ", ".join(sorted(found.values())[:3]) + (" and others" if len(found) > 3 else "")


def check_pair(tables: Sequence[Table]) -> tuple[Table, Table | None]:
    """The senior table and the junior one (if given), whichever order they came in."""
    senior = [t for t in tables if is_senior(t.headers)]
    junior = [t for t in tables if is_junior(t.headers)]
    if len(senior) != 1 or len(junior) > 1 or len(senior) + len(junior) != len(tables):
        names = ", ".join(f'"{t.source}"' for t in tables)
        raise ImportRefused(
            f'An organogram import needs one senior-staff CSV (with "Post Unique '
            f'Reference") and at most one junior-staff CSV; got {names}.'
        )
    return senior[0], (junior[0] if junior else None)
