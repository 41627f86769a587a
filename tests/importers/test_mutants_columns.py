"""importers/columns.py directly: headers normalised, fields guessed, and the user's --map applied."""

from __future__ import annotations

import pytest

from orgchart_app.importers.columns import (
    ColumnMapping,
    field_named,
    normalise,
    recognise,
)
from orgchart_app.importers.fields import Field
from orgchart_app.importers.limits import ImportRefused


@pytest.mark.parametrize(
    ("header", "normal"),
    [
        ("Post No.", "post no"),
        ("  Salary (£) ", "salary"),
        ("parentId", "parent id"),
        ("Job_Title", "job title"),
        ("FTE2025Budget", "fte2025 budget"),
        ("ÉCOLE", "cole"),
        ("", ""),
    ],
)
def test_a_header_is_normalised_to_lower_case_words(header: str, normal: str) -> None:
    assert normalise(header) == normal


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("post_ref", Field.POST_REF),
        ("Post number", Field.POST_REF),
        ("Reports to (post number)", Field.REPORTS_TO_REF),
        ("Line Manager", Field.REPORTS_TO),
        ("wte", Field.FTE),
        ("IGNORE", Field.IGNORE),
    ],
)
def test_a_field_is_named_by_value_label_or_synonym(text: str, field: Field) -> None:
    assert field_named(text) is field


def test_an_unknown_field_is_refused_listing_every_field() -> None:
    with pytest.raises(ImportRefused) as refused:
        field_named("shoe size")
    names = ", ".join(f.value for f in Field)
    assert str(refused.value) == f'"shoe size" is not a field an import knows (fields: {names}).'
    assert names.startswith("ignore, post_ref, title, ")


def _mapping(*pairs: tuple[str, Field]) -> ColumnMapping:
    return ColumnMapping(tuple(h for h, _ in pairs), tuple(f for _, f in pairs))


def test_a_mapping_finds_a_column_by_header_or_number() -> None:
    mapping = _mapping(("Post No.", Field.POST_REF), ("Title", Field.TITLE), ("X", Field.IGNORE))
    assert (mapping.index_of(Field.TITLE), mapping.index_of(Field.GRADE)) == (1, -1)
    assert [mapping.column(h) for h in ("post no", "POST  NO", "title", "1", " 3 ")] == [
        0,
        0,
        1,
        0,
        2,
    ]
    assert mapping.field_of("Title") is Field.TITLE


@pytest.mark.parametrize("header", ["0", "4", "-1", "Grade"])
def test_a_column_not_there_is_refused_listing_the_columns(header: str) -> None:
    mapping = _mapping(("Post", Field.POST_REF), ("Title", Field.TITLE), ("X", Field.IGNORE))
    with pytest.raises(ImportRefused) as refused:
        mapping.column(header)
    assert str(refused.value) == (f'There is no column "{header}" (columns: "Post", "Title", "X").')


def test_a_field_given_to_a_column_is_taken_from_any_other() -> None:
    mapping = _mapping(("A", Field.TITLE), ("B", Field.NOTES), ("C", Field.NOTES))
    moved = mapping.with_field(2, Field.TITLE)
    assert moved == _mapping(("A", Field.IGNORE), ("B", Field.NOTES), ("C", Field.TITLE))
    assert mapping.fields == (Field.TITLE, Field.NOTES, Field.NOTES)  # a new mapping


def test_notes_and_ignore_may_be_held_by_several_columns() -> None:
    mapping = _mapping(("A", Field.NOTES), ("B", Field.IGNORE), ("C", Field.TITLE))
    assert mapping.with_field(2, Field.NOTES).fields == (Field.NOTES, Field.IGNORE, Field.NOTES)
    assert mapping.with_field(0, Field.IGNORE).fields == (
        Field.IGNORE,
        Field.IGNORE,
        Field.TITLE,
    )


def test_overrides_are_applied_in_order_and_a_blank_field_ignores() -> None:
    mapping = _mapping(("Ref", Field.POST_REF), ("Role", Field.TITLE), ("Boss", Field.IGNORE))
    changed = mapping.with_overrides(["boss = reports_to_ref", "2=", " Ref=title"])
    assert changed.fields == (Field.TITLE, Field.IGNORE, Field.REPORTS_TO_REF)


@pytest.mark.parametrize("text", ["Role", "=title", " =title"])
def test_an_override_not_written_column_equals_field_is_refused(text: str) -> None:
    mapping = _mapping(("Role", Field.TITLE))
    with pytest.raises(ImportRefused) as refused:
        mapping.with_overrides([text])
    assert str(refused.value) == (
        f'"{text}" is not a mapping: write it as column=field, for example "Position No=post_ref".'
    )


def test_a_mapping_describes_each_column_and_its_field() -> None:
    mapping = _mapping(("Ref", Field.POST_REF), ("Misc", Field.IGNORE), ("Boss", Field.REPORTS_TO))
    assert mapping.describe() == [
        "Ref -> Post number",
        "Misc -> (ignore)",
        "Boss -> Reports to (number or name)",
    ]


