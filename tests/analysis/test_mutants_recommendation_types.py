"""The values recommendations are made of (analysis/recommendation_types.py): a recommendation's
sentence, posts and FTE, and the list split by decision and by operation."""

from __future__ import annotations

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.recommendation_types import Item, Recommendation, Recommendations


def item(text: str, posts: int, fte: float) -> Item:
    return Item(text, text, "", "", posts, fte, ())


MOVED = Recommendation(
    Operation.POST_TRANSFER,
    True,
    "support",
    "the transfer of the following posts",
    (item("A x 0.1", 1, 0.1), item("B x 0.2", 2, 0.2)),
)
NOTED = Recommendation(Operation.DEPLOYMENT, False, "note", "the deployment", ())
ADDED = Recommendation(None, True, "delegate", "authority to appoint", (), "The Panel")


def test_a_recommendation_is_one_sentence_with_its_totals() -> None:
    assert MOVED.sentence == (
        "The Committee is asked to support the transfer of the following posts: A x 0.1; B x 0.2."
    )
    assert ADDED.sentence == "The Panel is asked to delegate authority to appoint."
    # 0.1 + 0.2 is 0.30000000000000004 in floating point: rounded to 4 places.
    assert (MOVED.posts, MOVED.fte) == (3, 0.3)
    assert (NOTED.posts, NOTED.fte) == (0, 0)


def test_the_list_splits_by_decision_and_by_operation() -> None:
    result = Recommendations("A", "B", "C", (MOVED, NOTED, ADDED), "", (), ())
    assert result.for_decision == (MOVED, ADDED)
    assert result.for_noting == (NOTED,)
    assert result.of(Operation.DEPLOYMENT) == (NOTED,)
    assert result.of(Operation.ESTABLISHMENT) == ()
    assert (result.budget, result.flagged, result.uncovered, result.worded) == (None, (), (), False)


def test_an_operation_is_labelled_in_words() -> None:
    assert Operation.FTE_CHANGE.label == "FTE change"
    assert Operation.LINE_MANAGEMENT.label == "line management"
    assert Operation.DELETION.label == "deletion"
