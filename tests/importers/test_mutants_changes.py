"""importers/changes_sheet.py and changes_plan.py directly: a changes sheet read, then planned as
one batch on a copy of a proposal an import made."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from orgchart_app.domain.model import Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import apply_edit
from orgchart_app.importers import import_files
from orgchart_app.importers.changes_plan import ChangeSet, ChangesRefused, plan_changes
from orgchart_app.importers.changes_sheet import (
    HEADERS,
    Action,
    ChangeField,
    SheetRow,
    current_values,
    read_changes,
    template_rows,
)
from orgchart_app.importers.limits import ImportRefused
from tests.importers.files import write_csv

_STAFF = [
    ["Post Number", "Job Title", "Grade", "FTE", "Reports To", "Team", "Employer", "Vacant"],
    ["P1", "Director", "SMT1", "1", "", "Leadership", "Bury Council", "no"],
    ["P2", "Head of Care", "10", "1", "P1", "Care", "Bury Council", "no"],
    ["P3", "Social Worker", "7", "0.5", "P2", "Care", "NHS Bury", "yes"],
    ["P4", "Finance Officer", "5", "1", "P1", "Finance", "Bury Council", "no"],
    ["P5", "Care Assistant", "3", "1", "P2", "Care", "Bury Council", "no"],
]


def _proposal(tmp_path: Path) -> tuple[Proposal, Scenario]:
    proposal = import_files([write_csv(tmp_path / "staff.csv", _STAFF)]).proposal
    return proposal, next(iter(proposal.scenarios.values()))


def _state(proposal: Proposal) -> dict[str, list[str]]:
    return {p.post_ref: current_values(proposal, p) for p in proposal.posts.values()}


def _sheet(tmp_path: Path, rows: Sequence[Sequence[str]]) -> tuple[str, list[SheetRow]]:
    return read_changes(write_csv(tmp_path / "changes.csv", rows))


def test_a_sheets_columns_are_found_by_header_alias_or_case(tmp_path: Path) -> None:
    header = ["post number", "ACTION", "Job Title", "Team", "Reports to post", "Notes"]
    header += ["Deployment", "Organisation", " grade ", "fte", "Status", "Title"]
    cells = [" P3 ", "ADD", "Carer", "Care", "P2", "ignored", "NHS Bury", "Bury Council", "6"]
    cells += ["", "Vacant", "second title"]
    source, rows = _sheet(tmp_path, [header, cells])
    assert source == "changes.csv"
    assert rows == [
        SheetRow(
            2,
            "P3",
            Action.NEW,
            (
                (ChangeField.TITLE, "Carer"),
                (ChangeField.UNIT, "Care"),
                (ChangeField.REPORTS_TO, "P2"),
                (ChangeField.GRADE, "6"),
                (ChangeField.STATUS, "Vacant"),
                (ChangeField.EMPLOYER, "Bury Council"),
                (ChangeField.DEPLOYED_TO, "NHS Bury"),
            ),
        )
    ]


def test_each_action_word_is_read_and_a_formula_is_named_by_its_column(tmp_path: Path) -> None:
    rows = [["Post reference", "Change", "Grade"]]
    rows += [["P1", "", "=B2"], ["P2", "change", ""], ["P3", "New", ""], ["P4", "Delete", ""]]
    _, read = _sheet(tmp_path, rows)
    assert [(r.line, r.reference, r.action, r.formula, r.values) for r in read] == [
        (2, "P1", Action.CHANGE, "Grade", ((ChangeField.GRADE, "=B2"),)),
        (3, "P2", Action.CHANGE, "", ()),
        (4, "P3", Action.NEW, "", ()),
        (5, "P4", Action.DELETE, "", ()),
    ]


def test_a_sheet_without_references_or_with_an_unknown_change_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        _sheet(tmp_path, [["Post", "Grade"], ["P1", "6"]])
    assert str(refused.value) == (
        '"changes.csv" has no "Post reference" column: its columns are Post reference, Change, '
        "Title, Unit, Reports to, Grade, FTE, Status, Employer, Deployed to "
        "(`orgchart export --changes-template` writes one)."
    )
    with pytest.raises(ImportRefused) as refused:
        _sheet(tmp_path, [["Post reference", "Change"], ["P1", ""], ["P2", "Remove "]])
    assert str(refused.value) == (
        'changes.csv line 3: "remove" is not a change: leave it blank, or write "new" or "delete".'
    )


def test_the_template_holds_each_posts_current_values_in_reference_order(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    assert [f.label for f in ChangeField][:5] == ["title", "unit", "reports to", "grade", "FTE"]
    assert template_rows(proposal, scenario.id) == [
        list(HEADERS),
        ["P1", "", "Director", "Leadership", "", "SMT1", "1", "Filled", "Bury Council", ""],
        ["P2", "", "Head of Care", "Care", "P1", "10", "1", "Filled", "Bury Council", ""],
        ["P3", "", "Social Worker", "Care", "P2", "7", "0.5", "Vacant", "NHS Bury", ""],
        ["P4", "", "Finance Officer", "Finance", "P1", "5", "1", "Filled", "Bury Council", ""],
        ["P5", "", "Care Assistant", "Care", "P2", "3", "1", "Filled", "Bury Council", ""],
    ]


def _plan(
    tmp_path: Path, proposal: Proposal, scenario: Scenario, rows: Sequence[Sequence[str]]
) -> ChangeSet:
    source, read = _sheet(tmp_path, [HEADERS, *rows])
    return plan_changes(proposal, scenario, source, read)


def _row(ref: str, change: str = "", **values: str) -> list[str]:
    fields = [f.name.lower() for f in ChangeField]
    return [ref, change, *(values.get(name, "") for name in fields)]


def test_every_field_a_row_changes_is_one_edit_of_one_batch(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    before = _state(proposal)
    rows = [
        _row("P3", grade="8", fte="100%", status="vacant - held", title="Senior Social Worker"),
        _row("P4", unit="u0005", reports_to="P2", employer="nhs bury", deployed_to="Bury Council"),
        _row("P2", title="Head of Care", grade="10", fte="1", status="filled", unit="Care"),
        _row("P1", reports_to="", deployed_to="none", employer="Bury Council"),
    ]
    planned = _plan(tmp_path, proposal, scenario, rows)
    assert planned.lines == (
        'line 2: P3 "Social Worker": title: Social Worker -> Senior Social Worker; '
        "grade: 7 -> 8; FTE: 0.5 -> 100%; status: Vacant -> vacant - held",
        'line 3: P4 "Finance Officer": unit: Finance -> u0005; reports to: P1 -> P2; '
        "employer: Bury Council -> nhs bury; deployed to: (none) -> Bury Council",
    )
    assert planned.edit.name == "Apply 2 changes from changes.csv"
    assert _state(proposal) == before  # planned on a copy
    applied = apply_edit(proposal, planned.edit)
    after = _state(proposal)
    assert after["P3"] == [
        "Senior Social Worker", "Care", "P2", "8", "1", "Vacant - held", "NHS Bury", ""
    ]  # fmt: skip
    assert after["P4"] == ["Finance Officer", "Care", "P2", "5", "1", "Filled", "NHS Bury", "Bury Council"]  # fmt: skip
    assert {k: v for k, v in after.items() if k in ("P1", "P2")} == {
        k: before[k] for k in ("P1", "P2")
    }
    apply_edit(proposal, applied.inverse)
    assert _state(proposal) == before


def test_a_deployment_is_ended_by_none_or_a_dash(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    apply_edit(
        proposal, _plan(tmp_path, proposal, scenario, [_row("P4", deployed_to="NHS Bury")]).edit
    )
    assert _state(proposal)["P4"][7] == "NHS Bury"
    planned = _plan(tmp_path, proposal, scenario, [_row("P4", deployed_to="-")])
    assert planned.lines == ('line 2: P4 "Finance Officer": deployed to: NHS Bury -> -',)
    assert planned.edit.name == "Apply 1 change from changes.csv"
    apply_edit(proposal, planned.edit)
    assert _state(proposal)["P4"][7] == ""


def test_an_untouched_template_changes_nothing(tmp_path: Path) -> None:
    # Both employers have a "Care" team: P3's row names its own, which is not the first "Care".
    proposal, scenario = _proposal(tmp_path)
    rows = template_rows(proposal, scenario.id)[1:]
    planned = _plan(tmp_path, proposal, scenario, rows)
    assert (planned.lines, planned.edit.edits) == ((), ())
    assert planned.edit.name == "Apply 0 changes from changes.csv"


def test_new_and_deleted_posts(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    before = _state(proposal)
    rows = [
        _row("P9", "new", title="Analyst", unit="Finance", grade="6", fte="0.5"),
        _row("", "add", title="Apprentice", unit="Finance"),
        _row("P3", "delete"),
    ]
    planned = _plan(tmp_path, proposal, scenario, rows)
    assert planned.lines == (
        'line 2: new post "Analyst" (P9) in Finance: grade: (none) -> 6; FTE: 1 -> 0.5',
        'line 3: new post "Apprentice" (NEW-7) in Finance',
        'line 4: P3 "Social Worker": deleted',
    )
    applied = apply_edit(proposal, planned.edit)
    after = _state(proposal)
    assert after["P9"] == ["Analyst", "Finance", "P4", "6", "0.5", "Vacant", "Bury Council", ""]
    assert after["NEW-7"] == ["Apprentice", "Finance", "P4", "", "1", "Vacant", "Bury Council", ""]
    assert "P3" not in after and len(after) == 6
    apply_edit(proposal, applied.inverse)
    assert _state(proposal) == before


def _refused(tmp_path: Path, rows: Sequence[Sequence[str]]) -> str:
    proposal, scenario = _proposal(tmp_path)
    before = _state(proposal)
    with pytest.raises(ChangesRefused) as refused:
        _plan(tmp_path, proposal, scenario, rows)
    assert _state(proposal) == before
    return str(refused.value)


def test_every_row_that_cannot_apply_is_listed_with_its_line(tmp_path: Path) -> None:
    rows = [
        _row("P99", grade="6"),
        _row("P3", reports_to="P98"),
        _row("P3", unit="Nowhere"),
        _row("P3", fte="half"),
        _row("P3", status="maybe"),
        _row("P3", employer="Mars Council"),
        _row("P4", "new", title="Clerk"),
        _row("P4", "new", title="Clerk", unit="Finance"),
        _row("P1", grade="=SMT1"),
    ]
    assert _refused(tmp_path, rows) == (
        "9 rows of changes.csv cannot apply; nothing was changed:\n"
        '  line 2: there is no post "P99" in "As is".\n'
        '  line 3: there is no post "P98" in "As is" to report to.\n'
        '  line 4: there is no unit called "Nowhere" in this scenario.\n'
        '  line 5: "half" is not an FTE such as 1 or 0.5.\n'
        '  line 6: "maybe" is not a status: write Filled, Vacant or Vacant - held.\n'
        '  line 7: there is no organisation called "Mars Council".\n'
        "  line 8: a new post needs its Title and its Unit.\n"
        '  line 9: there is already a post "P4".\n'
        "  line 10: the cell under Grade holds a formula: type its value instead."
    )


def test_a_new_post_whose_row_fails_is_not_kept_for_later_rows(tmp_path: Path) -> None:
    rows = [
        _row("P9", "new", title="Analyst", unit="Finance", status="maybe"),
        _row("P9", grade="6"),
    ]
    message = _refused(tmp_path, rows)
    assert message.splitlines()[1:] == [
        '  line 2: "maybe" is not a status: write Filled, Vacant or Vacant - held.',
        '  line 3: there is no post "P9" in "As is".',
    ]


def test_one_field_or_post_changed_on_two_lines_is_refused_naming_both(tmp_path: Path) -> None:
    rows = [_row("P3", grade="8"), _row("P3", fte="1"), _row("P3", grade="9")]
    assert _refused(tmp_path, rows) == (
        "1 row of changes.csv cannot apply; nothing was changed:\n"
        "  line 4: the grade of P3 is changed on line 2 too."
    )
    rows = [
        _row("P3", "delete"),
        _row("P3", "new", title="Carer", unit="U0005"),
        _row("P3", fte="1"),
    ]
    assert _refused(tmp_path, rows).splitlines()[1:] == [
        "  line 4: the post P3 is deleted on line 2 too."
    ]


def test_a_sheet_needs_no_change_column_and_ignores_unknown_ones(tmp_path: Path) -> None:
    rows = [["Post reference", "Grade", "Notes"], ["P3", "8", "=today()"]]
    _, read = _sheet(tmp_path, rows)
    assert read == [SheetRow(2, "P3", Action.CHANGE, ((ChangeField.GRADE, "8"),))]


def test_a_status_is_read_by_its_label_or_its_words(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    for text, label in (("Held Vacant", "Vacant - held"), ("VACANT - HELD", "Vacant - held")):
        planned = _plan(tmp_path, proposal, scenario, [_row("P2", status=text)])
        copy = proposal.copy()
        apply_edit(copy, planned.edit)
        assert _state(copy)["P2"][5] == label, text


def test_a_moved_post_leaves_its_team_behind(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    apply_edit(proposal, _plan(tmp_path, proposal, scenario, [_row("P2", unit="Finance")]).edit)
    assert _state(proposal)["P2"][1] == "Finance"
    assert _state(proposal)["P5"][:3] == ["Care Assistant", "Care", "P2"]


def test_a_refusal_keeps_each_problem_for_the_designer_to_list(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    with pytest.raises(ChangesRefused) as refused:
        _plan(tmp_path, proposal, scenario, [_row("P99", "delete"), _row("P3", fte="x")])
    assert refused.value.problems == (
        'line 2: there is no post "P99" in "As is".',
        'line 3: "x" is not an FTE such as 1 or 0.5.',
    )


def test_a_unit_name_two_units_share_is_refused_naming_their_references(tmp_path: Path) -> None:
    # Both employers have a "Care" team: a move or a new post naming "Care" went to the first of
    # them without a word. It is refused, as `orgchart` refuses it, naming each one's reference.
    rows = [
        _row("P4", unit="care"),
        _row("P9", "new", title="Analyst", unit="Care"),
    ]
    shared = 'units are called "{}" in "As is": name one by its reference (U0003, U0005).'
    assert _refused(tmp_path, rows) == (
        "2 rows of changes.csv cannot apply; nothing was changed:\n"
        f"  line 2: 2 {shared.format('care')}\n"
        f"  line 3: 2 {shared.format('Care')}"
    )


def test_a_unit_is_named_by_its_reference_or_a_name_no_other_unit_has(tmp_path: Path) -> None:
    proposal, scenario = _proposal(tmp_path)
    rows = [_row("P4", unit="U0005"), _row("P3", unit="finance")]
    apply_edit(proposal, _plan(tmp_path, proposal, scenario, rows).edit)
    units = {p.post_ref: proposal.units[p.unit_id] for p in proposal.posts.values()}
    assert (units["P4"].unit_ref, units["P3"].name) == ("U0005", "Finance")
