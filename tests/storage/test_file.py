"""The proposal file: round trips, read-only open, atomic save, refusals and migration."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused, Proposal
from orgchart_app.domain.ids import DocumentId, ProvenanceId
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.storage import APPLICATION_ID, SCHEMA_VERSION, open_proposal, save_proposal

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_then_open_gives_the_same_proposal(bury: Proposal, tmp_path: Path) -> None:
    target = tmp_path / "bury.sqlite"
    info = save_proposal(bury, target)
    opened = open_proposal(target)
    assert info.revision == bury.info.revision + 1
    assert opened.proposal.info == info
    assert opened.proposal.snapshot()[1:] == bury.snapshot()[1:]
    assert opened.schema_version == SCHEMA_VERSION


def test_the_file_is_plain_sqlite_with_our_marks(bury: Proposal, tmp_path: Path) -> None:
    target = tmp_path / "bury.sqlite"
    save_proposal(bury, target)
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        titles = {row[0] for row in db.execute("SELECT title FROM post")}
    assert "Senior Integrated Commissioning Manager" in titles


def test_open_never_writes_to_the_file(bury_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / bury_file.name
    shutil.copy2(bury_file, copy)
    copy.chmod(0o444)  # a read-only file (a shared drive without write access) still opens
    before = (digest(copy), copy.stat().st_mtime_ns)
    open_proposal(copy)
    assert (digest(copy), copy.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [copy.name]


def test_save_replaces_atomically_and_leaves_no_temporary_files(
    bury: Proposal, tmp_path: Path
) -> None:
    target = tmp_path / "bury.sqlite"
    target.write_bytes(b"the old version")
    save_proposal(bury, target)
    assert open_proposal(target).proposal.posts == bury.posts
    assert [p.name for p in tmp_path.iterdir()] == ["bury.sqlite"]


def test_a_failed_save_leaves_the_original_untouched(bury: Proposal, tmp_path: Path) -> None:
    target = tmp_path / "bury.sqlite"
    save_proposal(bury, target)
    before = digest(target)
    with pytest.raises(FileRefused, match="Could not save .*Nothing on disk was changed"):
        save_proposal(bury, tmp_path / "missing-folder" / "bury.sqlite")
    assert digest(target) == before


def _refusal(path: Path) -> str:
    with pytest.raises(FileRefused) as refused:
        open_proposal(path)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite"
    path.write_bytes(b"PK\x03\x04 this is really a spreadsheet" * 10)
    assert "not a SQLite database" in _refusal(path)


def test_empty_and_missing_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.sqlite").touch()
    assert "is empty" in _refusal(tmp_path / "empty.sqlite")
    assert "does not exist" in _refusal(tmp_path / "nowhere.sqlite")
    assert "is a folder" in _refusal(tmp_path)


def test_a_truncated_file_is_refused(bury_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite"
    path.write_bytes(bury_file.read_bytes()[: 3 * 4096 + 100])
    assert "is truncated" in _refusal(path)


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE things (x)")
    assert "not an org chart proposal" in _refusal(path)


def test_a_file_from_a_newer_version_is_refused_with_both_versions(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "future.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    message = _refusal(path)
    assert "newer version" in message and str(SCHEMA_VERSION + 5) in message


@pytest.mark.parametrize(
    "statement, expected",
    [
        (
            "CREATE TRIGGER sneaky AFTER INSERT ON post BEGIN DELETE FROM unit; END",
            "contains a trigger",
        ),
        ("CREATE VIEW v AS SELECT * FROM post", "contains a view"),
        ("CREATE TABLE payload (x)", "contains a table"),
    ],
)
def test_files_carrying_code_or_foreign_tables_are_refused(
    bury: Proposal, tmp_path: Path, statement: str, expected: str
) -> None:
    path = tmp_path / "crafted.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.execute(statement)
    assert expected in _refusal(path)


def test_a_broken_reference_is_refused(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE post SET unit_id = 9999 WHERE post_ref = 'BC-1050'")
    assert (
        'post 14 ("Head of Adult Safeguarding"), field "unit_id": there is no unit 9999'
        in _refusal(path)
    )


def test_a_wrongly_typed_value_is_refused(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "typed.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE post SET fte = 'lots' WHERE post_ref = 'BC-1050'")
    assert "post 14, field \"fte\": the text 'lots' where a number belongs" in _refusal(path)


def test_a_version_1_file_is_migrated_in_memory_only(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy2(FIXTURES / "proposal_v1.sqlite", path)
    before = digest(path)
    opened = open_proposal(path)
    assert opened.schema_version == 1 and opened.migrated
    proposal = opened.proposal
    assert proposal.info.title == "Version 1 proposal" and proposal.info.revision == 7
    (line,) = proposal.dotted_lines.values()
    assert line.share_percent == 10.0 and line.label == "10% MHCC"  # recovered from v1's note
    officer = next(p for p in proposal.posts.values() if p.post_ref == "MCC-031")
    assert (officer.quantity, officer.fte, officer.status.value) == (16, 0.5, "vacant")
    assert [h.name for h in proposal.postholders.values()] == ["Bernadette Enright"]
    assert digest(path) == before
    # Saving writes the current format; the next open needs no migration.
    save_proposal(proposal, path)
    assert open_proposal(path).schema_version == SCHEMA_VERSION


def test_rates_keep_every_decimal_place(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "rates.sqlite"
    save_proposal(bury, path)
    rules = open_proposal(path).proposal.on_cost_rules.values()
    nhs = next(r for r in rules if r.pension_scheme == "NHS Pension Scheme")
    assert (str(nhs.ni_rate), str(nhs.pension_rate), str(nhs.pension_full_rate)) == (
        "0.138",
        "0.1438",
        "0.2068",
    )


def test_a_version_2_file_gains_the_pension_full_rate_as_none(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "v2.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:  # what version 2 of the designer wrote
        _back_to_version_3(db)
        db.execute("ALTER TABLE on_cost_rule DROP COLUMN pension_full_rate")
        db.execute("PRAGMA user_version = 2")
    before = digest(path)
    opened = open_proposal(path)
    assert opened.schema_version == 2 and opened.migrated
    rules = list(opened.proposal.on_cost_rules.values())
    assert rules and all(r.pension_full_rate is None for r in rules)
    assert [r.pension_rate for r in rules] == [r.pension_rate for r in bury.on_cost_rules.values()]
    assert digest(path) == before


V4_COLUMNS = {
    "post": ("end_date", "funding_source", "spinal_point"),
    "budget_line": ("kind", "year", "funding_source", "recurrent", "post_refs", "subjective_codes"),
}


# Version 5's people fields of a postholder (tests/people checks what they read as).
V5_COLUMNS = {
    "postholder": (
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
    )
}


def _back_to_version_8(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE budget_line DROP COLUMN recurrence_assumed")  # version 9's
    db.execute("PRAGMA user_version = 8")


def _back_to_version_7(db: sqlite3.Connection) -> None:
    _back_to_version_8(db)
    db.execute("DROP TABLE provenance")  # version 8's stated and assumed values
    db.execute("DROP TABLE document")
    db.execute("PRAGMA user_version = 7")


def _back_to_version_6(db: sqlite3.Connection) -> None:
    _back_to_version_7(db)
    for table in ("outcome", "pool", "consultation"):  # version 7's people side of a change
        db.execute(f"DROP TABLE {table}")
    db.execute("PRAGMA user_version = 6")


def _back_to_version_5(db: sqlite3.Connection) -> None:
    _back_to_version_6(db)
    db.execute("DROP TABLE recommendation_item")  # version 6's worded recommendations
    db.execute("PRAGMA user_version = 5")


def test_provenance_is_kept_in_the_file_and_a_version_6_file_opens_without_it(
    bury: Proposal, tmp_path: Path
) -> None:
    document = Document(DocumentId(1), "Report to HR & Appeals Panel, 25 March 2021", "seed.txt")
    post_id = min(bury.posts)
    bury.documents = {document.id: document}
    bury.provenance = {
        ProvenanceId(1): Provenance(
            ProvenanceId(1), "posts", post_id, "", Basis.STATED, document.id, "s.5.3"
        ),
        ProvenanceId(2): Provenance(
            ProvenanceId(2), "posts", post_id, "grade", Basis.ASSUMED, reason="no grade given"
        ),
    }
    path = tmp_path / "v7.sqlite"
    save_proposal(bury, path)
    reopened = open_proposal(path).proposal
    assert (reopened.documents, reopened.provenance) == (bury.documents, bury.provenance)
    with sqlite3.connect(path) as db:  # what version 6 of the designer wrote
        _back_to_version_6(db)
    opened = open_proposal(path)
    assert opened.schema_version == 6 and opened.migrated
    assert opened.proposal.provenance == {} and opened.proposal.posts == bury.posts


def _back_to_version_3(db: sqlite3.Connection) -> None:
    _back_to_version_5(db)
    for table, columns in (V5_COLUMNS | V4_COLUMNS).items():
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.execute("PRAGMA user_version = 3")


def test_a_version_6_file_reads_every_budget_line_s_recurrence_as_stated(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "v6.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:  # what version 6 of the designer wrote
        _back_to_version_6(db)
    lines = _opened_unchanged(path, 6).budget_lines
    assert lines and not any(line.recurrence_assumed for line in lines.values())
    # Version 6 could not say a recurrence was assumed; everything else reads back the same.
    assert lines == {
        key: dataclasses.replace(line, recurrence_assumed=False)
        for key, line in bury.budget_lines.items()
    }


def _opened_unchanged(path: Path, version: int) -> Proposal:
    """The older file, migrated in memory; the file itself as it was."""
    before = digest(path)
    opened = open_proposal(path)
    assert opened.schema_version == version and opened.migrated
    assert digest(path) == before
    return opened.proposal


def test_a_version_5_file_opens_with_no_worded_recommendations(
    bury: Proposal, tmp_path: Path
) -> None:
    path = tmp_path / "v5.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:  # what version 5 of the designer wrote
        _back_to_version_5(db)
    before = digest(path)
    opened = open_proposal(path)
    assert opened.schema_version == 5 and opened.migrated
    assert bury.recommendation_items and opened.proposal.recommendation_items == {}
    assert opened.proposal.posts == bury.posts
    assert digest(path) == before
    save_proposal(opened.proposal, path)
    assert open_proposal(path).schema_version == SCHEMA_VERSION


def test_a_version_3_file_gains_budget_years_and_funding(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    save_proposal(bury, path)
    with sqlite3.connect(path) as db:  # what version 3 of the designer wrote
        _back_to_version_3(db)
    before = digest(path)
    opened = open_proposal(path)
    assert opened.schema_version == 3 and opened.migrated
    lines = list(opened.proposal.budget_lines.values())
    assert [line.kind.value for line in lines] == ["budget"] * 3 + ["adjustment"] * 2
    assert all(line.year == "" and line.recurrent and not line.subjective_codes for line in lines)
    assert all(
        p.end_date is None and p.funding_source == "" for p in opened.proposal.posts.values()
    )
    assert opened.proposal.recommendation_items == {}  # 5 -> 6: the table, empty
    # 3 -> 4 -> 5: the people fields arrive too, each holder permanent and full time.
    assert [(h.name, h.contract.value, h.fte) for h in opened.proposal.postholders.values()] == [
        (h.name, "permanent", 1.0) for h in bury.postholders.values()
    ]
    assert digest(path) == before
