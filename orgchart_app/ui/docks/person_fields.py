"""A postholder's fields as the People dock shows and reads them: text in, a value or a sentence
saying what was expected out. No Qt here, so the reading rules are plain to test and to reuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from orgchart_app.domain import ContractKind, Postholder
from orgchart_app.domain.wording import fte_label

# What a field's text reads as: the value, or the sentence telling the user what was expected.
Reader = Callable[[str], Any]


class Unreadable(ValueError):
    """The text is not a value of the field's kind; str() is the sentence to show."""


CONTRACT_LABELS: dict[ContractKind, str] = {
    ContractKind.PERMANENT: "permanent",
    ContractKind.FIXED_TERM: "fixed term",
    ContractKind.SECONDMENT_IN: "secondment in",
    ContractKind.SECONDMENT_OUT: "secondment out",
    ContractKind.AGENCY: "agency or interim",
}


def date_text(day: dt.date | None) -> str:
    # Day first: the way the UK users of the designer write dates.
    return "" if day is None else day.strftime("%d/%m/%Y")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _plain(text: str, what: str) -> str:
    return text.strip()


def _date(text: str, what: str) -> dt.date | None:
    # The importers' reading of a typed date or amount; imported when a field is edited, not
    # at start (the importers package loads the spreadsheet readers' code).
    from orgchart_app.importers.values import parse_date

    read = parse_date(text)
    if read.unreadable:
        raise Unreadable(f'The {what} must be a date such as 31/03/2021 (got "{text.strip()}").')
    return read.value


def _fte(text: str, what: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise Unreadable(f'The {what} must be a number such as 1 or 0.5 (got "{text}").') from None


def _whole(text: str, what: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        raise Unreadable(f'The {what} must be a whole number such as 23 (got "{text}").')
    return int(text)


def _money(text: str, what: str) -> Decimal | None:
    from orgchart_app.importers.values import parse_money, to_decimal

    read = parse_money(text)
    if read.unreadable:
        raise Unreadable(f'The {what} must be an amount such as £31,346 (got "{text.strip()}").')
    return None if read.value is None else to_decimal(read.value)


@dataclass(frozen=True, slots=True)
class PersonField:
    label: str
    attribute: str
    # Lower case, as a message names the field mid-sentence.
    what: str
    read: Callable[[str, str], Any]
    placeholder: str = ""

    def text(self, person: Postholder) -> str:
        return _text(getattr(person, self.attribute))

    def changed(self, person: Postholder, text: str) -> Postholder | None:
        """The person with `text` read into this field; None when that changes nothing.
        Raises Unreadable with the sentence to show."""
        value = self.read(text, self.what)
        if value == getattr(person, self.attribute):
            return None
        return dataclasses.replace(person, **{self.attribute: value})


PERSON_FIELDS: tuple[PersonField, ...] = (
    PersonField("Name", "name", "name", _plain),
    PersonField("Employee number", "employee_number", "employee number", _plain),
    PersonField("FTE held", "fte", "FTE held", _fte, "1 or 0.5"),
    PersonField(
        "Contract ends", "contract_end", "contract end date", _date, "fixed term, secondment"
    ),
    PersonField("Service from", "service_start", "continuous service start", _date, "dd/mm/yyyy"),
    PersonField("Date of birth", "date_of_birth", "date of birth", _date, "only if needed"),
    PersonField("Age", "age", "age", _whole, "if no date of birth"),
    PersonField("Salary", "salary", "salary", _money, "if not the post's"),
    PersonField("Spinal point", "spinal_point", "spinal point", _whole),
    PersonField("Pension strain", "pension_strain", "pension strain", _money, "the fund's figure"),
    PersonField("Notes", "notes", "notes", _plain),
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
