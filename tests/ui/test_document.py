"""The document controller: edits become undo steps, refusals change nothing, save marks clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.domain import FileRefused, Proposal
from orgchart_app.edits import Redesignate, SetReportsTo
from orgchart_app.storage import open_proposal
from orgchart_app.ui.window.document import DocumentController


@pytest.fixture
def document(qtbot, bury: Proposal) -> DocumentController:  # type: ignore[no-untyped-def]
    return DocumentController(bury)


def test_an_edit_is_one_undo_step_named_after_the_action(
    document: DocumentController, qtbot
) -> None:  # type: ignore[no-untyped-def]
    post = document.proposal.post_by_ref(document.proposal.scenario_named("As is").id, "BC-1071")
    assert post is not None
    with qtbot.waitSignal(document.changed) as signal:
        document.push(Redesignate(post.id, "Brokerage Assistant"))
    assert post.id in signal.args[0].posts
    assert (
        document.undo_stack.undoText()
        == 'Redesignate "Brokerage Relationship Assistant" as "Brokerage Assistant"'
    )
    assert document.modified
    document.undo_stack.undo()
    assert document.proposal.posts[post.id].title == "Brokerage Relationship Assistant"
    assert not document.modified
    document.undo_stack.redo()
    assert document.proposal.posts[post.id].title == "Brokerage Assistant"


def test_a_refused_edit_says_why_and_changes_nothing(document: DocumentController, qtbot) -> None:  # type: ignore[no-untyped-def]
    scenario = document.proposal.scenario_named("As is").id
    lead = document.proposal.post_by_ref(scenario, "BC-1003")
    officer = document.proposal.post_by_ref(scenario, "BC-1013")
    assert lead and officer
    before = document.proposal.snapshot()
    with qtbot.waitSignal(document.refused) as signal:
        assert document.push(SetReportsTo((lead.id,), officer.id)) is None
    assert "reporting cycle" in signal.args[0]
    assert document.proposal.snapshot() == before and document.undo_stack.count() == 0


def test_save_writes_the_file_and_marks_clean(document: DocumentController, tmp_path: Path) -> None:
    post = next(iter(document.proposal.posts.values()))
    document.push(Redesignate(post.id, "Renamed"))
    document.save(tmp_path / "out.sqlite")
    assert not document.modified and document.path == tmp_path / "out.sqlite"
    assert open_proposal(tmp_path / "out.sqlite").proposal.posts[post.id].title == "Renamed"


def test_loading_a_bad_file_keeps_the_current_proposal(
    document: DocumentController, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    before = document.proposal.snapshot()
    with pytest.raises(FileRefused):
        document.load(bad)
    assert document.proposal.snapshot() == before


def test_selection_is_shared_and_ignores_unknown_posts(document: DocumentController, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = list(document.proposal.posts)[:2]
    with qtbot.waitSignal(document.selection_changed) as signal:
        document.select([first, 99999, second, first])
    assert signal.args[0] == (first, second) == document.selection
