"""Compare mode through the GUI: both sides drawn, linked, a click selects the post on both sides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orgchart_app.domain import ScenarioId
from orgchart_app.edits import CopyScenario, DeletePost, Redesignate
from orgchart_app.ui.window.compare import CompareView
from orgchart_app.ui.window.document import DocumentController
from tests.ui.chart_fixtures import hand_comparison, tiny_proposal

# The offscreen platform says this whenever a top-level widget with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def compare(qtbot) -> CompareView:  # type: ignore[no-untyped-def]
    document = DocumentController(tiny_proposal())
    as_is = document.scenario_id
    assert as_is is not None
    document.push(CopyScenario(as_is, "To be"))
    to_be = document.proposal.scenario_named("To be").id
    nurse = document.proposal.post_by_ref(to_be, "P5")
    assert nurse is not None
    document.push(DeletePost((nurse.id,)))
    view = CompareView(document, comparison=hand_comparison)
    view.set_scenarios(as_is, to_be)
    view.resize(1400, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_both_sides_are_drawn_with_their_headings_and_the_deletion_marked(
    compare: CompareView,
) -> None:
    assert compare.before.heading.text() == "As is" and compare.after.heading.text() == "To be"
    markers = {i.box.post_ref: i.box.change_marker for i in compare.before.scene.posts.values()}
    assert markers["P5"] == "deleted" and markers["P1"] == ""
    assert "P5" not in {i.box.post_ref for i in compare.after.scene.posts.values()}


def test_zoom_and_scroll_are_linked(compare: CompareView, qtbot) -> None:  # type: ignore[no-untyped-def]
    compare.after.pane.setFocus()
    qtbot.keyClick(compare.after.pane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(compare.after.pane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert compare.before.pane.zoom == pytest.approx(compare.after.pane.zoom)
    compare.before.pane.horizontalScrollBar().setValue(
        compare.before.pane.horizontalScrollBar().value() + 30
    )
    assert (
        compare.after.pane.horizontalScrollBar().value()
        == compare.before.pane.horizontalScrollBar().value()
    )


def test_clicking_a_post_selects_it_on_both_sides_and_reports_it(
    compare: CompareView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in compare.after.scene.posts.values() if i.box.post_ref == "P2")
    compare.after.pane.ensureVisible(item.sceneBoundingRect())
    at = compare.after.pane.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(compare.change_activated) as signal:
        qtbot.mouseClick(compare.after.pane.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert signal.args == ["P2"]
    selected = [
        compare.before.scene.posts[i].box.post_ref for i in compare.before.scene.selected_post_ids()
    ]
    assert selected == ["P2"]


def test_show_post_selects_on_both_sides_and_edits_relayout(compare: CompareView) -> None:
    compare.show_post("P1")
    for side in (compare.before, compare.after):
        assert [side.scene.posts[i].box.post_ref for i in side.scene.selected_post_ids()] == ["P1"]
    to_be = compare.document.proposal.scenario_named("To be").id
    director = compare.document.proposal.post_by_ref(ScenarioId(to_be), "P1")
    assert director is not None
    compare.document.push(Redesignate(director.id, "Chief Officer"))
    assert compare.after.scene.posts[director.id].box.title == "Chief Officer"


def test_compare_mode_on_bury_marks_the_established_and_deleted_posts(qtbot, bury) -> None:  # type: ignore[no-untyped-def]
    document = DocumentController(bury)
    view = CompareView(document)
    qtbot.addWidget(view)
    view.set_scenarios(bury.scenario_named("As is").id, bury.scenario_named("To be").id)
    view.resize(1600, 700)
    view.show()
    qtbot.waitExposed(view)
    before = {i.box.post_ref: i.box.change_marker for i in view.before.scene.posts.values()}
    after = [i.box for i in view.after.scene.posts.values()]
    # The report deletes 21 posts in 10 boxes and establishes 16 posts.
    doomed = {
        "BC-1010",
        "BC-1011",
        "BC-1012",
        "BC-1013",
        "BC-1014",
        "BC-1020",
        "BC-1021",
        "BC-1022",
        "BC-1030",
        "BC-1040",
    }
    assert {ref for ref, marker in before.items() if "deleted" in marker} == doomed
    # A new post ring-fenced to a pool reads "new, ring-fenced: Pool A".
    established = [box for box in after if box.change_marker.split(", ")[0] == "new"]
    quantity = {p.post_ref: p.quantity for p in bury.posts_in(bury.scenario_named("To be").id)}
    assert sum(quantity[box.post_ref] for box in established) == 16
    # Each new post's reporting line is assumed (the report does not give it): marked.
    assert {box.title for box in established} == {
        "Senior Integrated Commissioning Manager \N{DAGGER}",
        "Integrated Commissioning Officer \N{DAGGER}",
        "Integrated Commissioning Support Officer \N{DAGGER}",
        "Quality Assurance Officer \N{DAGGER}",
    }
    assert "NEW" in view.legend.text() and "DELETED" in view.legend.text()
    view.set_engine("graphviz")
    layout = view.after.scene.layout
    assert layout is not None
    assert {i.box.post_ref for i in view.after.scene.posts.values()} == {b.post_ref for b in after}
    assert layout.engine == "graphviz" or (
        not view.notice.isHidden() and layout.notices[0] in view.notice.text()
    )
