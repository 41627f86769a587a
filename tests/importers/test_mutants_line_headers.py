"""importers/line_headers.py and organogram_columns.py directly: headers read as line fields, and
--map on an organogram pair checked."""

from __future__ import annotations

import pytest

from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.line_headers import guess_line_field
from orgchart_app.importers.organogram_columns import Columns, check_overrides
from orgchart_app.importers.tables import Row, Table
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER


def test_a_headers_words_suggest_a_line_field_only_beside_dotted_or_matrix() -> None:
    assert guess_line_field({"matrix", "type"}) == "dotted_line_kind"
    assert guess_line_field({"dotted", "relationship"}) == "dotted_line_kind"
    assert guess_line_field({"dotted", "percentage"}) == "dotted_line_share"
    assert guess_line_field({"matrix", "split"}) == "dotted_line_share"
    assert guess_line_field({"dotted", "temporary"}) == "dotted_line_interim"
    assert guess_line_field({"matrix", "manager"}) == "dotted_line"
    assert guess_line_field({"line", "type"}) is None
    assert guess_line_field(set()) is None


def _pair() -> list[Table]:
    return [Table("senior.csv", list(SENIOR_HEADER)), Table("junior.csv", list(JUNIOR_HEADER))]


def test_map_on_an_organogram_takes_only_the_fields_an_organogram_reads() -> None:
    check_overrides(_pair(), ["Notes=release", "Unit=team", "Contact Phone=", "FTE=fte"])
    with pytest.raises(ImportRefused) as refused:
        check_overrides(_pair(), ["Notes=salary"])
    message = str(refused.value)
    assert message.startswith('An organogram has no "salary" to read: --map there takes ')
    assert message.endswith(" or ignore.")
    taken = message.split("takes ")[1].removesuffix(" or ignore.").split(", ")
    assert taken == sorted(taken) and "post_ref" in taken and "release" in taken
    with pytest.raises(ImportRefused) as refused:
        check_overrides(_pair(), ["Budget=notes"])
    assert str(refused.value).startswith(
        'There is no column "Budget" (columns: "Post Unique Reference", "Name", '
    )
    # The last "=" starts the field's name (a header may hold one): "x" is no field.
    with pytest.raises(ImportRefused) as refused:
        check_overrides(_pair(), ["Notes=grade=x"])
    assert str(refused.value).startswith('"x" is not a field an import knows')


def test_map_moves_a_field_to_another_column_of_its_file_only() -> None:
    table = Table(
        "senior.csv",
        [*SENIOR_HEADER, "When"],
        [Row(2, tuple(f"cell {i}" for i in range(len(SENIOR_HEADER) + 1)))],
    )
    columns = Columns(table, ["Notes=grade", "Gone=notes"])
    row = table.rows[0]
    assert columns.get(row, "grade or equivalent", "grade") == "cell 16"
    assert columns.get(row, "notes") == ""
    assert columns.get(row, "job title") == "cell 3"
    assert columns.release_column() == -1
    assert Columns(table, ["When=release"]).release_column() == len(SENIOR_HEADER)
    with pytest.raises(ImportRefused, match='"x" is not a field'):
        Columns(table, ["Notes=x"])
    # "COLUMN=" leaves the column unread.
    ignored = Columns(table, ["Job Title="])
    assert (ignored.get(row, "job title"), ignored.get(row, "notes")) == ("", "cell 16")


def test_map_passes_over_a_column_of_the_other_file_and_reads_the_rest() -> None:
    table = Table("senior.csv", list(SENIOR_HEADER), [Row(2, tuple(map(str, SENIOR_HEADER)))])
    # "Payscale Minimum" is the junior file's: the senior file takes the next mapping still.
    columns = Columns(table, ["Payscale Minimum (£)=notes", "Notes=grade"])
    assert columns.get(table.rows[0], "grade") == "Notes"
