"""Big proposals are laid out on a worker thread; the newest result wins and lands on the GUI thread."""

from __future__ import annotations

import threading

from orgchart_app.domain import Proposal
from orgchart_app.edits import Redesignate
from orgchart_app.ui.canvas.relayout import LayoutRunner
from orgchart_app.ui.canvas.scene import ChartScene
from orgchart_app.ui.window.document import DocumentController
from tests.ui.chart_fixtures import hand_layout, tiny_proposal


def test_a_threaded_layout_lands_on_the_gui_thread_and_follows_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = DocumentController(tiny_proposal())
    threads: list[str] = []

    def layout(proposal: Proposal, *args: object):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return hand_layout(proposal, *args)  # type: ignore[arg-type]

    scene = ChartScene(document, layout_function=layout)
    scene.runner.threaded_from = 0  # as if the proposal were big
    busy: list[bool] = []
    scene.runner.busy_changed.connect(busy.append)
    director = document.proposal.post_by_ref(document.scenario_id, "P1")  # type: ignore[arg-type]
    assert director is not None
    with qtbot.waitSignal(scene.layout_shown, timeout=5000):
        document.push(Redesignate(director.id, "Chief Officer"))
    assert scene.posts[director.id].box.title == "Chief Officer"
    assert threads[-1].startswith("layout") and busy == [True, False]
    scene.runner.shutdown()


def test_a_failing_layout_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = LayoutRunner()

    def broken(_proposal: Proposal) -> object:
        raise RuntimeError("no room")

    with qtbot.waitSignal(runner.failed) as signal:
        runner.run(tiny_proposal(), broken)
    assert signal.args == ["The chart could not be laid out: no room"]


def test_the_view_says_it_is_laying_out_while_the_worker_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from orgchart_app.ui.canvas import ChartView

    document = DocumentController(tiny_proposal())
    view = ChartView(document, layout_function=hand_layout)
    qtbot.addWidget(view)
    view.chart.runner.threaded_from = 0
    hints: list[str] = []
    view.hint.connect(hints.append)
    director = document.proposal.post_by_ref(document.scenario_id, "P1")  # type: ignore[arg-type]
    assert director is not None
    with qtbot.waitSignal(view.chart.layout_shown, timeout=5000):
        document.push(Redesignate(director.id, "Chief Officer"))
    qtbot.waitUntil(lambda: not view.busy)
    assert hints[0] == "Laying out 5 posts..." and hints[-1] == ""
    view.chart.runner.shutdown()


def test_an_edit_that_resizes_no_box_is_shown_at_once_without_the_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    from orgchart_app.edits import ChangeFte
    from orgchart_app.ui.canvas import ChartView

    document = DocumentController(tiny_proposal())
    view = ChartView(document)  # the designer's own layout
    qtbot.addWidget(view)
    scene = view.chart
    scene.runner.threaded_from = 0  # as if the proposal were big
    busy: list[bool] = []
    scene.runner.busy_changed.connect(busy.append)
    post = next(p for p in document.proposal.posts.values() if p.reports_to_id is not None)
    with qtbot.waitSignal(scene.layout_shown, timeout=5000):
        document.push(ChangeFte(post.id, 0.5))  # a line "0.5 FTE" more: laid out on the worker
    qtbot.waitUntil(lambda: not view.busy)
    assert busy == [True, False]
    document.push(ChangeFte(post.id, 0.6))  # the same lines, as wide: the layout shown reused
    assert "0.6 FTE" in scene.posts[post.id].box.lines  # shown before any event is processed
    assert busy == [True, False]
