"""importers/values.py directly: the readings the import's numbers and markers rest on."""

from __future__ import annotations

from orgchart_app.importers.values import (
    clean,
    decimal_text,
    is_vacant_name,
    looks_like_formula,
    marker,
    parse_money,
    uses_decimal_commas,
)


def test_clean_folds_line_breaks_and_tabs_and_only_trims_the_rest() -> None:
    assert clean(" Head of\tCare ") == "Head of Care"
    assert clean("Head of\rCare") == "Head of Care"
    assert clean("Head of\n\n Care") == "Head of Care"
    # Spaces between words are kept as written, printable or not (a no-break space, say).
    assert clean(" Ann  Lee ") == "Ann  Lee"
    assert clean(" Ann\u00a0  Lee ") == "Ann\u00a0  Lee"


def test_a_decimal_point_file_groups_thousands_with_commas() -> None:
    assert decimal_text("5", False) == ("5", "")
    assert decimal_text("1 234", False) == ("1234", "")
    assert decimal_text("1,234", False) == ("1234", "thousands")
    assert decimal_text("1,234,567", False) == ("1234567", "")
    assert decimal_text("1,234.5", False) == ("1234.5", "")
    assert decimal_text("0,6", False) == ("0.6", "")


def test_a_decimal_comma_file_groups_thousands_with_points() -> None:
    assert decimal_text("1.234", True) == ("1234", "thousands")
    assert decimal_text("1,234", True) == ("1.234", "decimal")
    assert decimal_text("1.234,5", True) == ("1234.5", "")
    assert decimal_text("12,5", True) == ("12.5", "")


def test_a_file_uses_decimal_commas_when_more_of_its_numbers_can_only_be_read_so() -> None:
    assert uses_decimal_commas(["12,5%"]) and uses_decimal_commas([" £1,50 "])
    assert uses_decimal_commas(["0,6", "1,25", "0.5"])
    assert not uses_decimal_commas(["0.5", "0.75", "0,6"])
    assert not uses_decimal_commas(["0,6", "0.5"])
    assert not uses_decimal_commas(["1,234", "1"])
    assert uses_decimal_commas(["0,6", "0,6", "0.5"])


def test_plain_pounds_in_a_decimal_comma_file_are_read_by_its_convention() -> None:
    assert parse_money("£20,001").value == 20001
    assert parse_money("£20,001", decimal_comma=True).value == 20.001


def test_a_vacancy_marker_may_be_preceded_by_spaces() -> None:
    assert is_vacant_name(" Vacant")
    assert is_vacant_name("'vacant post'")
    assert not is_vacant_name("A")
    assert not is_vacant_name("Vanessa Smith")
    assert not is_vacant_name("")


def test_a_formula_is_an_equals_sign_and_something_after_it() -> None:
    assert looks_like_formula("=1")
    assert not looks_like_formula("=")
    assert not looks_like_formula("A1")


def test_a_marker_loses_only_its_quotes_and_spacing_before_folding() -> None:
    # An organogram's post reference "X" is a reference, not the blank "no reference".
    assert marker(" 'Eliminated' ") == "eliminated"
    assert marker("“N/D”") == "n/d"
    assert marker("X") == "x"
    assert marker("XX  Y") == "xx y"
