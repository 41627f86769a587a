"""What the file format refuses is refused, on open and by `orgchart validate`, in one sentence."""

from __future__ import annotations

import dataclasses
import time
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.cli import main
from orgchart_app.domain import FileRefused
from orgchart_app.samples import build_bury
from orgchart_app.storage import Limits, open_proposal, save_proposal
from tests.storage.helpers import crafted
from tests.storage.test_safe_open import refusal

# The post "Head of Adult Safeguarding" (BC-1050) of the Bury sample's "As is".
POST = "(SELECT id FROM post WHERE post_ref = 'BC-1050' AND scenario_id = 1)"


def _rebuilt_without_keys(table: str) -> tuple[str, ...]:
    """A crafted file may declare our tables any way it likes: here without keys or UNIQUE."""
    return (
        f"CREATE TABLE copy AS SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE copy RENAME TO {table}",
    )


FAULTS = {
    "boolean as text": (
        (f"UPDATE post SET funded = 'FALSE' WHERE id = {POST}",),
        "post 14, field \"funded\": the text 'FALSE' where 0 or 1 belongs",
    ),
    "boolean out of range": (
        (f"UPDATE post SET is_assistant = 2 WHERE id = {POST}",),
        'post 14, field "is_assistant": the number 2 where 0 or 1 belongs',
    ),
    "infinite number": (
        (f"UPDATE post SET fte = 9e999 WHERE id = {POST}",),
        'post 14, field "fte": inf is not a finite number',
    ),
    "number out of range": (
        (f"UPDATE post SET quantity = 1000000000000 WHERE id = {POST}",),
        'post 14, field "quantity": 1000000000000 is outside 0 to 1,000,000',
    ),
    "negative salary": (
        (f"UPDATE post SET salary = -5 WHERE id = {POST}",),
        'post 14, field "salary": -5 is outside 0 to 10,000,000',
    ),
    "tiny salary": (
        # Once costed, 1% of such a salary divided into the budget's headroom overflowed.
        (f"UPDATE post SET salary = 1e-300 WHERE id = {POST}",),
        'post 14, field "salary": 1e-300 is neither 0 nor at least 0.01',
    ),
    "tiny FTE": (
        (f"UPDATE post SET fte = 1e-300 WHERE id = {POST}",),
        'post 14, field "fte": 1e-300 is neither 0 nor at least 0.0001',
    ),
    "date not ISO": (
        ("UPDATE scenario SET effective_date = '1st April 2021' WHERE id = 2",),
        "scenario 2, field \"effective_date\": the text '1st April 2021' is not an ISO date",
    ),
    "date as a number": (
        ("UPDATE scenario SET effective_date = 20210401 WHERE id = 2",),
        # The column is text: SQLite stores the number as the text '20210401', not an ISO date.
        "scenario 2, field \"effective_date\": the text '20210401' is not an ISO date",
    ),
    "duplicate post id": (
        (*_rebuilt_without_keys("post"), f"INSERT INTO post SELECT * FROM post WHERE id = {POST}"),
        "post 14 appears twice",
    ),
    "duplicate scenario name": (
        (*_rebuilt_without_keys("scenario"), "UPDATE scenario SET name = 'As is' WHERE id = 2"),
        'scenario 2, field "name": "As is" is also the name of scenario 1',
    ),
    "dangling based_on_id": (
        ("UPDATE scenario SET based_on_id = 99 WHERE id = 2",),
        'scenario 2 ("To be"), field "based_on_id": there is no scenario 99',
    ),
    "dangling parent unit": (
        ("UPDATE unit SET parent_id = 999 WHERE id = 3",),
        'unit 3 ("Provider Relationship Team"), field "parent_id": there is no unit 999',
    ),
    "unit containment cycle": (
        ("UPDATE unit SET parent_id = 3 WHERE id = 2",),
        'unit 2 ("Community Commissioning"), field "parent_id": units contain each other: '
        "Community Commissioning > Provider Relationship Team > Community Commissioning",
    ),
    "unit in another scenario's unit": (
        ("UPDATE unit SET parent_id = (SELECT max(id) FROM unit) WHERE id = 3",),
        'unit 3 ("Provider Relationship Team"), field "parent_id": unit',
    ),
    "manager in another scenario": (
        (f"UPDATE post SET reports_to_id = (SELECT max(id) FROM post) WHERE id = {POST}",),
        'post 14 ("Head of Adult Safeguarding"), field "reports_to_id": post',
    ),
    "text where an id belongs": (
        (f"UPDATE post SET employer_id = 'Bury Council' WHERE id = {POST}",),
        "post 14, field \"employer_id\": the text 'Bury Council' where a whole number belongs",
    ),
    "blob where text belongs": (
        (f"UPDATE post SET title = x'00ff' WHERE id = {POST}",),
        'post 14, field "title": 2 bytes of binary data where text belongs',
    ),
    "missing table": (("DROP TABLE budget_line",), 'it has no table "budget_line"'),
    "overlong proposal title": (
        ("UPDATE proposal_meta SET value = printf('%.*c', 99000, 'x') WHERE key = 'title'",),
        "has a proposal_meta title 99,000 characters long (the limit is 1,000)",
    ),
    "overlong dotted line label": (
        ("UPDATE dotted_line SET label = printf('%.*c', 5000, 'x')",),
        "has a dotted_line label 5,000 characters long (the limit is 1,000)",
    ),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_file_the_format_refuses_is_refused_naming_the_row_and_field(
    fault: str, tmp_path: Path
) -> None:
    statements, expected = FAULTS[fault]
    path = crafted(tmp_path / "fault.sqlite", *statements)
    started = time.monotonic()
    message = refusal(path)
    assert expected in message
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "fault", ["boolean as text", "unit containment cycle", "duplicate post id"]
)
def test_validate_refuses_what_open_refuses(
    fault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, expected = FAULTS[fault]
    path = crafted(tmp_path / "fault.sqlite", *statements)
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err
    assert "sound" not in captured.out


def test_a_damaged_index_that_quick_check_passes_is_refused(tmp_path: Path) -> None:
    # The index's entries were built for one column; the schema now says it covers another.
    # quick_check does not compare indexes with their tables; integrity_check does.
    path = crafted(
        tmp_path / "index.sqlite",
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_post_scenario_id ON post (unit_id)' "
        "WHERE name = 'ix_post_scenario_id'",
    )
    message = refusal(path)
    assert "is damaged (SQLite integrity check: " in message and "ix_post_scenario_id" in message


def test_a_file_over_the_full_check_bound_is_read_without_its_indexes(tmp_path: Path) -> None:
    """Too big to afford integrity_check: what is read still never comes from an index."""
    # A covering index whose entries hold twice each salary while its schema says "salary":
    # a query that trusted it would read doubled pay points.
    path = crafted(
        tmp_path / "index.sqlite",
        "CREATE INDEX ix_doubled ON pay_point (pay_scale_id, pay_year, point, salary * 2)",
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_doubled ON pay_point "
        "(pay_scale_id, pay_year, point, salary)' WHERE name = 'ix_doubled'",
    )
    assert "ix_doubled" in refusal(path)  # small enough: the full check finds it
    opened = open_proposal(path, limits=Limits(max_full_check_bytes=0))
    assert opened.proposal.pay_points == build_bury().pay_points


def test_a_huge_cell_is_called_too_large_not_damaged(tmp_path: Path) -> None:
    # 20 MB of notes: past what the designer reads (16 MB a value), far past the text limit.
    path = crafted(
        tmp_path / "cell.sqlite",
        f"UPDATE post SET notes = zeroblob(20000000) WHERE id = {POST}",
        f"UPDATE post SET notes = CAST(notes AS TEXT) WHERE id = {POST}",
    )
    message = refusal(path)
    assert "damaged" not in message
    assert "post notes" in message and "too large" in message


def test_a_value_the_format_refuses_is_never_written(tmp_path: Path) -> None:
    """Whatever the designer saves, it can open: a salary past the format's range (typed in an
    establishment list, say) stops the save with a sentence, and nothing is left on disk."""
    proposal = build_bury()
    post = next(iter(proposal.posts.values()))
    proposal.posts[post.id] = dataclasses.replace(post, salary=Decimal("99999999"))
    target = tmp_path / "too much.sqlite"
    with pytest.raises(FileRefused) as refused:
        save_proposal(proposal, target)
    assert f'post {post.id}, field "salary": 99999999 is outside 0 to 10,000,000' in str(
        refused.value
    )
    assert "\n" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []
