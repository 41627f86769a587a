"""The person columns of an establishment list: contract, service, birth and spinal point."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from orgchart_app.domain.enums import ContractKind, PostStatus
from orgchart_app.importers.fields import Field
from orgchart_app.importers.records import NO_FACTS, PersonFacts, PostRow
from orgchart_app.importers.values import is_vacant_name

# Words HR systems export for each kind of contract, normalised to lower case and spaces.
_CONTRACTS: dict[str, ContractKind] = {
    "permanent": ContractKind.PERMANENT,
    "perm": ContractKind.PERMANENT,
    "fixed term": ContractKind.FIXED_TERM,
    "fixed term contract": ContractKind.FIXED_TERM,
    "temporary": ContractKind.FIXED_TERM,
    "ftc": ContractKind.FIXED_TERM,
    "secondment in": ContractKind.SECONDMENT_IN,
    "seconded in": ContractKind.SECONDMENT_IN,
    "secondment out": ContractKind.SECONDMENT_OUT,
    "seconded out": ContractKind.SECONDMENT_OUT,
    "agency": ContractKind.AGENCY,
    "interim": ContractKind.AGENCY,
}
_UK_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")

PERSON_FIELDS = (
    Field.CONTRACT,
    Field.CONTRACT_END,
    Field.SERVICE_START,
    Field.DATE_OF_BIRTH,
    Field.SPINAL_POINT,
)
_FILLED = PostStatus.FILLED  # looked up once: an enum member is a descriptor call in 3.11
# (what, text, instead): the row reader's way of listing an unreadable value.
Unreadable = Callable[[str, str, str], None]


def parse_date(text: str) -> dt.date | None:
    """An ISO date (2021-04-01) or a UK one (01/04/2021); None when it is neither."""
    try:
        return (
            dt.date.fromisoformat(text[:10])
            if len(text) >= 10 and text[4] == "-"
            else _uk_date(text)
        )
    except ValueError:
        return None


def _uk_date(text: str) -> dt.date | None:
    match = _UK_DATE.fullmatch(text.strip())
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    return dt.date(year, month, day)


def person_facts(texts: Mapping[Field, str], unreadable: Unreadable) -> PersonFacts:
    """The person's facts from a row's cells (by field; blank ones left out); anything
    unreadable is listed (the spinal point by the post's reading) and left out, never guessed."""
    if texts.keys().isdisjoint(PERSON_FIELDS):
        return NO_FACTS  # most rows: one shared record, not 50,000 alike
    contract = ContractKind.PERMANENT
    if given := texts.get(Field.CONTRACT, ""):
        found = _CONTRACTS.get(" ".join(re.sub(r"[^a-z]+", " ", given.casefold()).split()))
        if found is None:
            unreadable("Contract", given, "the person is taken as permanent")
        contract = found or contract
    dates = {}
    for field, what in (
        (Field.CONTRACT_END, "Contract end"),
        (Field.SERVICE_START, "Continuous service date"),
        (Field.DATE_OF_BIRTH, "Date of birth"),
    ):
        if given := texts.get(field, ""):
            dates[field] = parse_date(given)
            if dates[field] is None:
                unreadable(what, given, "it is left blank")
    point = None
    if given := texts.get(Field.SPINAL_POINT, ""):
        # An unreadable one is not listed here: the post's reading of the same cell lists it
        # (establishment.pay_terms), and one cell is one problem.
        point = int(given) if given.isdigit() and int(given) < 100_000 else None
    return PersonFacts(
        contract,
        dates.get(Field.CONTRACT_END),
        dates.get(Field.SERVICE_START),
        dates.get(Field.DATE_OF_BIRTH),
        point,
    )


def gather_people(rows: Sequence[PostRow]) -> tuple[list[PostRow], dict[int, list[PostRow]]]:
    """One post for the rows of one post number: a file with a row per person repeats the post
    number and title for each holder of a shared post. A repeat with another title is another
    post (the duplicate reference is renamed and listed, as before); the rows kept come with,
    by their index, the further rows whose people they gather."""
    refs = [row.ref for row in rows]
    if len(set(refs)) == len(refs):
        return list(rows), {}  # no number on two rows: nothing to gather (most lists)
    kept: list[PostRow] = []
    extra: dict[int, list[PostRow]] = {}
    # The first row of each number that holds a person: holders gather there, so a vacant row
    # before them is a vacancy of its own, as one after them is, whatever the file's order.
    first_held: dict[str, int] = {}
    for row in rows:
        if not (row.ref and holds_person(row)):
            kept.append(row)
            continue
        index = first_held.get(row.ref)
        if index is not None and kept[index].title.casefold() == row.title.casefold():
            extra.setdefault(index, []).append(row)
            continue
        first_held.setdefault(row.ref, len(kept))
        kept.append(row)
    return kept, extra


def holds_person(row: PostRow) -> bool:
    return bool(row.holder) and row.status is _FILLED and not is_vacant_name(row.holder)
