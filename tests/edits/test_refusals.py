"""Every refusal, word for word: what the status bar tells the user, with the proposal left untouched.

Each case builds its edit from the Bury sample as it is; the boundary cases beside them (the
largest accepted value) show where the line is drawn.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

import pytest

from orgchart_app.domain import (
    BudgetLine,
    BudgetLineId,
    CostingPoint,
    DottedLineKind,
    EditRefused,
    Grade,
    GradeId,
    OnCostRule,
    OnCostRuleId,
    PayPoint,
    PayScale,
    PayScaleId,
    PostStatus,
    Proposal,
    UnitKind,
)
from orgchart_app.domain.model import DottedLine, Unit
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    AddDottedLine,
    AddUnit,
    ChangeDeployment,
    ChangeEmployer,
    ChangeFte,
    ChangeQuantity,
    CopyScenario,
    DeleteScenario,
    DeleteUnit,
    Edit,
    EditDottedLine,
    MovePosts,
    MoveUnit,
    PutPayRecord,
    Redesignate,
    Regrade,
    RemoveDottedLine,
    RemovePayRecord,
    RenameScenario,
    RenameUnit,
    SetCostingBasis,
    SetReportsTo,
    SetStatus,
    UpdatePost,
    UpdateUnit,
    apply_edit,
)
from orgchart_app.samples import build_bury
from tests.analysis.test_costing import tiny
from tests.edits.test_undo_every_edit import _as_is, _leaf, _line, _manager

OFFICER = "Provider Relationship Officer"
TEAM = "Provider Relationship Team"


def _to_be(p: Proposal) -> int:
    return p.scenario_named("To be").id


def _to_be_unit(p: Proposal) -> int:
    return next(u.id for u in p.units_in(_to_be(p)))


def _to_be_post(p: Proposal) -> int:
    return next(q.id for q in p.posts_in(_to_be(p)))


def _top(p: Proposal) -> Unit:
    return next(u for u in p.units_in(_as_is(p)) if u.parent_id is None)


def _unit(p: Proposal, **fields: object) -> Unit:
    base = Unit(0, _as_is(p), "", "New", UnitKind.TEAM, _top(p).organisation_id, _top(p).id)
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def _dotted(p: Proposal, **fields: object) -> DottedLine:
    base = DottedLine(0, _as_is(p), _leaf(p).id, _manager(p).id, DottedLineKind.MATRIX, None)
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def _scale(p: Proposal) -> PayScaleId:
    return next(iter(p.pay_scales))


def _grade(p: Proposal, **fields: object) -> Grade:
    base = Grade(GradeId(0), _scale(p), "Grade 99", 40, 41, None, None, "")
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def _rule(p: Proposal, **fields: object) -> OnCostRule:
    return dataclasses.replace(next(iter(p.on_cost_rules.values())), **fields)  # type: ignore[arg-type]


def _budget(**fields: object) -> BudgetLine:
    return dataclasses.replace(BudgetLine(BudgetLineId(0), "C1", "Growth"), **fields)  # type: ignore[arg-type]


REFUSED: dict[str, tuple[Callable[[Proposal], Edit], str]] = {
    # --- posts: existence, names, numbers, links -----------------------------------------------
    "no such post": (
        lambda p: Redesignate(99999, "X"),
        "Post 99999 does not exist (it may have been deleted).",
    ),
    "no such unit": (
        lambda p: RenameUnit(99999, "X"),
        "Unit 99999 does not exist (it may have been deleted).",
    ),
    "empty title": (lambda p: Redesignate(_leaf(p).id, "   "), "The post title cannot be empty."),
    "long title": (
        lambda p: Redesignate(_leaf(p).id, "x" * 201),
        "The post title is longer than 200 characters.",
    ),
    "empty reference": (
        lambda p: UpdatePost(_leaf(p).id, (("post_ref", " "),)),
        "The post reference cannot be empty.",
    ),
    "no FTE": (
        lambda p: ChangeFte(_leaf(p).id, 0),
        "FTE must be more than 0 and at most 1 per post (got 0); use the quantity for "
        "several posts in one box.",
    ),
    "over one FTE": (
        lambda p: ChangeFte(_leaf(p).id, 1.01),
        "FTE must be more than 0 and at most 1 per post (got 1.01); use the quantity "
        "for several posts in one box.",
    ),
    "no posts": (
        lambda p: ChangeQuantity(_leaf(p).id, 0),
        "The quantity must be between 1 and 100,000 (got 0).",
    ),
    "too many posts": (
        lambda p: ChangeQuantity(_leaf(p).id, 100_001),
        "The quantity must be between 1 and 100,000 (got 100001).",
    ),
    "negative salary": (
        lambda p: UpdatePost(_leaf(p).id, (("salary", Decimal("-1")),)),
        "A stated salary must be £0, or between £0.01 and £10,000,000 (got £-1).",
    ),
    "unit elsewhere": (
        lambda p: UpdatePost(_leaf(p).id, (("unit_id", _to_be_unit(p)),)),
        '"Bury OCO" belongs to another scenario.',
    ),
    "unit gone": (
        lambda p: UpdatePost(_leaf(p).id, (("unit_id", 99999),)),
        "The unit does not exist.",
    ),
    "employer gone": (
        lambda p: UpdatePost(_leaf(p).id, (("employer_id", 999),)),
        "The employer is not an organisation of this proposal.",
    ),
    "employer unknown": (
        lambda p: ChangeEmployer((_leaf(p).id,), 999),
        "The employer is not an organisation of this proposal.",
    ),
    "deployment gone": (
        lambda p: UpdatePost(_leaf(p).id, (("deployed_to_id", 999),)),
        "The deployment is not an organisation of this proposal.",
    ),
    "deployment unknown": (
        lambda p: ChangeDeployment((_leaf(p).id,), 999),
        "The deployment is not an organisation of this proposal.",
    ),
    "manager gone": (
        lambda p: SetReportsTo((_leaf(p).id,), 99999),
        "The new line manager does not exist.",
    ),
    "manager elsewhere": (
        lambda p: SetReportsTo((_leaf(p).id,), _to_be_post(p)),
        "A post can only report to a post in the same scenario.",
    ),
    "own manager": (
        lambda p: SetReportsTo((_leaf(p).id,), _leaf(p).id),
        f'"{OFFICER}" cannot report to itself.',
    ),
    "cycle": (
        lambda p: SetReportsTo((_manager(p).id,), _leaf(p).id),
        '"Director of Community Commissioning (DASS)" cannot report to '
        f'"{OFFICER}", who already reports to it: that would make a reporting cycle.',
    ),
    "nothing to move": (lambda p: MovePosts((), _leaf(p).unit_id), "Nothing to move."),
    "move elsewhere": (
        lambda p: MovePosts((_leaf(p).id,), _to_be_unit(p)),
        f'"Bury OCO" is in another scenario than "{OFFICER}".',
    ),
    "already there": (
        lambda p: MovePosts((_leaf(p).id,), _leaf(p).unit_id),
        f'"{OFFICER}" is already in "{TEAM}".',
    ),
    "all already there": (
        lambda p: MovePosts((_leaf(p).id, _leaf(p).id), _leaf(p).unit_id),
        f'2 posts are already in "{TEAM}".',
    ),
    "same manager": (
        lambda p: SetReportsTo((_leaf(p).id,), _leaf(p).reports_to_id),
        "The line management is already like that.",
    ),
    "no such field": (
        lambda p: UpdatePost(_leaf(p).id, (("id", 5), ("colour", "red"))),
        "Posts have no field colour, id.",
    ),
    "same title": (
        lambda p: Redesignate(_leaf(p).id, OFFICER),
        f'"{OFFICER}" already has that value.',
    ),
    "same status": (
        lambda p: SetStatus((_leaf(p).id,), _leaf(p).status),
        f'"{OFFICER}" already has that value.',
    ),
    "same status twice": (
        lambda p: SetStatus((_leaf(p).id, _manager(p).id), PostStatus.FILLED),
        "2 posts already have that value.",
    ),
    # --- dotted lines --------------------------------------------------------------------------
    "line to nowhere": (
        lambda p: AddDottedLine(_dotted(p, to_post_id=99999)),
        "A dotted line must join two existing posts.",
    ),
    "line from nowhere": (
        lambda p: AddDottedLine(_dotted(p, from_post_id=99999)),
        "A dotted line must join two existing posts.",
    ),
    "line to itself": (
        lambda p: AddDottedLine(_dotted(p, to_post_id=_leaf(p).id)),
        "A dotted line must join two different posts.",
    ),
    "line across": (
        lambda p: AddDottedLine(_dotted(p, to_post_id=_to_be_post(p))),
        "A dotted line must join two posts of the same scenario.",
    ),
    "line in another scenario": (
        lambda p: AddDottedLine(_dotted(p, scenario_id=_to_be(p))),
        "A dotted line must join two posts of the same scenario.",
    ),
    "line kind": (
        lambda p: AddDottedLine(_dotted(p, kind="matrix")),
        "Unknown kind of dotted line.",
    ),
    "no share": (
        lambda p: AddDottedLine(_dotted(p, share_percent=0.0)),
        "The share of time must be more than 0% and at most 100%.",
    ),
    "over a whole": (
        lambda p: AddDottedLine(_dotted(p, share_percent=100.5)),
        "The share of time must be more than 0% and at most 100%.",
    ),
    "line gone": (lambda p: RemoveDottedLine(99999), "That dotted line does not exist."),
    "edit line gone": (
        lambda p: EditDottedLine(99999, DottedLineKind.MATRIX, None),
        "That dotted line does not exist.",
    ),
    "same line": (
        lambda p: EditDottedLine(
            _line(p).id, _line(p).kind, _line(p).share_percent, _line(p).label
        ),
        "The dotted line already has those values.",
    ),
    # --- units ---------------------------------------------------------------------------------
    "unnamed unit": (lambda p: AddUnit(_unit(p, name=" ")), "The unit name cannot be empty."),
    "unit of no scenario": (
        lambda p: AddUnit(_unit(p, scenario_id=99, parent_id=None)),
        "The unit's scenario does not exist.",
    ),
    "unit of no organisation": (
        lambda p: AddUnit(_unit(p, organisation_id=99)),
        "The unit's organisation is not part of this proposal.",
    ),
    "unit kind": (lambda p: AddUnit(_unit(p, kind="team")), "Unknown unit kind or status."),
    "unit status": (lambda p: AddUnit(_unit(p, status="in_place")), "Unknown unit kind or status."),
    "parent elsewhere": (
        lambda p: AddUnit(_unit(p, parent_id=_to_be_unit(p))),
        "A unit can only sit inside a unit of the same scenario.",
    ),
    "parent gone": (
        lambda p: AddUnit(_unit(p, parent_id=99999)),
        "Unit 99999 does not exist (it may have been deleted).",
    ),
    "lead elsewhere": (
        lambda p: AddUnit(_unit(p, lead_post_id=_to_be_post(p))),
        "The unit's lead must be a post of the same scenario.",
    ),
    "lead gone": (
        lambda p: AddUnit(_unit(p, lead_post_id=99999)),
        "The unit's lead must be a post of the same scenario.",
    ),
    "unnamed team": (
        lambda p: RenameUnit(_leaf(p).unit_id, "  "),
        "The unit name cannot be empty.",
    ),
    "same unit name": (
        lambda p: RenameUnit(_leaf(p).unit_id, f" {TEAM} "),
        f'The unit is already called "{TEAM}".',
    ),
    "no such unit field": (
        lambda p: UpdateUnit(_leaf(p).unit_id, (("parent_id", 1), ("id", 2))),
        "Units have no editable field id, parent_id.",
    ),
    "same unit value": (
        lambda p: UpdateUnit(_leaf(p).unit_id, (("name", TEAM),)),
        f'"{TEAM}" already has that value.',
    ),
    "unit lead checked": (
        lambda p: UpdateUnit(_leaf(p).unit_id, (("lead_post_id", 99999),)),
        "The unit's lead must be a post of the same scenario.",
    ),
    "move unit across": (
        lambda p: MoveUnit(_leaf(p).unit_id, _to_be_unit(p)),
        "A unit can only move within its own scenario.",
    ),
    "unit already in": (
        lambda p: MoveUnit(_leaf(p).unit_id, p.units[_leaf(p).unit_id].parent_id),
        f'"{TEAM}" is already in "Community Commissioning".',
    ),
    "posts nowhere": (
        lambda p: DeleteUnit(_leaf(p).unit_id),
        f'"{TEAM}" still holds 5 posts: say where they go, or move them first.',
    ),
    "posts into itself": (
        lambda p: DeleteUnit(_leaf(p).unit_id, _leaf(p).unit_id),
        "The posts must go to another unit of the same scenario.",
    ),
    "posts across": (
        lambda p: DeleteUnit(_leaf(p).unit_id, _to_be_unit(p)),
        "The posts must go to another unit of the same scenario.",
    ),
    "top unit with units": (
        lambda p: DeleteUnit(_top(p).id, _leaf(p).unit_id),
        '"Bury OCO" is a top-level unit with units inside: move them first.',
    ),
    # --- scenarios -----------------------------------------------------------------------------
    "copy of nothing": (lambda p: CopyScenario(99, "X"), "That scenario does not exist."),
    "copy name taken": (
        lambda p: CopyScenario(_as_is(p), " to BE "),
        'There is already a scenario called "to BE".',
    ),
    "copy unnamed": (lambda p: CopyScenario(_as_is(p), ""), "The scenario name cannot be empty."),
    "rename taken": (
        lambda p: RenameScenario(_as_is(p), "To be"),
        'There is already a scenario called "To be".',
    ),
    "delete nothing": (lambda p: DeleteScenario(99), "That scenario does not exist."),
    # --- pay and budget ------------------------------------------------------------------------
    "not pay": (lambda p: PutPayRecord(_unit(p)), "Unit is not a pay record."),  # type: ignore[arg-type]
    "point of no scale": (
        lambda p: PutPayRecord(PayPoint(99, "2020/21", 1, Decimal(1))),
        "The pay point's scale does not exist.",
    ),
    "point of no year": (
        lambda p: PutPayRecord(PayPoint(_scale(p), " ", 1, Decimal(1))),
        "The pay year cannot be empty.",
    ),
    "negative point": (
        lambda p: PutPayRecord(PayPoint(_scale(p), "2020/21", 1, Decimal(-1))),
        "The salary cannot be negative.",
    ),
    "grade unnamed": (
        lambda p: PutPayRecord(_grade(p, code="")),
        "The grade code cannot be empty.",
    ),
    "grade of no scale": (
        lambda p: PutPayRecord(_grade(p, pay_scale_id=99)),
        "The grade's pay scale does not exist.",
    ),
    "grade half points": (
        lambda p: PutPayRecord(_grade(p, top_point=None)),
        'Grade "Grade 99" needs both ends of its range.',
    ),
    "grade half salary": (
        lambda p: PutPayRecord(_grade(p, bottom_point=None, top_point=None, min_salary=Decimal(1))),
        'Grade "Grade 99" needs both ends of its range.',
    ),
    "grade points upside down": (
        lambda p: PutPayRecord(_grade(p, bottom_point=42)),
        'Grade "Grade 99" starts above where it ends.',
    ),
    "grade salaries upside down": (
        lambda p: PutPayRecord(
            _grade(
                p, bottom_point=None, top_point=None, min_salary=Decimal(2), max_salary=Decimal(1)
            )
        ),
        'Grade "Grade 99" starts above where it ends.',
    ),
    "grade negative salary": (
        lambda p: PutPayRecord(
            _grade(
                p, bottom_point=None, top_point=None, min_salary=Decimal(-2), max_salary=Decimal(1)
            )
        ),
        "The salary cannot be negative.",
    ),
    "grade code taken": (
        lambda p: PutPayRecord(_grade(p, code="Grade 11")),
        'This pay scale already has a grade "Grade 11".',
    ),
    "rule of no organisation": (
        lambda p: PutPayRecord(_rule(p, organisation_id=99)),
        "The on-cost rule's organisation does not exist.",
    ),
    "rule of no year": (
        lambda p: PutPayRecord(_rule(p, pay_year="")),
        "The pay year cannot be empty.",
    ),
    "NI rate": (
        lambda p: PutPayRecord(_rule(p, ni_rate=Decimal("1.01"))),
        "The NI rate must be a fraction between 0 and 1 (13.8% is 0.138).",
    ),
    "pension rate": (
        lambda p: PutPayRecord(_rule(p, pension_rate=Decimal("-0.01"))),
        "The pension rate must be a fraction between 0 and 1 (13.8% is 0.138).",
    ),
    "full pension rate": (
        lambda p: PutPayRecord(_rule(p, pension_full_rate=Decimal("20.68"))),
        "The full pension rate must be a fraction between 0 and 1 (13.8% is 0.138).",
    ),
    "levy rate": (
        lambda p: PutPayRecord(_rule(p, apprenticeship_levy_rate=Decimal("2"))),
        "The apprenticeship levy rate must be a fraction between 0 and 1 (13.8% is 0.138).",
    ),
    "negative threshold": (
        lambda p: PutPayRecord(_rule(p, ni_threshold=Decimal("-1"))),
        "The NI threshold cannot be negative.",
    ),
    "rule for the year again": (
        lambda p: PutPayRecord(_rule(p, id=OnCostRuleId(0))),
        "That organisation already has an on-cost rule for 2020/21.",
    ),
    "budget unnamed": (
        lambda p: PutPayRecord(_budget(description="", cost_code=" ")),
        "The budget line's description cannot be empty.",
    ),
    "negative basic": (
        lambda p: PutPayRecord(_budget(basic_pay=Decimal(-1))),
        "The basic pay cannot be negative.",
    ),
    "negative NI": (
        lambda p: PutPayRecord(_budget(national_insurance=Decimal(-1))),
        "The NI cannot be negative.",
    ),
    "negative pension": (
        lambda p: PutPayRecord(_budget(superannuation=Decimal(-1))),
        "The superannuation cannot be negative.",
    ),
    "remove nothing": (
        lambda p: RemovePayRecord(Table.GRADES, 99999),
        "That pay record does not exist (it may have been removed).",
    ),
    "remove from posts": (
        lambda p: RemovePayRecord(Table.POSTS, _leaf(p).id),
        "That pay record does not exist (it may have been removed).",
    ),
    "remove from no table": (
        lambda p: RemovePayRecord("salaries", 1),
        "That pay record does not exist (it may have been removed).",
    ),
    "scale with grades": (
        lambda p: RemovePayRecord(Table.PAY_SCALES, _scale(p)),
        '"NJC pay spine" still has grades: remove them first.',
    ),
    "basis of nothing": (
        lambda p: SetCostingBasis(99, CostingPoint.TOP, "2020/21"),
        "That scenario does not exist.",
    ),
    "same basis": (
        lambda p: SetCostingBasis(
            _as_is(p), p.scenarios[_as_is(p)].costing_point, f" {p.scenarios[_as_is(p)].pay_year} "
        ),
        "The costing basis is already like that.",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_each_refusal_says_why_in_one_sentence_and_changes_nothing(case: str) -> None:
    proposal = build_bury()
    before = proposal.snapshot()
    build, message = REFUSED[case]
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, build(proposal))
    assert str(refused.value) == message
    assert proposal.snapshot() == before


ACCEPTED: dict[str, Callable[[Proposal], Edit]] = {
    "a title of 200 characters": lambda p: Redesignate(_leaf(p).id, "x" * 200),
    "one whole FTE": lambda p: (
        ChangeFte(_leaf(p).id, 0.5) if _leaf(p).fte == 1 else ChangeFte(_leaf(p).id, 1.0)
    ),
    "100,000 posts": lambda p: ChangeQuantity(_leaf(p).id, 100_000),
    "a salary of nothing": lambda p: UpdatePost(_leaf(p).id, (("salary", Decimal(0)),)),
    "a whole share": lambda p: AddDottedLine(_dotted(p, share_percent=100.0)),
    "rates of 0 and 1": lambda p: PutPayRecord(
        _rule(p, ni_rate=Decimal(0), pension_rate=Decimal(1))
    ),
    "a threshold of nothing": lambda p: PutPayRecord(_rule(p, ni_threshold=Decimal(0))),
    "a one-point grade": lambda p: PutPayRecord(_grade(p, bottom_point=41)),
    "a one-salary grade": lambda p: PutPayRecord(
        _grade(p, bottom_point=None, top_point=None, min_salary=Decimal(0), max_salary=Decimal(0))
    ),
    "a budget line named by its code": lambda p: PutPayRecord(_budget(description="")),
    "the same code on another scale": lambda p: PutPayRecord(
        _grade(p, code="Grade 11", pay_scale_id=[s for s in p.pay_scales][-1])
    ),
    "a new pay scale": lambda p: PutPayRecord(PayScale(PayScaleId(0), "Local", "local", "")),
}


@pytest.mark.parametrize("case", list(ACCEPTED))
def test_the_edges_of_each_rule_are_allowed(case: str) -> None:
    proposal = build_bury()
    applied = apply_edit(proposal, ACCEPTED[case](proposal))
    assert applied.changes != type(applied.changes)()


def test_an_unknown_grade_is_refused_with_the_grades_there_are() -> None:
    proposal, _ = tiny()
    officer = next(p for p in proposal.posts.values() if p.post_ref == "O")
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, Regrade(officer.id, "G9"))
    assert str(refused.value) == 'Grade "G9" is not one of the proposal\'s grades (G1, S1).'
    proposal.grades.clear()  # a file without grades takes any grade
    assert apply_edit(proposal, Regrade(officer.id, "G9")).name == 'Regrade "Officer" to G9'


def test_a_grade_in_use_says_how_many_posts_are_on_it() -> None:
    proposal, _ = tiny()
    g1 = next(g for g in proposal.grades.values() if g.code == "G1")
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, RemovePayRecord(Table.GRADES, g1.id))
    # Officer, the box of 2 part-timers and the nurse: three posts (boxes) on G1.
    assert str(refused.value) == '3 posts are on "G1": regrade them first.'


def test_a_pay_scale_needs_a_name() -> None:
    proposal, _ = tiny()
    with pytest.raises(EditRefused) as refused:
        apply_edit(proposal, PutPayRecord(PayScale(PayScaleId(0), " ", "NJC", "")))
    assert str(refused.value) == "The pay scale name cannot be empty."


def test_the_last_scenario_cannot_be_deleted(bury: Proposal) -> None:
    apply_edit(bury, DeleteScenario(bury.scenario_named("To be").id))
    with pytest.raises(EditRefused) as refused:
        apply_edit(bury, DeleteScenario(bury.scenario_named("As is").id))
    assert str(refused.value) == "A proposal needs at least one scenario."
