"""One row of any input format, read into the fields a post needs, before the proposal is built."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from orgchart_app.domain.enums import ContractKind, PostStatus, UnitKind


class ManagerMatch(enum.Enum):
    """How a 'reports to' cell names the manager."""

    AUTO = "auto"  # a post number if one matches, else a postholder's name, else a job title
    REF = "ref"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What a row says of the person holding the post, beyond the name and number."""

    contract: ContractKind = ContractKind.PERMANENT
    contract_end: dt.date | None = None
    service_start: dt.date | None = None
    date_of_birth: dt.date | None = None
    spinal_point: int | None = None


# The facts of a row that gives none (most rows): frozen, so one record serves them all.
NO_FACTS = PersonFacts()


@dataclass(slots=True)
class PostRow:
    source: str
    line: int
    ref: str
    title: str
    # Units below the organisation, top first, each with the kind its column implies.
    unit_path: tuple[tuple[str, UnitKind], ...] = ()
    organisation: str = ""
    deployed_to: str = ""
    grade: str = ""
    fte: float = 1.0
    quantity: int = 1
    reports_to: str = ""
    manager_match: ManagerMatch = ManagerMatch.AUTO
    status: PostStatus = PostStatus.FILLED
    cost_code: str = ""
    salary: Decimal | None = None
    spinal_point: int | None = None
    funding_source: str = ""
    end_date: dt.date | None = None
    holder: str = ""
    employee_number: str = ""
    # The dotted-line columns as written ("P120 (20%)", "matrix", "20%", "yes"); importers/dotted.py
    # reads them.
    dotted_line: str = ""
    dotted_kind: str = ""
    dotted_share: str = ""
    dotted_interim: str = ""
    person: PersonFacts = NO_FACTS
    notes: list[str] = field(default_factory=list)
    # The file lines this box stands for (an organogram junior box gathers several).
    lines: tuple[int, ...] = ()
    # A junior organogram row's payscale (minimum, maximum): kept on its grade.
    pay_range: tuple[Decimal, Decimal] | None = None
    # The post number was made up by the import (the file had none).
    generated_ref: bool = False

    @property
    def all_lines(self) -> tuple[int, ...]:
        return self.lines or (self.line,)
