"""Dotted lines added and changed: the id a new line gets, the edit as applied (the designer
selects the line it names), and an interim line marked or kept (dotted_edits.py, written against
its surviving mutants)."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import DottedLineKind, EditRefused, Proposal
from orgchart_app.domain.ids import DottedLineId
from orgchart_app.domain.model import DottedLine
from orgchart_app.edits import AddDottedLine, EditDottedLine, apply_edit


def _new_line(p: Proposal, line_id: int) -> DottedLine:
    """A line between two posts of the scenario of the first line, that no line joins yet."""
    first = next(iter(p.dotted_lines.values()))
    joined = {(d.from_post_id, d.to_post_id) for d in p.dotted_lines.values()}
    posts = [q.id for q in p.posts_in(first.scenario_id)]
    source, target = next((a, b) for a in posts for b in posts if a != b and (a, b) not in joined)
    return DottedLine(DottedLineId(line_id), first.scenario_id, source, target)


def _added(p: Proposal, line_id: int) -> tuple[DottedLine, DottedLineId]:
    line = _new_line(p, line_id)
    before = dict(p.dotted_lines)
    applied = apply_edit(p, AddDottedLine(line))
    [new_id] = set(p.dotted_lines) - set(before)
    assert applied.edit == AddDottedLine(dataclasses.replace(line, id=new_id))
    assert {k: v for k, v in p.dotted_lines.items() if k != new_id} == before
    return line, new_id


def test_a_new_line_gets_the_next_id(bury: Proposal) -> None:
    following = max(bury.dotted_lines) + 1
    _, new_id = _added(bury, 0)
    assert new_id == following


def test_a_line_given_an_id_already_used_gets_a_new_one_and_leaves_the_other(
    bury: Proposal,
) -> None:
    following = max(bury.dotted_lines) + 1
    _, new_id = _added(bury, min(bury.dotted_lines))
    assert new_id == following


def test_a_line_given_an_id_the_file_lacks_is_made_with_it(bury: Proposal) -> None:
    # As redo after undo does: the edit as applied carries the id it had.
    wanted = max(bury.dotted_lines) + 5
    _, new_id = _added(bury, wanted)
    assert new_id == wanted


def test_a_line_is_marked_interim_and_back_and_otherwise_kept(bury: Proposal) -> None:
    line = next(iter(bury.dotted_lines.values()))
    assert not line.temporary
    edit = EditDottedLine(line.id, line.kind, line.share_percent, line.label, temporary=True)
    apply_edit(bury, edit)
    assert bury.dotted_lines[line.id].temporary is True
    # Not saying keeps it interim while the kind changes.
    apply_edit(bury, EditDottedLine(line.id, DottedLineKind.SECONDMENT, line.share_percent))
    assert bury.dotted_lines[line.id].temporary is True
    apply_edit(bury, dataclasses.replace(edit, temporary=False))
    assert bury.dotted_lines[line.id] == line


def _lines_from_one_post(p: Proposal, *shares: float | None) -> list[DottedLine]:
    """Lines from a post with no dotted line yet to as many other posts, with these shares."""
    scenario = next(iter(p.dotted_lines.values())).scenario_id
    used = {d.from_post_id for d in p.dotted_lines.values()}
    source, *targets = [q.id for q in p.posts_in(scenario) if q.id not in used]
    return [
        DottedLine(DottedLineId(0), scenario, source, target, share_percent=share)
        for target, share in zip(targets, shares, strict=False)
    ]


def _shares_allowed(p: Proposal, *shares: float | None) -> bool:
    """Whether lines with these shares can all be drawn from one post, one after another."""
    try:
        for line in _lines_from_one_post(p, *shares):
            apply_edit(p, AddDottedLine(line))
    except EditRefused as refused:
        assert str(refused).endswith(
            ("add up to more than 100%.", "more than 0% and at most 100%.")
        )
        return False
    return True


def test_shares_of_time_may_add_up_to_100_and_no_more(bury: Proposal) -> None:
    assert _shares_allowed(bury.copy(), 60.0, 40.0)
    assert _shares_allowed(bury.copy(), 60.0, 40.0, None)  # a line without a share adds nothing
    assert _shares_allowed(bury.copy(), None, 100.0)
    assert _shares_allowed(bury.copy(), 0.5)
    assert not _shares_allowed(bury.copy(), 60.0, 40.5)
    assert not _shares_allowed(bury.copy(), 0.0)


def test_the_first_line_of_a_proposal_gets_id_1_not_0(bury: Proposal) -> None:
    # The sample's own lines were added by this edit: with none left, "new" (id 0) is not kept.
    line = _new_line(bury, 0)
    bury.dotted_lines.clear()
    apply_edit(bury, AddDottedLine(line))
    assert bury.dotted_lines == {1: dataclasses.replace(line, id=DottedLineId(1))}
