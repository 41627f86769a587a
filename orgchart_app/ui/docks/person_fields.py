"""A postholder's fields as the People dock shows and reads them: text in, a value or a sentence
saying what was expected out. No Qt here, so the reading rules are plain to test and to reuse."""

from __future__ import annotations

from orgchart_app.domain import ContractKind, Postholder
from orgchart_app.domain.wording import fte_label
from orgchart_app.ui.docks.record_fields import (
    RecordField,
    Unreadable,
    date_text,
    read_date,
    read_money,
    read_number,
    read_plain,
    read_whole,
)

CONTRACT_LABELS: dict[ContractKind, str] = {
    ContractKind.PERMANENT: "permanent",
    ContractKind.FIXED_TERM: "fixed term",
    ContractKind.SECONDMENT_IN: "secondment in",
    ContractKind.SECONDMENT_OUT: "secondment out",
    ContractKind.AGENCY: "agency or interim",
}


PERSON_FIELDS: tuple[RecordField, ...] = (
    RecordField("Name", "name", "name", read_plain),
    RecordField("Employee number", "employee_number", "employee number", read_plain),
    RecordField("FTE held", "fte", "FTE held", read_number, "1 or 0.5"),
    RecordField(
        "Contract ends", "contract_end", "contract end date", read_date, "fixed term, secondment"
    ),
    RecordField(
        "Service from", "service_start", "continuous service start", read_date, "dd/mm/yyyy"
    ),
    RecordField("Date of birth", "date_of_birth", "date of birth", read_date, "only if needed"),
    RecordField("Age", "age", "age", read_whole, "if no date of birth"),
    RecordField("Salary", "salary", "salary", read_money, "if not the post's"),
    RecordField("Spinal point", "spinal_point", "spinal point", read_whole),
    RecordField(
        "Pension strain", "pension_strain", "pension strain", read_money, "the fund's figure"
    ),
    RecordField("Notes", "notes", "notes", read_plain),
)


def person_line(person: Postholder) -> str:
    """A row of the People list: who, then the FTE held and the contract (and when it ends)."""
    number = f" ({person.employee_number})" if person.employee_number else ""
    name = person.name or "(no name)"
    contract = CONTRACT_LABELS[person.contract]
    if person.contract_end is not None:
        contract += f" to {date_text(person.contract_end)}"
    return f"{name}{number}\n{fte_label(person.fte)}, {contract}"


def holders_text(people: list[Postholder]) -> str:
    """The properties panel's line: the postholders' names, or that nobody is recorded."""
    if not people:
        return "nobody recorded"
    return "; ".join(f"{p.name or p.employee_number} ({fte_label(p.fte)})" for p in people)


__all__ = ["PERSON_FIELDS", "Unreadable", "date_text", "holders_text", "person_line"]
