"""A new import's save writes its posts, postholders and provenance rows from the columns the
import made them from (domain/made_columns.py): the file is the one the records give, whatever
was imported, and the columns are used only while the tables hold those very records."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import FileRefused, Proposal, Table
from orgchart_app.importers import import_tables
from orgchart_app.importers.long_text import shorten_long_texts
from orgchart_app.importers.releases import ReleaseMode
from orgchart_app.importers.report import ProblemKind
from orgchart_app.importers.tables import Row
from orgchart_app.importers.tables import Table as SourceTable
from orgchart_app.storage import save_proposal
from tests.importers.files import ESTABLISHMENT_HEADER, establishment_rows, large_establishment

MADE = {Table.POSTS, Table.POSTHOLDERS, Table.PROVENANCE}


def _table(rows: list[list[object]], source: str = "bury.csv") -> SourceTable:
    header, *body = rows
    return SourceTable(
        source,
        [str(cell) for cell in header],
        [Row(n + 2, [str(cell) for cell in row]) for n, row in enumerate(body)],
    )


def _dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [line for line in db.iterdump() if "saved_at" not in line]
    finally:
        db.close()


def _saved_both_ways(proposal: Proposal, folder: Path) -> tuple[list[str], list[str]]:
    """The file saved from the import's columns, and from a copy of the proposal (the same
    records, no columns kept)."""
    plain = proposal.copy()
    assert plain.made_columns == {}
    save_proposal(proposal, folder / "columns.sqlite")
    save_proposal(plain, folder / "records.sqlite")
    return _dump(folder / "columns.sqlite"), _dump(folder / "records.sqlite")


def test_an_import_keeps_its_big_tables_columns_and_the_save_lets_them_go(tmp_path: Path) -> None:
    proposal = import_tables([_table(establishment_rows())]).proposal
    assert set(proposal.made_columns) == MADE
    for table in MADE:
        made = proposal.made_columns[table]
        assert made.stands_for(list(proposal.records(table).values()))
    posts = proposal.made_columns[Table.POSTS].columns
    assert posts["post_ref"] == ["P100", "P110", "P111", "P112", "P120"]
    assert posts["title"][1] == "Head of Commissioning"
    with_columns, from_records = _saved_both_ways(proposal, tmp_path)
    assert with_columns == from_records
    assert proposal.made_columns == {}


def test_the_save_writes_the_columns_it_was_given(tmp_path: Path) -> None:
    # Columns that disagree with their records are never made; here they are, to show that
    # what the file holds came from the columns, not from the records taken apart again.
    proposal = import_tables([_table(establishment_rows())]).proposal
    titles = proposal.made_columns[Table.POSTS].columns["title"]
    titles[0] = "Written from the column"
    save_proposal(proposal, tmp_path / "out.sqlite")
    db = sqlite3.connect(tmp_path / "out.sqlite")
    assert db.execute("SELECT title FROM post ORDER BY id LIMIT 1").fetchone() == (
        "Written from the column",
    )
    db.close()


@pytest.mark.parametrize("edit", ["replaced", "removed", "added", "moved"])
def test_an_edited_table_is_saved_from_its_records(tmp_path: Path, edit: str) -> None:
    proposal = import_tables([_table(establishment_rows())]).proposal
    posts = proposal.posts
    first_id, first = next(iter(posts.items()))
    if edit == "replaced":
        posts[first_id] = dataclasses.replace(first, title="Director of Care")
    elif edit == "removed":
        del posts[list(posts)[-1]]
    elif edit == "added":
        new_id = proposal.next_id(Table.POSTS)
        posts[new_id] = dataclasses.replace(first, id=new_id, post_ref="P999")
    else:
        posts[first_id] = posts.pop(first_id)  # the same record, now last
    assert not proposal.made_columns[Table.POSTS].stands_for(list(posts.values()))
    with_columns, from_records = _saved_both_ways(proposal, tmp_path)
    assert with_columns == from_records
    expected = {
        "replaced": "Director of Care",
        "removed": "P112",
        "added": "P999",
        "moved": "P100",
    }[edit]
    assert any(expected in line for line in with_columns if 'INSERT INTO "post"' in line)
    if edit == "removed":
        assert not any("P120" in line for line in with_columns if 'INSERT INTO "post"' in line)


def test_each_release_as_a_scenario_is_saved_from_the_columns_joined(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Snapshot Date", *ESTABLISHMENT_HEADER]]
    for date in ("2023-03-31", "2024-03-31"):
        rows += [[date, *row] for row in establishment_rows()[1:]]
    rows[3][2] = "Head of Commissioning and Care"  # one release differs
    result = import_tables([_table(rows)], releases=ReleaseMode.SCENARIOS)
    proposal = result.proposal
    assert len(proposal.scenarios) == 2
    made = proposal.made_columns[Table.POSTS]
    assert made.stands_for(list(proposal.posts.values()))
    assert len(made.columns["id"]) == 10
    with_columns, from_records = _saved_both_ways(proposal, tmp_path)
    assert with_columns == from_records


_cells = st.sampled_from(["", "x", "£1,000", "0.5", "Yes", "No", "P00001", "=1+1", "Total", "2.5"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, 12), _cells), max_size=12),
    st.integers(1, 60),
)
def test_any_import_saves_the_same_file_from_its_columns(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[int, str]], posts: int
) -> None:
    rows = large_establishment(posts)
    for n, (column, cell) in enumerate(changes):
        rows[1 + n % posts][column] = cell
    proposal = import_tables([_table(rows)]).proposal
    with_columns, from_records = _saved_both_ways(proposal, tmp_path_factory.mktemp("save"))
    assert with_columns == from_records


def _with_post(proposal: Proposal, **fields: object) -> tuple[Proposal, int]:
    """The proposal with its last post changed, in the records and in the kept columns alike
    (as if the import had made the post so)."""
    made = proposal.made_columns[Table.POSTS]
    last = len(made.records) - 1
    post = dataclasses.replace(made.records[last], **fields)
    proposal.posts[post.id] = post
    made.records[last] = post
    for name, value in fields.items():
        made.columns[name][last] = value
    assert made.stands_for(list(proposal.posts.values()))
    return proposal, post.id


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"salary": 10_000_001.0}, 'field "salary": 10000001 is outside 0 to 10,000,000'),
        ({"fte": float("nan")}, 'field "fte": nan is not a finite number'),
        ({"quantity": -1}, 'field "quantity": -1 is outside 0 to 1,000,000'),
        (
            {"title": "T" * 1001},
            'field "title": 1,001 characters long, more than a proposal file holds (1,000)',
        ),
        (
            {"notes": "n" * 100_001},
            'field "notes": 100,001 characters long, more than a proposal file holds (100,000)',
        ),
    ],
)
def test_the_save_from_columns_refuses_what_the_save_from_records_refuses(
    tmp_path: Path, fields: dict[str, object], said: str
) -> None:
    proposal, post_id = _with_post(
        import_tables([_table(large_establishment(30))]).proposal, **fields
    )
    refusals = []
    for target, saved in (("columns", proposal), ("records", proposal.copy())):
        with pytest.raises(FileRefused) as refused:
            save_proposal(saved, tmp_path / f"{target}.sqlite")
        refusals.append(str(refused.value))
    assert refusals[0] == refusals[1]
    assert f"Could not save: post {post_id}, {said}" in refusals[0]
    assert list(tmp_path.iterdir()) == []


def test_the_import_measures_its_texts_on_the_kept_columns() -> None:
    # A record with a title too long for the file, behind kept columns that say otherwise
    # (never so after an import): the check reads the columns, so nothing is cut.
    result = import_tables([_table(establishment_rows())])
    proposal, report = result.proposal, result.report
    post_id, post = next(iter(proposal.posts.items()))
    made = proposal.made_columns[Table.POSTS]
    long = dataclasses.replace(post, title="T" * 1001)
    proposal.posts[post_id] = made.records[0] = long
    shorten_long_texts(proposal, report)
    assert proposal.posts[post_id] is long
    # Without the columns (a copy keeps none), the records are read and the title cut.
    plain = proposal.copy()
    shorten_long_texts(plain, report)
    assert len(plain.posts[post_id].title) == 1000
    assert [p.kind for p in report.problems] == [ProblemKind.CUT_TEXT]


def test_texts_of_records_edited_since_the_columns_were_kept_are_measured_on_the_records() -> None:
    result = import_tables([_table(establishment_rows())])
    proposal, report = result.proposal, result.report
    post_id, post = next(iter(proposal.posts.items()))
    proposal.posts[post_id] = dataclasses.replace(post, title="T" * 1001)
    shorten_long_texts(proposal, report)
    assert len(proposal.posts[post_id].title) == 1000
    assert [p.kind for p in report.problems] == [ProblemKind.CUT_TEXT]
