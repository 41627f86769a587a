"""The post checks at their exact edges: the smallest FTE, the smallest and largest salary, a
grade checked when a post is established."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.edits import ChangeFte, EstablishPost, UpdatePost, apply_edit
from tests.edits.helpers import refusal
from tests.edits.test_undo_every_edit import _leaf


def test_the_smallest_fte_a_post_can_have_is_accepted(bury: Proposal) -> None:
    post = _leaf(bury)
    apply_edit(bury, ChangeFte(post.id, 0.0001))
    assert bury.posts[post.id].fte == 0.0001
    assert refusal(bury, ChangeFte(post.id, 0.00009)).startswith("FTE must be more than 0")


@pytest.mark.parametrize("salary", ["0.01", "10000000", "10000000.00"])
# A salary of exactly £0.01 was refused as "less than a penny" (a Decimal against the float 0.01)
# until this test: it failed first, then checks.py compared against a Decimal penny.
def test_a_salary_of_a_penny_or_of_ten_million_pounds_is_accepted(
    bury: Proposal, salary: str
) -> None:
    post = _leaf(bury)
    apply_edit(bury, UpdatePost(post.id, (("salary", Decimal(salary)),)))
    assert bury.posts[post.id].salary == Decimal(salary)


@pytest.mark.parametrize("salary", ["0.009", "10000000.01"])
def test_a_salary_under_a_penny_or_over_ten_million_pounds_is_refused(
    bury: Proposal, salary: str
) -> None:
    post = _leaf(bury)
    assert refusal(bury, UpdatePost(post.id, (("salary", Decimal(salary)),))) == (
        f"A stated salary must be £0, or between £0.01 and £10,000,000 (got £{Decimal(salary):,})."
    )


def test_a_new_post_on_a_grade_the_proposal_does_not_have_is_refused(bury: Proposal) -> None:
    model = _leaf(bury)
    new = dataclasses.replace(model, id=0, post_ref="", title="New", grade="Grade 99")
    assert refusal(bury, EstablishPost(new)).startswith(
        'Grade "Grade 99" is not one of the proposal\'s grades ('
    )
