"""The fields an import knows, and the headers that name each of them in the lists HR teams keep."""

from __future__ import annotations

import enum

from orgchart_app.importers.line_headers import LINE_HEADERS


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
    # Which release (a dated snapshot) of a file holding several the row belongs to.
    RELEASE = "release"
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
    Field.RELEASE: (
        "release",
        "release date",
        "date",
        "snapshot date",
        "snapshot",
        "as at",
        "as at date",
        "reporting date",
        "publication date",
        "data date",
        "period",
    ),
    **{Field(value): headers for value, headers in LINE_HEADERS.items()},
}
