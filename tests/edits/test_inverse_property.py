"""Undo is exact: over random edit sequences, the inverses restore the proposal, order included."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart_app.domain import DottedLineKind, EditRefused, PostStatus, Proposal, UnitKind
from orgchart_app.domain.model import DottedLine, Post, Unit
from orgchart_app.edits import (
    AddDottedLine,
    AddUnit,
    Applied,
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
    Redesignate,
    Regrade,
    RemoveDottedLine,
    RenameScenario,
    RenameUnit,
    ReportsPolicy,
    SetReportsTo,
    SetStatus,
    apply_edit,
)
from orgchart_app.samples import build_bury

BURY = build_bury()


def _random_edit(data: st.DataObject, p: Proposal) -> Edit:
    posts = list(p.posts)
    units = list(p.units)
    orgs = list(p.organisations)
    scenarios = list(p.scenarios)
    pick = lambda items: data.draw(st.sampled_from(items))  # noqa: E731
    kind = data.draw(st.integers(0, 21))
    post = pick(posts)
    if kind == 0:
        return MovePosts((post,), pick(units), data.draw(st.booleans()))
    if kind == 1:
        return SetReportsTo((post,), data.draw(st.one_of(st.none(), st.sampled_from(posts))))
    if kind == 2:
        scenario = pick(scenarios)
        unit = next(u for u in p.units.values() if u.scenario_id == scenario)
        return EstablishPost(
            Post(
                0,
                scenario,
                "",
                data.draw(st.text(min_size=0, max_size=8)),
                unit.id,
                pick(orgs),
                fte=data.draw(st.sampled_from([0.5, 1.0, 2.0])),
                reports_to_id=data.draw(st.one_of(st.none(), st.sampled_from(posts))),
            )
        )
    if kind == 3:
        return DeletePost((post,), pick(list(ReportsPolicy)))
    if kind == 4:
        return Redesignate(post, data.draw(st.text(max_size=10)))
    if kind == 5:
        return Regrade(post, data.draw(st.sampled_from(["", "Grade 9", "Band 7"])))
    if kind == 6:
        return ChangeFte(post, data.draw(st.sampled_from([0.0, 0.2, 0.5, 1.0, 1.2])))
    if kind == 7:
        return ChangeQuantity(post, data.draw(st.integers(-1, 9)))
    if kind == 8:
        return ChangeEmployer((post,), pick(orgs))
    if kind == 9:
        return ChangeDeployment((post,), data.draw(st.one_of(st.none(), st.sampled_from(orgs))))
    if kind == 10:
        return SetStatus((post,), pick(list(PostStatus)))
    if kind == 11:
        target = pick(posts)
        return AddDottedLine(
            DottedLine(
                0,
                p.posts[post].scenario_id,
                post,
                target,
                pick(list(DottedLineKind)),
                data.draw(st.sampled_from([None, 10.0, 60.0])),
            )
        )
    if kind in (12, 13) and p.dotted_lines:
        line = pick(list(p.dotted_lines))
        if kind == 12:
            return RemoveDottedLine(line)
        return EditDottedLine(
            line, pick(list(DottedLineKind)), data.draw(st.sampled_from([None, 5.0]))
        )
    if kind == 14:
        parent = p.units[pick(units)]
        return AddUnit(
            Unit(
                0,
                parent.scenario_id,
                "",
                data.draw(st.text(max_size=6)),
                pick(list(UnitKind)),
                parent.organisation_id,
                parent.id,
            )
        )
    if kind == 15:
        return RenameUnit(pick(units), data.draw(st.text(max_size=6)))
    if kind == 16:
        return MoveUnit(pick(units), pick(units))
    if kind == 17:
        return DeleteUnit(pick(units), data.draw(st.one_of(st.none(), st.sampled_from(units))))
    if kind == 18:
        return CopyScenario(pick(scenarios), data.draw(st.sampled_from(["Option B", "To be", "C"])))
    if kind == 19:
        return RenameScenario(pick(scenarios), data.draw(st.sampled_from(["X", "As is", "Y"])))
    if kind == 20:
        return DeleteScenario(pick(scenarios))
    return MovePosts(
        tuple(data.draw(st.lists(st.sampled_from(posts), min_size=1, max_size=4))), pick(units)
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_inverses_restore_the_proposal_exactly(data: st.DataObject) -> None:
    proposal = BURY.copy()
    original = proposal.snapshot()
    history: list[Applied] = []
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _random_edit(data, proposal)
        before = proposal.snapshot()
        try:
            applied = apply_edit(proposal, edit)
        except EditRefused:
            assert proposal.snapshot() == before, "a refused edit must leave the proposal untouched"
            continue
        after = proposal.snapshot()
        # Undo then redo (the resolved edit) lands on the same state.
        apply_edit(proposal, applied.inverse)
        assert proposal.snapshot() == before
        applied = apply_edit(proposal, applied.edit)
        assert proposal.snapshot() == after
        history.append(applied)
    for applied in reversed(history):
        apply_edit(proposal, applied.inverse)
    assert proposal.snapshot() == original
