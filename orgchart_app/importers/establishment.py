"""An establishment list (one row per post, or per person) read through a column mapping."""

from __future__ import annotations

import math
from typing import Final

from orgchart_app.domain import PostStatus
from orgchart_app.importers.columns import ColumnMapping
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.people import person_facts
from orgchart_app.importers.plain_rows import (
    MANAGER_COLUMNS,
    TOTAL_TITLES,
    Layout,
    cell_text,
    named_vacancy,
    plain_rows,
    transpose,
)
from orgchart_app.importers.progress import NO_PROGRESS, Progress
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind, SourceCount
from orgchart_app.importers.tables import Row, Table
from orgchart_app.importers.values import (
    Number,
    columns_use_decimal_commas,
    is_vacant_name,
    looks_like_formula,
    parse_date,
    parse_fte,
    parse_money,
    parse_quantity,
    parse_status,
    to_decimal,
)

_NO_NUMBER = Number(None)


def read_establishment(
    table: Table,
    mapping: ColumnMapping,
    report: ImportReport,
    manager_match: ManagerMatch | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    row_by_row: bool = False,
) -> list[PostRow]:
    """A PostRow for every data row that names a post; the others are listed as skipped.

    The plain rows are read a column at a time (plain_rows.py), the rest by the row reader;
    `row_by_row` reads every row with the row reader, the reading the columns must match."""
    if mapping.index_of(Field.TITLE) < 0 and mapping.index_of(Field.POST_REF) < 0:
        raise ImportRefused(
            f'"{table.source}" has no column recognised as the job title or the '
            "post number: say which one it is with --map COLUMN=title."
        )
    count = SourceCount(table.source, blank_lines=table.blank_lines, encoding=table.encoding)
    report.sources.append(count)
    columns = tuple(
        (field, index) for index, field in enumerate(mapping.fields) if field is not Field.IGNORE
    )
    numeric = [i for f, i in columns if f in (Field.FTE, Field.SALARY, Field.QUANTITY)]
    cells = transpose(table.rows)
    layout = Layout(
        table.source,
        mapping.headers,
        columns,
        any(field is Field.POST_REF for field, _ in columns),
        manager_match,
        # A column past every row's end is blank throughout, and blanks carry no vote.
        columns_use_decimal_commas(cells[i] for i in numeric if i < len(cells)),
    )
    plain, notices = (
        ([None] * len(table.rows), {}) if row_by_row else plain_rows(table.rows, cells, layout)
    )
    rows: list[PostRow] = []
    advance = progress.advance
    for row, post in zip(table.rows, plain, strict=True):
        advance()
        if post is None:
            post = _RowReader(layout, row, report).read()
            if post is None:
                continue
        elif row.line in notices:  # said here, so that the report lists it in the file's order
            report.add(table.source, row.line, ProblemKind.PERSON_LEFT_OUT, notices[row.line])
        rows.append(post)
    count.rows_read = len(table.rows)
    count.rows_placed = len(rows)
    count.rows_skipped = count.rows_read - count.rows_placed
    return rows


class _F:
    """The members the row reader asks for, looked up once: `Field.X` on an enum class is a
    descriptor call in Python 3.11 (about 0.1 microseconds), and each row asks for some thirty."""

    POST_REF: Final = Field.POST_REF
    TITLE: Final = Field.TITLE
    GRADE: Final = Field.GRADE
    FTE: Final = Field.FTE
    QUANTITY: Final = Field.QUANTITY
    ORGANISATION: Final = Field.ORGANISATION
    DEPLOYED_TO: Final = Field.DEPLOYED_TO
    DEPARTMENT: Final = Field.DEPARTMENT
    DIRECTORATE: Final = Field.DIRECTORATE
    TEAM: Final = Field.TEAM
    UNIT_PATH: Final = Field.UNIT_PATH
    VACANT: Final = Field.VACANT
    COST_CODE: Final = Field.COST_CODE
    SALARY: Final = Field.SALARY
    SPINAL_POINT: Final = Field.SPINAL_POINT
    FUNDING_SOURCE: Final = Field.FUNDING_SOURCE
    END_DATE: Final = Field.END_DATE
    HOLDER_NAME: Final = Field.HOLDER_NAME
    EMPLOYEE_NUMBER: Final = Field.EMPLOYEE_NUMBER
    NOTES: Final = Field.NOTES
    DOTTED_LINE: Final = Field.DOTTED_LINE
    DOTTED_KIND: Final = Field.DOTTED_KIND
    DOTTED_SHARE: Final = Field.DOTTED_SHARE
    DOTTED_INTERIM: Final = Field.DOTTED_INTERIM
    STATUS_FILLED: Final = PostStatus.FILLED
    STATUS_VACANT: Final = PostStatus.VACANT


