"""Which column holds what: the fields an import knows, header recognition, and the mapping."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.line_headers import LINE_HEADERS, guess_line_field


class Field(str, enum.Enum):
    # A str enum hashes as fast as a string: imports look fields up millions of times.
    IGNORE = "ignore"
    POST_REF = "post_ref"
    TITLE = "title"
    GRADE = "grade"
    FTE = "fte"
    QUANTITY = "quantity"
    REPORTS_TO = "reports_to"
    REPORTS_TO_REF = "reports_to_ref"
    REPORTS_TO_NAME = "reports_to_name"
    ORGANISATION = "organisation"
    DEPLOYED_TO = "deployed_to"
    DEPARTMENT = "department"
    DIRECTORATE = "directorate"
    TEAM = "team"
    UNIT_PATH = "unit_path"
    VACANT = "vacant"
    COST_CODE = "cost_code"
    SALARY = "salary"
    SPINAL_POINT = "spinal_point"
    FUNDING_SOURCE = "funding_source"
    END_DATE = "end_date"
    HOLDER_NAME = "holder_name"
    EMPLOYEE_NUMBER = "employee_number"
    CONTRACT = "contract"
    CONTRACT_END = "contract_end"
    SERVICE_START = "service_start"
    DATE_OF_BIRTH = "date_of_birth"
    NOTES = "notes"
    DOTTED_LINE = "dotted_line"
    DOTTED_KIND = "dotted_line_kind"
    DOTTED_SHARE = "dotted_line_share"
    DOTTED_INTERIM = "dotted_line_interim"

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


_LABELS = {
    Field.IGNORE: "(ignore)",
    Field.POST_REF: "Post number",
    Field.TITLE: "Job title",
    Field.FTE: "FTE",
    Field.REPORTS_TO: "Reports to (number or name)",
    Field.REPORTS_TO_REF: "Reports to (post number)",
    Field.REPORTS_TO_NAME: "Reports to (name)",
    Field.ORGANISATION: "Organisation / employer",
    Field.UNIT_PATH: "Unit path (A > B > C)",
    Field.VACANT: "Vacant / status",
    Field.HOLDER_NAME: "Postholder name",
    Field.DOTTED_LINE: "Dotted line to (post number, share)",
}

# Normalised headers (lower case, words only) people use for each field, most common first.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.POST_REF: (
        "post ref",
        "post reference",
        "post number",
        "post no",
        "post id",
        "position number",
        "position no",
        "position id",
        "position ref",
        "post unique reference",
        "establishment ref",
        "establishment number",
        "post code ref",
        "ref",
        "reference",
        "id",
        "unique id",
        "position code",
        "node id",
        "key",
    ),
    Field.TITLE: (
        "job title",
        "title",
        "post title",
        "position title",
        "role",
        "role title",
        "job",
        "position",
        "designation",
        "generic job title",
        "post",
        "position name",
        "job name",
        "post name",
    ),
    Field.GRADE: (
        "grade",
        "band",
        "pay grade",
        "pay band",
        "grade or equivalent",
        "afc band",
        "grade band",
    ),
    Field.FTE: (
        "fte",
        "wte",
        "full time equivalent",
        "number of posts in fte",
        "fte budgeted",
        "budgeted fte",
        "contracted fte",
        "post fte",
    ),
    Field.QUANTITY: ("quantity", "number of posts", "no of posts", "posts", "count"),
    Field.REPORTS_TO: (
        "reports to",
        "reporting to",
        "manager",
        "line manager",
        "reports to senior post",
        "reporting senior post",
    ),
    Field.REPORTS_TO_REF: (
        "reports to post",
        "reports to post number",
        "reports to post ref",
        "manager post number",
        "manager post ref",
        "manager position number",
        "line manager post",
        "line manager post number",
        "parent post",
        "reports to position",
        "reports to position number",
        "reports to ref",
        "manager ref",
        "parent id",
        "parent",
        "pid",
        "parent position",
        "parent position number",
        "parent position id",
        "parent post",
        "supervisor position",
        "manager position",
        "manager id",
        "reports to id",
        "chief position",
        "parent node",
    ),
    Field.REPORTS_TO_NAME: (
        "manager name",
        "line manager name",
        "reports to name",
        "supervisor",
        "supervisor name",
    ),
    Field.ORGANISATION: (
        "organisation",
        "organization",
        "employer",
        "employing organisation",
        "employing organization",
        "company",
        "legal entity",
        "employing body",
    ),
    Field.DEPLOYED_TO: ("deployed to", "deployment", "deployed", "host organisation"),
    Field.DEPARTMENT: ("department", "dept", "division"),
    Field.DIRECTORATE: ("directorate", "service area", "pillar", "sub directorate"),
    Field.TEAM: (
        "team",
        "section",
        "unit",
        "service",
        "sub team",
        "team name",
        "org unit",
        "organisational unit",
        "organizational unit",
        "organisation unit",
        "organization unit",
        "org unit name",
    ),
    Field.UNIT_PATH: ("unit path", "structure", "hierarchy"),
    Field.VACANT: ("vacant", "vacancy", "status", "post status", "vacant y n", "filled vacant"),
    Field.SPINAL_POINT: ("spinal point", "scp", "spinal column point", "pay point"),
    Field.FUNDING_SOURCE: ("funding source", "funded by", "funding", "source of funding"),
    # A post's end date; a contract's end date is the person's (CONTRACT_END): no header is both.
    Field.END_DATE: (
        "end date",
        "fixed term end date",
        "fixed term until",
        "temporary until",
        "post end date",
    ),
    Field.COST_CODE: ("cost centre", "cost center", "cost code", "budget code", "cost centre code"),
    Field.SALARY: (
        "salary",
        "annual salary",
        "pay",
        "actual salary",
        "basic pay",
        "fte salary",
        "salary gbp",
    ),
    Field.HOLDER_NAME: (
        "name",
        "employee name",
        "postholder",
        "post holder",
        "full name",
        "employee",
        "staff name",
        "incumbent",
        "postholder name",
    ),
    Field.EMPLOYEE_NUMBER: (
        "employee number",
        "employee no",
        "employee id",
        "staff number",
        "staff id",
        "payroll number",
        "assignment number",
        "person number",
    ),
    Field.CONTRACT: ("contract", "contract type", "employment type", "contract status"),
    Field.CONTRACT_END: (
        "contract end",
        "contract end date",
        "fixed term end",
        "contract expiry date",
    ),
    Field.SERVICE_START: (
        "continuous service date",
        "continuous service start",
        "continuous service start date",
        "service start date",
        "continuous service",
        "cs date",
    ),
    Field.DATE_OF_BIRTH: ("date of birth", "dob", "birth date"),
    Field.NOTES: ("notes", "comments", "comment", "remarks"),
    **{Field(value): headers for value, headers in LINE_HEADERS.items()},
}
# Fields a column may hold however many other columns hold it too.
_REPEATABLE = frozenset({Field.IGNORE, Field.NOTES})


def normalise(header: str) -> str:
    """Lower case, words only: "Post No." -> "post no", and camelCase "parentId" -> "parent id"."""
    words = _CAMEL.sub(" ", header.replace("£", "")).casefold()
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
            column, sep, field = text.partition("=")
            if not sep or not column.strip():
                raise ImportRefused(
                    f'"{text}" is not a mapping: write it as column=field, '
                    'for example "Position No=post_ref".'
                )
            mapping = mapping.with_field(mapping.column(column), field_named(field or "ignore"))
        return mapping

    def describe(self) -> list[str]:
        return [f"{h} -> {f.label}" for h, f in zip(self.headers, self.fields, strict=True)]


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
