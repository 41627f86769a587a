"""The recommendations as a list the user edits (analysis/item_editing.py): numbered from 1,
each operation giving the whole list afterwards, a number out of range one sentence, and the
one line per item the panel and the CLI show."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.item_editing import (
    added,
    as_item,
    editable_items,
    edited,
    hand_item,
    item_line,
    moved,
    removed,
)
from orgchart_app.analysis.recommendation_types import Item, Recommendation
from orgchart_app.analysis.recommendations import RecommendationSettings
from orgchart_app.domain import Proposal, ScenarioId
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import RecommendationItemId

FROM, TO = ScenarioId(1), ScenarioId(2)


def item(n: int, **fields: object) -> RecommendationItem:
    made = RecommendationItem(RecommendationItemId(n), FROM, TO, n, "support", f"subject {n}")
    return dataclasses.replace(made, **fields)  # type: ignore[arg-type]


THREE = (item(1), item(2), item(3))


def subjects(items: tuple[RecommendationItem, ...]) -> list[str]:
    return [i.subject for i in items]


def test_edited_changes_only_the_fields_given_of_the_item_numbered() -> None:
    first = edited(THREE, 2, verb="  note ", text=" the posts ")
    assert first[0] == THREE[0] and first[2] == THREE[2]
    assert first[1] == dataclasses.replace(THREE[1], verb="note", subject="the posts")
    second = edited(first, 2, entries="A x 2\nB", for_decision=False, included=False)
    assert second[1] == dataclasses.replace(
        first[1], entries="A x 2\nB", for_decision=False, included=False
    )
    assert edited(THREE, 3) == THREE


@pytest.mark.parametrize("number", [0, 4, -1])
def test_a_number_out_of_range_is_refused_naming_the_range(number: int) -> None:
    with pytest.raises(EditRefused) as refused:
        edited(THREE, number, verb="note")
    assert str(refused.value) == (f"There is no recommendation {number} (recommendations: 1 to 3).")


def test_with_no_items_the_refusal_says_there_are_none() -> None:
    with pytest.raises(EditRefused) as refused:
        removed((), 1)
    assert str(refused.value) == "There is no recommendation 1 (recommendations: none yet)."


def test_added_goes_last_or_at_its_position_from_one() -> None:
    new = item(9)
    assert subjects(added(THREE, new)) == ["subject 1", "subject 2", "subject 3", "subject 9"]
    assert subjects(added(THREE, new, 1)) == ["subject 9", "subject 1", "subject 2", "subject 3"]
    assert subjects(added(THREE, new, 3)) == ["subject 1", "subject 2", "subject 9", "subject 3"]
    # One past the end is allowed: the list then has that many items.
    assert subjects(added(THREE, new, 4)) == subjects(added(THREE, new))
    with pytest.raises(EditRefused, match="There is no recommendation 5 "):
        added(THREE, new, 5)


def test_removed_and_moved_count_from_one() -> None:
    assert subjects(removed(THREE, 1)) == ["subject 2", "subject 3"]
    assert subjects(removed(THREE, 3)) == ["subject 1", "subject 2"]
    assert subjects(moved(THREE, 3, 1)) == ["subject 3", "subject 1", "subject 2"]
    assert subjects(moved(THREE, 1, 3)) == ["subject 2", "subject 3", "subject 1"]
    assert subjects(moved(THREE, 1, 2)) == ["subject 2", "subject 1", "subject 3"]
    assert moved(THREE, 2, 2) == THREE
    with pytest.raises(EditRefused, match="There is no recommendation 4 "):
        moved(THREE, 1, 4)


def test_a_hand_item_has_no_changes_behind_it_and_is_trimmed() -> None:
    made = hand_item(FROM, TO, " delegate ", " authority to appoint ")
    assert made == RecommendationItem(
        RecommendationItemId(0), FROM, TO, 0, "delegate", "authority to appoint", "", True, True, ""
    )
    assert hand_item(FROM, TO, "note", "x", for_decision=False).for_decision is False


def test_a_drafted_recommendation_as_an_item_keeps_its_lines_and_sorted_changes() -> None:
    items = (
        Item("Manager x 2 FTE", "Manager", "G1", "Council", 2, 2.0, ("A-1", "A-2")),
        Item("Officer x 1 FTE", "Officer", "G1", "Council", 1, 1.0, ("A-3",)),
    )
    recommendation = Recommendation(
        Operation.DELETION,
        False,
        "note",
        "the proposed deletion of the following posts",
        items,
        sources=frozenset({"deletion:A-3", "deletion:A-1", "deletion:A-2"}),
    )
    assert as_item(recommendation, FROM, TO) == RecommendationItem(
        RecommendationItemId(0),
        FROM,
        TO,
        0,
        "note",
        "the proposed deletion of the following posts",
        "Manager x 2 FTE\nOfficer x 1 FTE",
        False,
        True,
        "deletion:A-1\ndeletion:A-2\ndeletion:A-3",
    )


def test_one_line_per_item_with_its_marks_in_order() -> None:
    plain = item(4, entries="A x 2\n\nB")
    assert item_line(1, plain) == "1. support subject 4: A x 2; B"
    assert item_line(2, item(5)) == "2. support subject 5"
    marked = item(0, for_decision=False, included=False)
    assert item_line(3, marked, gone=True) == (
        "3. support subject 0 [for noting] [left out] [drafted] [changes gone: check it]"
    )
    assert item_line(3, item(6, included=False)) == "3. support subject 6 [left out]"


def test_with_nothing_worded_the_list_is_the_whole_draft(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    bury.recommendation_items = {}
    listed = editable_items(bury, as_is, to_be)
    assert listed.gone == frozenset()
    assert [i.id for i in listed.items] == [0] * len(listed.items)
    assert listed.items[0].subject == "the proposed establishment of the following posts"
    assert listed.items[0].sources.splitlines()[0].startswith("establishment:")
    assert all(i.from_scenario_id == as_is and i.to_scenario_id == to_be for i in listed.items)


def test_with_items_worded_the_list_is_them_then_the_changes_they_miss(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    stored = sorted(bury.recommendation_items.values(), key=lambda i: (i.position, i.id))
    assert stored
    listed = editable_items(bury, as_is, to_be)
    assert listed.items == tuple(stored)
    assert listed.gone == frozenset()
    # Leave the first worded item's changes uncovered: they come back drafted, after the rest.
    first = stored[0]
    bury.recommendation_items[first.id] = dataclasses.replace(first, sources="deletion:NOPE")
    again = editable_items(bury, as_is, to_be)
    assert again.items[: len(stored)] == tuple(bury.recommendation_items[i.id] for i in stored)
    (extra,) = again.items[len(stored) :]
    assert (extra.id, extra.sources) == (0, first.sources)
    assert again.gone == frozenset({first.id})


def test_the_drafted_items_follow_the_settings(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    bury.recommendation_items = {}
    settings = RecommendationSettings(verbs={Operation.ESTABLISHMENT: "endorse"})
    listed = editable_items(bury, as_is, to_be, settings)
    assert listed.items[0].verb == "endorse"
    assert editable_items(bury, as_is, to_be).items[0].verb == "support"
