"""importers/people.py directly: dates, a row's person facts, and one post per shared post number."""

from __future__ import annotations

import datetime as dt

from orgchart_app.domain.enums import ContractKind, PostStatus
from orgchart_app.importers.fields import Field
from orgchart_app.importers.people import gather_people, holds_person, parse_date, person_facts
from orgchart_app.importers.records import NO_FACTS, PersonFacts, PostRow


def test_dates_read_iso_and_day_first_uk_forms_and_nothing_else() -> None:
    assert parse_date("2021-04-01") == dt.date(2021, 4, 1)
    assert parse_date("2021-04-01 00:00:00") == dt.date(2021, 4, 1)
    assert parse_date("01/04/2021") == dt.date(2021, 4, 1)
    assert parse_date(" 1.4.2021 ") == dt.date(2021, 4, 1)
    assert parse_date("31-12-2020") == dt.date(2020, 12, 31)
    for text in ("2021-13-01", "31/02/2021", "01/04/21", "01/04/2021 x", "soon", "", "2021-4-1"):
        assert parse_date(text) is None, text


def _facts(texts: dict[Field, str]) -> tuple[PersonFacts, list[tuple[str, str, str]]]:
    seen: list[tuple[str, str, str]] = []
    facts = person_facts(texts, lambda what, text, instead: seen.append((what, text, instead)))
    return facts, seen


def test_a_row_without_person_columns_shares_the_one_empty_record() -> None:
    facts, seen = _facts({Field.TITLE: "Officer", Field.GRADE: "5"})
    assert facts is NO_FACTS and seen == []


def test_each_person_column_is_read_into_its_fact() -> None:
    facts, seen = _facts(
        {
            Field.CONTRACT: "Fixed-Term  Contract",
            Field.CONTRACT_END: "31/03/2026",
            Field.SERVICE_START: "2015-09-01",
            Field.DATE_OF_BIRTH: "02.07.1980",
            Field.SPINAL_POINT: "23",
        }
    )
    assert facts == PersonFacts(
        ContractKind.FIXED_TERM,
        dt.date(2026, 3, 31),
        dt.date(2015, 9, 1),
        dt.date(1980, 7, 2),
        23,
    )
    assert seen == []


def test_contract_words_are_read_whatever_their_case_and_punctuation() -> None:
    for text, kind in (
        ("SECONDED IN", ContractKind.SECONDMENT_IN),
        ("secondment-out", ContractKind.SECONDMENT_OUT),
        ("Interim", ContractKind.AGENCY),
        ("perm.", ContractKind.PERMANENT),
        ("FTC", ContractKind.FIXED_TERM),
    ):
        facts, seen = _facts({Field.CONTRACT: text})
        assert (facts.contract, seen) == (kind, []), text


def test_unreadable_person_values_are_listed_and_left_out() -> None:
    facts, seen = _facts(
        {
            Field.CONTRACT: "casual",
            Field.CONTRACT_END: "end of project",
            Field.SERVICE_START: "31/02/2010",
            Field.DATE_OF_BIRTH: "1980",
            Field.SPINAL_POINT: "100000",
        }
    )
    assert facts == PersonFacts()
    assert seen == [
        ("Contract", "casual", "the person is taken as permanent"),
        ("Contract end", "end of project", "it is left blank"),
        ("Continuous service date", "31/02/2010", "it is left blank"),
        ("Date of birth", "1980", "it is left blank"),
    ]  # the spinal point is listed by the post's reading of the cell (test_spinal_point_once.py)


def test_spinal_points_up_to_99999_are_read_and_signs_or_words_are_not() -> None:
    assert _facts({Field.SPINAL_POINT: "99999"}) == (PersonFacts(spinal_point=99999), [])
    for text in ("-3", "12a", "4.5"):
        facts, seen = _facts({Field.SPINAL_POINT: text})
        assert facts.spinal_point is None and seen == []


def test_blank_person_cells_leave_the_facts_unset_without_a_problem() -> None:
    blank = dict.fromkeys(
        (Field.CONTRACT, Field.CONTRACT_END, Field.SERVICE_START, Field.SPINAL_POINT), ""
    )
    assert _facts(blank) == (PersonFacts(), [])


def _row(
    line: int, ref: str, title: str, holder: str = "", status: PostStatus = PostStatus.FILLED
) -> PostRow:
    return PostRow("staff.csv", line, ref, title, holder=holder, status=status)


def test_rows_of_one_shared_post_gather_under_the_first() -> None:
    rows = [
        _row(2, "P1", "Social Worker", "Ann Lee"),
        _row(3, "P2", "Manager", "Bo Day"),
        _row(4, "P1", "SOCIAL WORKER", "Cy Fox"),
        _row(5, "P1", "Social Worker", "Di Ng"),
    ]
    kept, extra = gather_people(rows)
    assert [r.line for r in kept] == [2, 3]
    assert {i: [r.line for r in more] for i, more in extra.items()} == {0: [4, 5]}


def test_a_repeat_with_another_title_or_no_person_is_its_own_post() -> None:
    rows = [
        _row(2, "P1", "Social Worker", "Ann Lee"),
        _row(3, "P1", "Team Leader", "Bo Day"),
        _row(4, "P1", "Social Worker", "Vacant"),
        _row(5, "P1", "Social Worker", "Cy Fox", status=PostStatus.VACANT),
        _row(6, "", "Social Worker", "Di Ng"),
        _row(7, "", "Social Worker", "Ed Ray"),
    ]
    kept, extra = gather_people(rows)
    assert [r.line for r in kept] == [2, 3, 4, 5, 6, 7]
    assert extra == {}


def test_a_vacant_first_row_does_not_stop_the_holders_after_it_gathering() -> None:
    # The holders of one post gather whatever the order of its rows: a vacant row before them
    # stays a vacancy of its own (renamed and listed), as it does after them.
    rows = [_row(2, "P1", "Clerk"), _row(3, "P1", "Clerk", "Ann Lee"), _row(4, "P1", "Clerk", "Bo")]
    kept, extra = gather_people(rows)
    assert [r.line for r in kept] == [2, 3]
    assert {i: [r.line for r in more] for i, more in extra.items()} == {1: [4]}
    reordered = [rows[1], rows[2], rows[0]]
    kept, extra = gather_people(reordered)
    assert [r.line for r in kept] == [3, 2]
    assert {i: [r.line for r in more] for i, more in extra.items()} == {0: [4]}


def test_holds_person_needs_a_name_a_filled_post_and_no_vacancy_marker() -> None:
    assert holds_person(_row(2, "P1", "Clerk", "Ann Lee"))
    assert not holds_person(_row(2, "P1", "Clerk", ""))
    assert not holds_person(_row(2, "P1", "Clerk", "vacant post"))
    assert not holds_person(_row(2, "P1", "Clerk", "Ann Lee", status=PostStatus.HELD_VACANT))