def test_an_exact_synonym_wins_over_a_guess_and_each_field_is_taken_once() -> None:
    mapping = recognise(["Old Post Ref", "Post Ref", "Job Title", "Title", "Post"])
    assert mapping.fields == (
        Field.IGNORE,
        Field.POST_REF,
        Field.TITLE,
        Field.IGNORE,
        Field.IGNORE,
    )


def test_a_guess_takes_a_field_not_yet_taken_and_notes_as_often_as_needed() -> None:
    mapping = recognise(["Officer Title", "Some Title", "Note 1", "General Comments", "Notes"])
    assert mapping.fields == (Field.TITLE, Field.IGNORE, Field.NOTES, Field.NOTES, Field.NOTES)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Parent Position Code", Field.REPORTS_TO_REF),
        ("Supervisor Ref", Field.REPORTS_TO_REF),
        ("Supervisor Number", Field.REPORTS_TO_REF),
        ("Parent Post No", Field.REPORTS_TO_REF),
        ("Parent Org Id", Field.REPORTS_TO_REF),
        ("Reports Into", Field.REPORTS_TO),
        ("Reporting Line", Field.REPORTS_TO),
        ("Manager Person", Field.REPORTS_TO_NAME),
        ("Line Manager Full Name", Field.REPORTS_TO_NAME),
        ("Manager Position Code", Field.REPORTS_TO_REF),
        ("Reports Into Ref", Field.REPORTS_TO_REF),
        ("Reports Into Number", Field.REPORTS_TO_REF),
        ("Reports Into No", Field.REPORTS_TO_REF),
        ("Reports Into Id", Field.REPORTS_TO_REF),
        ("Reports Into Post", Field.REPORTS_TO_REF),
        ("Salary Cost of Reports", None),
        ("Direct Reports Count", None),
        ("Manager Total Spend", None),
        ("Staff Payroll Id", Field.EMPLOYEE_NUMBER),
        ("Person Ref No", Field.EMPLOYEE_NUMBER),
        ("Employee Number Old", Field.EMPLOYEE_NUMBER),
        ("Position Ref Old", Field.POST_REF),
        ("Post Id Old", Field.POST_REF),
        ("Position Number Old", Field.POST_REF),
        ("Budget Cost Centre Old", Field.COST_CODE),
        ("Old Fte", Field.FTE),
        ("Wte Old", Field.FTE),
        ("Official Title", Field.TITLE),
        ("Old Grade", Field.GRADE),
        ("Band Old", Field.GRADE),
        ("Current Salary", Field.SALARY),
        ("Pay Old", Field.SALARY),
        ("Name Of Holder", Field.HOLDER_NAME),
        ("Team Name Old", Field.TEAM),
        ("Unit Name Old", None),
        ("Department Name Old", Field.DEPARTMENT),
        ("Organisation Old", Field.ORGANISATION),
        ("Organization Old", Field.ORGANISATION),
        ("Employer Old", Field.ORGANISATION),
        ("Section Old", Field.TEAM),
        ("Directorate Old", Field.DIRECTORATE),
        ("Dept Old", Field.DEPARTMENT),
        ("Vacant Old", Field.VACANT),
        ("Vacancy Old", Field.VACANT),
        ("Comment Old", Field.NOTES),
        ("Colour", None),
        ("Parent Colour", None),
        ("Supervisor Post", Field.REPORTS_TO_REF),
        ("Supervisor No", Field.REPORTS_TO_REF),
        ("Staff No", Field.EMPLOYEE_NUMBER),
        ("Payroll Id", Field.EMPLOYEE_NUMBER),
        ("Employee Grade", Field.GRADE),
        ("Position Colour", None),
        ("Phone Number", None),
        ("Post No Old", Field.POST_REF),
        ("Extra Notes", Field.NOTES),
    ],
)
def test_a_header_no_synonym_names_is_guessed_from_its_words(
    header: str, field: Field | None
) -> None:
    assert recognise([header]).fields == (field or Field.IGNORE,)


def test_a_dotted_line_header_is_guessed_as_its_field() -> None:
    assert recognise(["Matrix Manager Post"]).fields == (Field.DOTTED_LINE,)


@pytest.mark.parametrize("header", ["Salary£000", "Pay£k", "Salary (£k)", "Annual£Salary"])
def test_a_pound_sign_parts_words_like_any_other_sign(header: str) -> None:
    # "Pay £k" was always a salary; written without the space it must not hide the column.
    assert recognise(["Post number", header]).fields == (Field.POST_REF, Field.SALARY)


def test_an_override_splits_at_the_last_equals_sign_as_no_field_name_holds_one() -> None:
    # The column is a header as written, which may itself hold "="; no field's name does, so
    # the field is what follows the last "=".
    mapping = _mapping(("Ref", Field.POST_REF), ("Pay=Band", Field.IGNORE))
    changed = mapping.with_overrides(["Pay=Band=grade"])
    assert changed.fields == (Field.POST_REF, Field.GRADE)
