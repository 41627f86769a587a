"""quick.made_by_columns: records made a column at a time equal those their __init__ makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from itertools import repeat

import pytest

from orgchart_app.domain import Post, PostStatus
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.ids import OrganisationId, PostholderId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Postholder
from orgchart_app.quick import listed, made_by_columns


def _post(n: int) -> Post:
    return Post(
        PostId(n),
        ScenarioId(1),
        f"P{n}",
        f"Officer {n}",
        UnitId(n % 3 + 1),
        OrganisationId(1),
        grade=f"G{n}",
        fte=0.5 + n / 10,
        reports_to_id=PostId(n - 1) if n > 1 else None,
        status=PostStatus.VACANT if n % 2 else PostStatus.FILLED,
        salary=Decimal(20000 + n),
        notes=f"note {n}",
        end_date=dt.date(2027, 3, n),
        spinal_point=n,
    )


def test_records_made_by_columns_equal_those_made_one_by_one() -> None:
    expected = [_post(n) for n in range(1, 6)]
    columns = {
        field.name: [getattr(post, field.name) for post in expected]
        for field in dataclasses.fields(Post)
    }
    made = made_by_columns(Post, 5, columns)
    assert made == expected
    assert [hash(post) for post in made] == [hash(post) for post in expected]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].title = "changed"  # type: ignore[misc]


def test_a_column_may_repeat_one_value_or_be_read_once() -> None:
    made = made_by_columns(
        Postholder,
        2,
        {
            "id": [PostholderId(1), PostholderId(2)],
            "post_id": map(PostId, (7, 8)),
            "name": ["Ann", "Bob"],
            "employee_number": repeat(""),
            "fte": [1.0, 0.5],
            "contract": repeat(ContractKind.AGENCY),
            "contract_end": repeat(None),
            "service_start": repeat(None),
            "date_of_birth": repeat(None),
            "age": repeat(None),
            "salary": repeat(None),
            "spinal_point": [3, None],
            "pension_strain": repeat(None),
            "notes": repeat(""),
        },
    )
    assert made == [
        Postholder(
            PostholderId(1), PostId(7), "Ann", fte=1.0, contract=ContractKind.AGENCY, spinal_point=3
        ),
        Postholder(PostholderId(2), PostId(8), "Bob", fte=0.5, contract=ContractKind.AGENCY),
    ]


def test_a_column_of_the_wrong_length_is_refused() -> None:
    columns = {field.name: repeat(None) for field in dataclasses.fields(Post)}
    columns["title"] = ["one", "two"]
    with pytest.raises(ValueError, match="Post.title: 2 values for 3 records"):
        made_by_columns(Post, 3, columns)


def test_a_missing_column_is_refused_by_name() -> None:
    columns = {field.name: repeat(None) for field in dataclasses.fields(Post)}
    del columns["notes"]
    with pytest.raises(KeyError, match="notes"):
        made_by_columns(Post, 1, columns)


def test_listed_makes_each_column_a_list_of_its_own() -> None:
    shared = [1, 2, 3]
    columns = listed(3, {"a": shared, "b": repeat("x"), "c": map(str, range(10))})
    assert columns == {"a": [1, 2, 3], "b": ["x", "x", "x"], "c": ["0", "1", "2"]}
    assert columns["a"] is not shared
    assert listed(0, {"b": repeat("x")}) == {"b": []}
