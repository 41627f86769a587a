"""importers/manager_column.py directly: a manager column is kept only when its values name posts."""

from __future__ import annotations

from orgchart_app.importers.columns import ColumnMapping
from orgchart_app.importers.fields import Field
from orgchart_app.importers.manager_column import NO_MANAGER, checked, warn_if_none
from orgchart_app.importers.tables import Row, Table

HEADERS = ("Post", "Name", "Title", "Boss")


def _table(*bosses: str) -> Table:
    people = [("P1", "Ann Lee", "Director"), ("P2", "Bo Day", "Head"), ("P3", "Cy Fox", "Clerk")]
    people += [("P4", "Di Ng", "Officer")]
    rows = [
        Row(line, (*person, boss))
        for line, (person, boss) in enumerate(zip(people, bosses, strict=False), start=2)
    ]
    return Table("staff.csv", list(HEADERS), rows)


def _mapping(manager: Field) -> ColumnMapping:
    return ColumnMapping(HEADERS, (Field.POST_REF, Field.HOLDER_NAME, Field.TITLE, manager))


def _check(table: Table, manager: Field) -> tuple[Field, list[str]]:
    warnings: list[str] = []
    return checked(table, _mapping(manager), warnings).fields[3], warnings


def test_a_column_of_post_numbers_names_or_titles_is_the_manager() -> None:
    # Half the different values naming a post is enough; case and spacing do not matter.
    assert _check(_table("", "p1", " P1 ", "Nobody"), Field.REPORTS_TO) == (Field.REPORTS_TO, [])
    assert _check(_table("", "ann lee", "Bo Day", "x"), Field.REPORTS_TO) == (Field.REPORTS_TO, [])
    assert _check(_table("", "Director", "HEAD"), Field.REPORTS_TO) == (Field.REPORTS_TO, [])
    assert _check(_table("", "P1", "Bo Day"), Field.REPORTS_TO) == (Field.REPORTS_TO, [])
    assert _check(_table("", "Ann Lee", "Head"), Field.REPORTS_TO_NAME) == (
        Field.REPORTS_TO_NAME,
        [],
    )
    assert _check(_table("", "", ""), Field.REPORTS_TO_REF) == (Field.REPORTS_TO_REF, [])


def test_a_column_of_counts_or_amounts_is_not_taken_for_the_manager() -> None:
    assert _check(_table("3", "12", "P1", "40000"), Field.REPORTS_TO) == (
        Field.IGNORE,
        [
            'Column "Boss" looks like the manager by its name, but only 1 of its 4 different '
            "values are post numbers, names or titles in the file, so it was not taken for the "
            "manager."
        ],
    )
    # A column of post numbers only may not name its managers by name.
    field, warnings = _check(_table("", "Ann Lee", "Bo Day", "P1"), Field.REPORTS_TO_REF)
    assert field is Field.IGNORE and "only 1 of its 3 different values" in warnings[0]
    field, warnings = _check(_table("", "P1", "P2"), Field.REPORTS_TO_NAME)
    assert field is Field.IGNORE and "only 0 of its 2 different values" in warnings[0]


def test_a_mapping_without_a_manager_column_is_warned_about_once() -> None:
    warnings: list[str] = []
    warn_if_none(_mapping(Field.IGNORE), warnings)
    assert warnings == [NO_MANAGER]
    for field in (Field.REPORTS_TO, Field.REPORTS_TO_REF, Field.REPORTS_TO_NAME):
        warn_if_none(_mapping(field), warnings)
    assert warnings == [NO_MANAGER]
    assert "--map 'COLUMN=reports_to'" in NO_MANAGER


def test_a_manager_column_may_be_the_first() -> None:
    table = Table("staff.csv", ["Boss", "Post"], [Row(2, ("", "P1")), Row(3, ("12", "P2"))])
    warnings: list[str] = []
    mapping = ColumnMapping(("Boss", "Post"), (Field.REPORTS_TO, Field.POST_REF))
    assert checked(table, mapping, warnings).fields == (Field.IGNORE, Field.POST_REF)
    assert "only 0 of its 1 different values" in warnings[0]
    warn_if_none(mapping, warnings)
    assert len(warnings) == 1


def test_a_column_naming_no_post_is_dropped_whatever_its_spacing() -> None:
    # Cells to trim are cleaned one by one (not as a column of plain post numbers), then counted.
    field, warnings = _check(_table("", " Nobody", "Someone  ", "Nobody"), Field.REPORTS_TO)
    assert field is Field.IGNORE
    assert len(warnings) == 1 and "only 0 of its 2 different values" in warnings[0]
