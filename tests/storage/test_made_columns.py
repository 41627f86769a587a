"""domain/made_columns.py: kept columns stand for a table only while it holds those very
records, in that order; a second batch's columns follow the first's."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import Post
from orgchart_app.domain.made_columns import MadeColumns
from orgchart_app.samples import build_bury


def _made(records: list[Post]) -> MadeColumns:
    return MadeColumns(list(records), {"title": [r.title for r in records]})


def test_the_very_records_in_order_are_stood_for_and_nothing_else() -> None:
    posts = list(build_bury().posts.values())
    made = _made(posts)
    assert made.stands_for(posts)
    assert made.stands_for(tuple(posts))
    equal_copies = [dataclasses.replace(p) for p in posts]
    assert equal_copies == posts
    assert not made.stands_for(equal_copies)  # equal is not enough: the same objects
    assert not made.stands_for(posts[:-1])
    assert not made.stands_for([*posts, posts[0]])
    assert not made.stands_for([posts[1], posts[0], *posts[2:]])
    assert MadeColumns([], {}).stands_for([])


def test_a_second_batch_follows_the_first() -> None:
    posts = list(build_bury().posts.values())
    first, second = _made(posts[:3]), _made(posts[3:5])
    joined = first.followed_by(second)
    assert joined.records == posts[:5]
    assert joined.columns == {"title": [p.title for p in posts[:5]]}
    assert joined.stands_for(posts[:5])
    assert first.records == posts[:3]  # the first batch's own lists are left as they were
    assert first.columns["title"] == [p.title for p in posts[:3]]