class _RowReader:
    # One reader a row, 50,000 in a big file: slots make each cheaper to make and to read.
    __slots__ = (
        "decimal_comma",
        "has_ref_column",
        "manager_match",
        "notes",
        "report",
        "row",
        "source",
        "texts",
        "unit_path",
    )

    def __init__(self, layout: Layout, row: Row, report: ImportReport) -> None:
        self.source, self.row, self.report = layout.source, row, report
        self.decimal_comma = layout.decimal_comma
        self.manager_match = layout.manager_match
        self.has_ref_column = layout.has_ref_column
        self.unit_path = layout.unit_path
        self.notes: list[str] = []
        self.texts = texts = dict[Field, str]()
        cells, width = row.cells, len(row.cells)
        for field, index in layout.columns:
            # An empty cell (a third of a typical list) needs no cleaning.
            if index >= width or not (raw := cells[index]):
                continue
            value = cell_text(raw)
            if not value:
                continue
            if value[0] == "=" and looks_like_formula(value):
                self.problem(
                    ProblemKind.FORMULA,
                    f'column "{layout.headers[index]}" holds a '
                    f"formula ({value[:40]}); it is kept as plain text and never run",
                )
            # Several columns may hold notes: keep them all.
            if field in texts:
                texts[field] = f"{texts[field]}; {value}"
            else:
                texts[field] = value

    def problem(self, kind: ProblemKind, message: str) -> None:
        self.report.add(self.source, self.row.line, kind, message)

    def unreadable(
        self, what: str, text: str, instead: str, kind: str = "a number, or is out of range"
    ) -> None:
        self.notes.append(f'{what} in the file: "{text}"')
        self.problem(
            ProblemKind.UNREADABLE_NUMBER,
            f'{what} "{text[:40]}" is not {kind}; {instead}, and the text is kept in '
            "the post's notes",
        )

    def person_unreadable(self, what: str, text: str, instead: str) -> None:
        # Personal data: the value is named in the report but never copied into the post's notes.
        self.problem(
            ProblemKind.UNREADABLE_NUMBER, f'{what} "{text[:40]}" could not be read; {instead}'
        )

    def read(self) -> PostRow | None:
        get = self.texts.get  # sixteen fields of every row
        ref, title = get(_F.POST_REF, ""), get(_F.TITLE, "")
        if not title and not ref:
            self.problem(
                ProblemKind.SKIPPED, "no job title and no post number, so there is no post to place"
            )
            return None
        if not ref and title.casefold() in TOTAL_TITLES:
            self.problem(ProblemKind.SKIPPED, f'a "{title}" row, not a post')
            return None
        if self.has_ref_column and not ref:
            self.problem(
                ProblemKind.MISSING_VALUE,
                f'"{title}" has no post number; one is made '
                f"up from the line number (R{self.row.line})",
            )
        if not title:
            title = "Untitled post"
            self.problem(
                ProblemKind.MISSING_VALUE, f'post "{ref}" has no job title; it is called "{title}"'
            )
        post = PostRow(
            self.source,
            self.row.line,
            ref,
            title,
            grade=get(_F.GRADE, ""),
            cost_code=get(_F.COST_CODE, ""),
            organisation=get(_F.ORGANISATION, ""),
            deployed_to=get(_F.DEPLOYED_TO, ""),
            holder=get(_F.HOLDER_NAME, ""),
            employee_number=get(_F.EMPLOYEE_NUMBER, ""),
            dotted_line=get(_F.DOTTED_LINE, ""),
            dotted_kind=get(_F.DOTTED_KIND, ""),
            dotted_share=get(_F.DOTTED_SHARE, ""),
            dotted_interim=get(_F.DOTTED_INTERIM, ""),
            funding_source=get(_F.FUNDING_SOURCE, ""),
        )
        post.unit_path = self.unit_path(
            (
                get(_F.DEPARTMENT, ""),
                get(_F.DIRECTORATE, ""),
                get(_F.TEAM, ""),
                get(_F.UNIT_PATH, ""),
            )
        )
        post.person = person_facts(self.texts, self.person_unreadable)
        post.reports_to, post.manager_match = self.manager()
        post.status = self.status(post.holder)
        self.numbers(post)
        if note := self.texts.get(_F.NOTES, ""):
            self.notes.insert(0, note)
        post.notes = self.notes
        return post

    def manager(self) -> tuple[str, ManagerMatch]:
        for field, match in MANAGER_COLUMNS.items():
            if value := self.texts.get(field, ""):
                return value, self.manager_match or match
        return "", ManagerMatch.AUTO

    def status(self, holder: str) -> PostStatus:
        text = self.texts.get(_F.VACANT, "")
        status = parse_status(text)
        if status is None:
            self.notes.append(f'Status in the file: "{text}"')
            self.problem(
                ProblemKind.MISSING_VALUE,
                f'"{text[:40]}" is not a status the import '
                "knows (filled, vacant, held vacant); the post is taken as filled",
            )
            status = _F.STATUS_FILLED
        if status is _F.STATUS_FILLED and is_vacant_name(holder):
            return _F.STATUS_VACANT
        if status is not _F.STATUS_FILLED and holder and not is_vacant_name(holder):
            # The name is personal data: said to be there, never quoted.
            self.problem(ProblemKind.PERSON_LEFT_OUT, named_vacancy(status, text))
        return status

    def numbers(self, post: PostRow) -> None:
        get = self.texts.get
        fte_text = get(_F.FTE, "")
        fte = parse_fte(fte_text, self.decimal_comma)
        if fte.doubt:
            self.problem(ProblemKind.DOUBTFUL_NUMBER, f"FTE {fte.doubt}; correct it if not")
        if fte.unreadable:
            self.unreadable("FTE", fte.unreadable, "the post is taken as 1 FTE")
        quantity_text = get(_F.QUANTITY, "")
        quantity = parse_quantity(quantity_text) if quantity_text else _NO_NUMBER
        if quantity.unreadable:
            self.unreadable("Quantity", quantity.unreadable, "the box is taken as 1 post")
        post.quantity = int(quantity.value or 1)
        if fte.value is not None:
            post.fte = fte.value
            if fte.value > 1 and quantity.value is None:
                # "2.5" FTE on one row is several posts: spread it over whole posts.
                post.quantity = math.ceil(fte.value)
                post.fte = fte.value / post.quantity
                self.notes.append(f"{fte_text} FTE in the file, shown as {post.quantity} posts")
            elif fte.value > 1:
                self.unreadable("FTE", fte_text, "the post is taken as 1 FTE")
                post.fte = 1.0
        salary = parse_money(get(_F.SALARY, ""), self.decimal_comma)
        if salary.unreadable:
            self.unreadable("Salary", salary.unreadable, "the post has no salary")
        elif salary.value is not None:
            post.salary = to_decimal(salary.value)
        elif (given := get(_F.SALARY, "")) and given.casefold() not in ("", "-"):
            self.notes.append(f"Salary: {given}")
        self.pay_terms(post)

    def pay_terms(self, post: PostRow) -> None:
        # Most lists have neither column: a blank cell leaves the PostRow's None.
        if point_text := self.texts.get(_F.SPINAL_POINT, ""):
            point = parse_quantity(point_text)
            if point.unreadable:
                self.unreadable("Spinal point", point.unreadable, "the post has no spinal point")
            post.spinal_point = int(point.value) if point.value is not None else None
        if end_text := self.texts.get(_F.END_DATE, ""):
            self.end_date(post, end_text)

    def end_date(self, post: PostRow, text: str) -> None:
        end = parse_date(text)
        if end.unreadable:
            self.unreadable(
                "End date",
                end.unreadable,
                "the post is taken as permanent",
                "a date (31/03/2021 or 2021-03-31)",
            )
        post.end_date = end.value
