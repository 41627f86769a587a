"""The postholders an import makes: one per person named, on the post their row is gathered into."""

from __future__ import annotations

from orgchart_app.importers.run import import_tables
from orgchart_app.importers.tables import Row, Table

HEADER = ["Post Number", "Job Title", "Reports To", "Vacant", "Employee Name", "FTE"]


def _holders(*rows: tuple[str, ...]) -> list[tuple[str, str, float]]:
    """(post number, person, FTE) of each postholder made, in the order they were made."""
    table = Table("list.csv", HEADER, [Row(n, cells) for n, cells in enumerate(rows, start=2)])
    proposal = import_tables([table]).proposal
    return [
        (proposal.posts[h.post_id].post_ref, h.name, h.fte) for h in proposal.postholders.values()
    ]


def test_one_row_a_post_gives_each_named_person_their_post() -> None:
    assert _holders(
        ("P1", "Head", "", "No", "Ann", "1"),
        ("P2", "Officer", "P1", "Yes", "", "1"),
        ("P3", "Officer", "P1", "No", "Vacant", "1"),
        ("P4", "Officer", "P1", "No", "Bob", "0.5"),
    ) == [("P1", "Ann", 1.0), ("P4", "Bob", 0.5)]


def test_the_people_of_a_shared_post_follow_its_own_holder_in_the_files_order() -> None:
    assert _holders(
        ("P1", "Head", "", "No", "Ann", "1"),
        ("P2", "Officer", "P1", "No", "Bob", "0.5"),
        ("P3", "Clerk", "P1", "No", "Cat", "1"),
        ("P2", "Officer", "P1", "No", "Dan", "0.5"),
        ("P2", "Officer", "P1", "No", "Eve", "1"),
    ) == [
        ("P1", "Ann", 1.0),
        ("P2", "Bob", 0.5),
        ("P2", "Dan", 0.5),
        ("P2", "Eve", 1.0),
        ("P3", "Cat", 1.0),
    ]


def test_a_vacant_row_before_a_shared_posts_people_is_a_vacancy_of_its_own() -> None:
    # importers/people.gather_people: the people gather at the first row that holds one.
    assert _holders(
        ("P1", "Head", "", "No", "Ann", "1"),
        ("P2", "Officer", "P1", "Yes", "", "1"),
        ("P2", "Officer", "P1", "No", "Bob", "1"),
        ("P2", "Officer", "P1", "No", "Cat", "1"),
    ) == [("P1", "Ann", 1.0), ("P2-2", "Bob", 1.0), ("P2-2", "Cat", 1.0)]
