"""Every kind of edit, by every path of apply_edit: what it says it touched, and its exact undo.

The property test (test_inverse_property.py) draws random sequences; here each edit type is run
once on purpose, so no kind depends on what hypothesis happens to draw.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import (
    BudgetLine,
    BudgetLineId,
    CostingPoint,
    DottedLineKind,
    EditRefused,
    Grade,
    GradeId,
    PayPoint,
    Post,
    PostStatus,
    Proposal,
    UnitKind,
)
from orgchart_app.domain.drafts import RecommendationItem
from orgchart_app.domain.ids import OrganisationId, RecommendationItemId
from orgchart_app.domain.model import DottedLine, Organisation, Unit
from orgchart_app.domain.tables import RECORD_TABLES, Table
from orgchart_app.edits import (
    AddDottedLine,
    AddUnit,
    Applied,
    Batch,
    ChangeDeployment,
    ChangeEmployer,
    ChangeFte,
    ChangeQuantity,
    CopyScenario,
    DeletePost,
    DeleteScenario,
    DeleteUnit,
    Edit,
    EditDottedLine,
    EstablishPost,
    MovePosts,
    MoveUnit,
    PutOrganisation,
    PutPayRecord,
    Redesignate,
    Regrade,
    RemoveDottedLine,
    RemovePayRecord,
    RenameScenario,
    RenameUnit,
    ReportsPolicy,
    SetCostingBasis,
    SetProposalDetails,
    SetReportsTo,
    SetStatus,
    UpdatePost,
    UpdateUnit,
    WordRecommendations,
    apply_edit,
)
from orgchart_app.edits.patch import Changes
from orgchart_app.samples import build_bury


def _as_is(p: Proposal) -> int:
    return p.scenario_named("As is").id


def _manager(p: Proposal) -> Post:
    """The first as-is post with reports and a manager of its own."""
    managers = {q.reports_to_id for q in p.posts_in(_as_is(p))}
    return next(q for q in p.posts_in(_as_is(p)) if q.id in managers and q.reports_to_id)


def _leaf(p: Proposal) -> Post:
    managers = {q.reports_to_id for q in p.posts.values()}
    return next(q for q in p.posts_in(_as_is(p)) if q.id not in managers and q.reports_to_id)


def _other_unit(p: Proposal, post: Post) -> int:
    return next(
        u.id for u in p.units_in(_as_is(p)) if u.id != post.unit_id and u.kind is UnitKind.TEAM
    )


def _other_org(p: Proposal, post: Post) -> int:
    return next(o for o in p.organisations if o != post.employer_id)


def _new_parent(p: Proposal, unit_id: int) -> int:
    """A unit the given one is neither under already nor above."""
    parent = p.units[unit_id].parent_id
    return next(
        u.id
        for u in p.units_in(_as_is(p))
        if u.id != parent and unit_id not in {a.id for a in p.unit_path(u.id)}
    )


def _line(p: Proposal) -> DottedLine:
    return next(iter(p.dotted_lines.values()))


def _new_grade(p: Proposal) -> Grade:
    scale = next(iter(p.pay_scales))
    return Grade(GradeId(0), scale, "Grade 99", 40, 41, None, None, "test grade")


# Each case: how to build the edit from the proposal as it is before the edit.
CASES: dict[str, Callable[[Proposal], Edit]] = {
    "move posts": lambda p: MovePosts((_leaf(p).id,), _other_unit(p, _leaf(p))),
    "move a manager and team": lambda p: MovePosts((_manager(p).id,), _other_unit(p, _manager(p))),
    "set reports to": lambda p: SetReportsTo((_leaf(p).id,), None),
    "establish": lambda p: EstablishPost(
        Post(
            0,
            _as_is(p),
            "",
            "New officer",
            _leaf(p).unit_id,
            _leaf(p).employer_id,
            reports_to_id=_leaf(p).reports_to_id,
        )
    ),
    "delete, reports to manager": lambda p: DeletePost((_manager(p).id,)),
    "delete with team": lambda p: DeletePost((_manager(p).id,), ReportsPolicy.DELETE_TEAM),
    "redesignate": lambda p: Redesignate(_leaf(p).id, "Renamed officer"),
    "regrade": lambda p: Regrade(_leaf(p).id, "Grade 8"),
    "change FTE": lambda p: ChangeFte(_leaf(p).id, 0.6),
    "change quantity": lambda p: ChangeQuantity(_leaf(p).id, 3),
    "change employer": lambda p: ChangeEmployer((_leaf(p).id,), _other_org(p, _leaf(p))),
    "change deployment": lambda p: ChangeDeployment((_leaf(p).id,), _other_org(p, _leaf(p))),
    "end deployment": lambda p: ChangeDeployment((_leaf(p).id,), None),
    "set status": lambda p: SetStatus((_leaf(p).id,), PostStatus.HELD_VACANT),
    "update post": lambda p: UpdatePost(_leaf(p).id, (("notes", "checked"), ("cost_code", "X1"))),
    "add dotted line": lambda p: AddDottedLine(
        DottedLine(0, _as_is(p), _leaf(p).id, _manager(p).id, DottedLineKind.MATRIX, 10.0)
    ),
    "remove dotted line": lambda p: RemoveDottedLine(_line(p).id),
    "edit dotted line": lambda p: EditDottedLine(_line(p).id, DottedLineKind.SECONDMENT, 5.0, "x"),
    "add unit": lambda p: AddUnit(
        Unit(
            0,
            _as_is(p),
            "",
            "New team",
            UnitKind.TEAM,
            p.units[_leaf(p).unit_id].organisation_id,
            _leaf(p).unit_id,
        )
    ),
    "rename unit": lambda p: RenameUnit(_leaf(p).unit_id, "Renamed team"),
    "update unit": lambda p: UpdateUnit(_leaf(p).unit_id, (("colour", "#123456"),)),
    "move unit": lambda p: MoveUnit(_leaf(p).unit_id, _new_parent(p, _leaf(p).unit_id)),
    "delete unit": lambda p: DeleteUnit(_leaf(p).unit_id, _other_unit(p, _leaf(p))),
    "delete a unit with units inside": lambda p: DeleteUnit(
        p.units[_leaf(p).unit_id].parent_id, _leaf(p).unit_id
    ),  # type: ignore[arg-type]
    "add organisation": lambda p: PutOrganisation(
        Organisation(OrganisationId(0), "Wyvern Integrated Care Board", "Wyvern ICB")
    ),
    "change organisation": lambda p: PutOrganisation(
        dataclasses.replace(next(iter(p.organisations.values())), colour="#336699")
    ),
    "copy scenario": lambda p: CopyScenario(_as_is(p), "Option B"),
    "rename scenario": lambda p: RenameScenario(_as_is(p), "Current"),
    "delete scenario": lambda p: DeleteScenario(_as_is(p)),
    "put pay point": lambda p: PutPayRecord(
        dataclasses.replace(next(iter(p.pay_points.values())), salary=Decimal("99999"))
    ),
    "new grade": lambda p: PutPayRecord(_new_grade(p)),
    "new budget line": lambda p: PutPayRecord(
        BudgetLine(BudgetLineId(0), "", "Growth", other=Decimal("1000"))
    ),
    "remove budget line": lambda p: RemovePayRecord(Table.BUDGET_LINES, next(iter(p.budget_lines))),
    "set costing basis": lambda p: SetCostingBasis(_as_is(p), CostingPoint.BOTTOM, "2021/22"),
    "word recommendations": lambda p: WordRecommendations(
        _as_is(p),
        p.scenario_named("To be").id,
        (
            dataclasses.replace(p.recommendation_items[max(p.recommendation_items)], verb="agree"),
            RecommendationItem(
                RecommendationItemId(0), _as_is(p), _as_is(p), 0, "delegate", "authority to appoint"
            ),
        ),
    ),
    "set proposal details": lambda p: SetProposalDetails("Locality teams", "For January."),
    "batch": lambda p: Batch(
        (
            Redesignate(_leaf(p).id, "Batched"),
            EstablishPost(
                Post(0, _as_is(p), "", "Batched new", _leaf(p).unit_id, _leaf(p).employer_id)
            ),
            DeletePost((_manager(p).id,)),
        ),
        "Three at once",
    ),
}


GONE = '("As is" to "To be"): the changes it was written for are gone: check it or leave it out'
FLAGGED = {
    # The worded recommendations about what was removed are flagged, not dropped.
    "delete with team": [
        'Recommendation 2 ("As is" to "To be") is about posts in neither scenario: BC-1010, '
        "BC-1011, BC-1012 and 7 more",
        f"Recommendation 2 {GONE}",
        f"Recommendation 4 {GONE}",
    ],
    "delete a unit with units inside": [f"Recommendation 3 {GONE}"],
    "change deployment": [
        'As is: "Provider Relationship Officer" (BC-1013) is deployed to Bury CCG but sits in '
        '"Provider Relationship Team", a unit of OCO'
    ],
}


def touched(before: Proposal, after: Proposal) -> Changes:
    """What differs between two proposals, found by comparing them, not by asking the edit."""
    keys: dict[Table, frozenset[object]] = {}
    for table in RECORD_TABLES:
        old, new = before.records(table), after.records(table)
        differing = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
        if differing:
            keys[table] = frozenset(differing)
    if before.info != after.info:
        keys[Table.INFO] = frozenset({Table.INFO})
    named = (Table.POSTS, Table.UNITS, Table.DOTTED_LINES, Table.SCENARIOS, Table.ORGANISATIONS)
    return Changes(
        **{n.value: keys.get(n, frozenset()) for n in named},  # type: ignore[arg-type]
        other_tables=frozenset(t for t in keys if t not in named),
    )


@pytest.mark.parametrize("case", list(CASES))
def test_each_edit_names_what_it_touched_and_its_undo_restores_the_state_before(case: str) -> None:
    proposal = build_bury()
    start = proposal.copy()
    applied = apply_edit(proposal, CASES[case](proposal))
    done = proposal.copy()
    assert done.snapshot() != start.snapshot()
    # Nothing left pointing at what it removed; a deployment elsewhere is allowed but flagged.
    assert validate_proposal(proposal) == FLAGGED.get(case, [])
    assert applied.changes == touched(start, done) != Changes()
    assert applied.name and applied.inverse.name == applied.name

    undone = apply_edit(proposal, applied.inverse)
    assert proposal.snapshot() == start.snapshot()
    # The undo is itself an edit: it names the same records, and its own inverse redoes.
    assert (undone.edit, undone.name, undone.changes) == (
        applied.inverse,
        applied.name,
        applied.changes,
    )
    assert undone.messages == ()
    assert undone.inverse.name == applied.name  # redo keeps the step's name
    apply_edit(proposal, undone.inverse)
    assert proposal.snapshot() == done.snapshot()

    # Redo from the edit as applied (its ids allocated) lands on the same state, from scratch too.
    apply_edit(proposal, applied.inverse)
    redone = apply_edit(proposal, applied.edit)
    assert proposal.snapshot() == done.snapshot()
    assert (redone.edit, redone.name, redone.changes) == (
        applied.edit,
        applied.name,
        applied.changes,
    )


def test_a_batch_is_one_step_that_keeps_each_edit_as_applied_and_its_messages() -> None:
    proposal = build_bury()
    manager = _manager(proposal)
    alone = apply_edit(proposal.copy(), DeletePost((manager.id,)))
    applied = apply_edit(proposal, CASES["batch"](proposal))
    assert applied.name == "Three at once"
    assert isinstance(applied.edit, Batch) and applied.edit.name == "Three at once"
    established = applied.edit.edits[1]
    assert isinstance(established, EstablishPost) and established.post.id == max(proposal.posts)
    assert proposal.posts[established.post.id].title == "Batched new"
    assert manager.id not in proposal.posts
    # The deletion tells where the manager's reports went, in the batch as when alone.
    assert alone.messages and applied.messages == alone.messages
    assert applied.changes.posts >= {manager.id, established.post.id}


def test_an_unknown_kind_of_edit_is_refused_in_one_sentence() -> None:
    proposal = build_bury()
    before = proposal.snapshot()
    with pytest.raises(EditRefused, match=r"^Unknown kind of edit: str\.$"):
        apply_edit(proposal, "rename everything")  # type: ignore[arg-type]
    assert proposal.snapshot() == before


def test_a_refused_edit_late_in_a_batch_undoes_the_ones_before_it() -> None:
    proposal = build_bury()
    before = proposal.snapshot()
    leaf = _leaf(proposal)
    with pytest.raises(EditRefused):
        apply_edit(
            proposal,
            Batch(
                (
                    Redesignate(leaf.id, "First"),
                    ChangeFte(leaf.id, 0.5),
                    ChangeQuantity(leaf.id, 0),
                ),
                "Refused at the third",
            ),
        )
    assert proposal.snapshot() == before


def test_a_new_pay_point_is_added_and_undone(bury: Proposal) -> None:
    scale = next(iter(bury.pay_scales))
    before = bury.snapshot()
    applied = apply_edit(bury, PutPayRecord(PayPoint(scale, "2030/31", 1, Decimal("1"))))
    assert (scale, "2030/31", 1) in bury.pay_points
    assert applied.changes.other_tables == frozenset({Table.PAY_POINTS})
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_applied_is_a_value() -> None:
    field_names = [f.name for f in dataclasses.fields(Applied)]
    assert field_names == ["edit", "inverse", "changes", "name", "messages"]


# What Edit > Undo shows for each case on the Bury sample (its leaf post is a Provider Relationship
# Officer, its first manager-with-a-manager the Director, its first dotted line the AD's).
OFFICER, DIRECTOR = (
    '"Provider Relationship Officer"',
    '"Director of Community Commissioning (DASS)"',
)
NAMES = {
    "move posts": f'Move {OFFICER} to "Strategic Planning & Development Team"',
    "move a manager and team": f'Move {DIRECTOR} to "Provider Relationship Team"',
    "set reports to": f"Make {OFFICER} a head (no line manager)",
    "establish": 'Establish "New officer"',
    "delete, reports to manager": f"Delete {DIRECTOR}",
    "delete with team": "Delete 22 posts",
    "redesignate": f'Redesignate {OFFICER} as "Renamed officer"',
    "regrade": f"Regrade {OFFICER} to Grade 8",
    "change FTE": f"Change FTE of {OFFICER} to 0.6",
    "change quantity": f"Change quantity of {OFFICER} to 3",
    "change employer": f"Make Bury CCG employer of {OFFICER}",
    "change deployment": f"Deploy to Bury CCG: {OFFICER}",
    "end deployment": f"End the deployment of {OFFICER}",
    "set status": f"Mark vacant - held: {OFFICER}",
    "update post": f"Change notes, cost code of {OFFICER}",
    "add dotted line": f"Add a dotted line between {OFFICER} and {DIRECTOR}",
    "remove dotted line": 'Remove the dotted line between "Assistant Director of Social Care '
    f'Operations" and {DIRECTOR}',
    "edit dotted line": 'Change the dotted line between "Assistant Director of Social Care '
    f'Operations" and {DIRECTOR}',
    "add unit": 'Add unit "New team"',
    "rename unit": 'Rename "Provider Relationship Team" to "Renamed team"',
    "update unit": 'Change colour of "Provider Relationship Team"',
    "move unit": 'Move "Provider Relationship Team" into "Bury OCO"',
    "delete unit": 'Delete unit "Provider Relationship Team"',
    "delete a unit with units inside": 'Delete unit "Community Commissioning"',
    "add organisation": 'Add organisation "Wyvern ICB"',
    "change organisation": 'Change organisation "Bury Council"',
    "copy scenario": 'Copy "As is" as "Option B"',
    "rename scenario": 'Rename scenario "As is" to "Current"',
    "delete scenario": 'Delete scenario "As is"',
    "put pay point": "Set point 18 (2020/21) to £99,999",
    "new grade": 'Set grade "Grade 99"',
    "new budget line": 'Set budget line "Growth"',
    "remove budget line": 'Remove budget line "SEG5970"',
    "set costing basis": 'Cost "As is" at the bottom of grade, 2021/22 pay',
    "word recommendations": "Word the recommendations",
    "set proposal details": 'Retitle the proposal "Locality teams"',
    "batch": "Three at once",
}
REASSIGNED = (
    '"Strategic Lead (Strategy & Development)" now reports to "Executive Director of '
    'Strategic Commissioning".',
)


@pytest.mark.parametrize("case", list(CASES))
def test_each_edit_is_named_as_the_undo_menu_shows_it(case: str) -> None:
    proposal = build_bury()
    applied = apply_edit(proposal, CASES[case](proposal))
    assert applied.name == NAMES[case]
    reassigns = case in ("delete, reports to manager", "batch")
    assert applied.messages == (REASSIGNED if reassigns else ())
