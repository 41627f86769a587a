"""People in the proposal file: every personal field kept, older files upgraded, and a copy
stripped of them with nothing personal left anywhere in its bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from orgchart_app.domain import ContractKind, Proposal
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.tables import Table
from orgchart_app.storage import SCHEMA_VERSION, open_proposal, save_proposal
from tests.cli.helpers import orgchart

# Words found nowhere else in a proposal, so a byte search for them can only hit personal data.
NAME, NUMBER, NOTE = "Zebedee Quartermaine", "EMP-98765", "Phased return agreed"
BIRTH, SERVICE = dt.date(1968, 2, 29), dt.date(1991, 9, 2)


def with_person(proposal: Proposal) -> Proposal:
    people = proposal.copy()
    post_id = next(iter(people.posts))
    person = Postholder(
        people.next_id(Table.POSTHOLDERS),
        post_id,
        NAME,
        NUMBER,
        fte=0.6,
        contract=ContractKind.FIXED_TERM,
        contract_end=dt.date(2027, 3, 31),
        service_start=SERVICE,
        date_of_birth=BIRTH,
        age=None,
        salary=Decimal(41418),
        spinal_point=37,
        pension_strain=Decimal("23456.78"),
        notes=NOTE,
    )
    people.postholders[person.id] = person
    return people


def test_every_personal_field_survives_a_save(bury: Proposal, tmp_path: Path) -> None:
    people = with_person(bury)
    save_proposal(people, tmp_path / "p.sqlite")
    again = open_proposal(tmp_path / "p.sqlite").proposal
    assert again.postholders == people.postholders


def test_a_version_4_file_opens_with_people_as_permanent_full_time(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:  # make it what version 4 wrote: a name and a number
        for column in (
            "fte",
            "contract",
            "contract_end",
            "service_start",
            "date_of_birth",
            "age",
            "salary",
            "spinal_point",
            "pension_strain",
            "notes",
        ):
            db.execute(f"ALTER TABLE postholder DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 4")
    opened = open_proposal(path)
    assert opened.schema_version == 4 and opened.migrated
    assert opened.proposal.postholders == {
        key: dataclasses.replace(holder) for key, holder in bury.postholders.items()
    }
    assert all(
        h.contract is ContractKind.PERMANENT and h.fte == 1.0
        for h in opened.proposal.postholders.values()
    )
    assert SCHEMA_VERSION == 9


def test_strip_people_leaves_no_personal_field_in_the_bytes(bury: Proposal, tmp_path: Path) -> None:
    source, stripped = tmp_path / "with.sqlite", tmp_path / "without.sqlite"
    save_proposal(with_person(bury), source)
    raw = source.read_bytes()
    secrets = [NAME, NUMBER, NOTE, BIRTH.isoformat(), SERVICE.isoformat()]
    secrets += [h.name for h in bury.postholders.values() if h.name]
    assert all(s.encode() in raw for s in secrets)  # the search can find them
    result = orgchart("strip-people", source, "-o", stripped)
    assert result.returncode == 0, result.stderr
    assert "people removed" in result.stdout
    data = stripped.read_bytes()
    assert [s for s in secrets if s.encode() in data] == []
    with sqlite3.connect(stripped) as db:
        assert db.execute("SELECT count(*) FROM postholder").fetchone() == (0,)
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)
    copy = open_proposal(stripped).proposal
    assert copy.posts == bury.posts and copy.postholders == {}
    assert source.read_bytes() == raw  # the original is never touched


def test_strip_people_refuses_to_write_over_its_input(bury: Proposal, tmp_path: Path) -> None:
    source = tmp_path / "with.sqlite"
    save_proposal(with_person(bury), source)
    before = source.read_bytes()
    result = orgchart("strip-people", source, "-o", source)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert source.read_bytes() == before
