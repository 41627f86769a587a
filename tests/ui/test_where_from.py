""" "Where does this come from?" in the properties panel: a value stated by a document (one of the
file's or a new one) at a place, or assumed with its reason; one undo step, saved with the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from orgchart_app.analysis.provenance import ProvenanceIndex, describe
from orgchart_app.domain.tables import Table
from orgchart_app.storage import open_proposal
from orgchart_app.ui.dialogs.source import NEW_DOCUMENT, SourceDialog
from orgchart_app.ui.window.main_window import MainWindow
from tests.ui.test_assumed_values import click_in_tree
from tests.ui.test_docks import post_id


def _ask(qtbot, window: MainWindow) -> SourceDialog:  # type: ignore[no-untyped-def]
    panel = window.properties_dock.panel
    qtbot.mouseClick(panel.cite, Qt.MouseButton.LeftButton)
    dialog = panel.source_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot, button: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    # On its indicator: a radio button in a form row is wider than what takes a click.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _about_the_grade(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ref: str, assumed: bool
) -> tuple[SourceDialog, int]:
    """The post selected in the tree, the dialog asked, its grade and a basis chosen; the
    undo stack's count before."""
    click_in_tree(qtbot, window, post_id(window, ref))
    steps = window.document.undo_stack.count()
    dialog = _ask(qtbot, window)
    dialog.field.setCurrentIndex(dialog.field.findText("Grade"))
    _choose(qtbot, dialog.assumed if assumed else dialog.stated)
    return dialog, steps


def _ok(qtbot, dialog: SourceDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _grade_source(window: MainWindow, ref: str) -> str:
    proposal = window.document.proposal
    sources = ProvenanceIndex(proposal).sources(Table.POSTS, post_id(window, ref))
    return describe(proposal, sources.of("grade"))


def test_a_grade_assumed_with_its_reason_is_one_undo_step_and_saved(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow, bury_file: Path
) -> None:
    window = bury_window
    dialog, steps = _about_the_grade(qtbot, window, "BC-1050", assumed=True)
    _ok(qtbot, dialog)
    assert "needs its reason" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "job evaluation pending")
    _ok(qtbot, dialog)
    assert _grade_source(window, "BC-1050") == "assumed: job evaluation pending"
    assert window.document.undo_stack.count() == steps + 1
    assert "Grade: assumed: job evaluation pending" in window.properties_dock.panel.sources.text()
    window.menu_actions.undo.trigger()
    assert _grade_source(window, "BC-1050").startswith("stated: Bury Council")
    window.menu_actions.redo.trigger()
    window.menu_actions.save.trigger()
    qtbot.waitUntil(lambda: window.document.undo_stack.isClean())
    saved = open_proposal(bury_file).proposal
    rows = [r for r in saved.provenance.values() if r.field == "grade"]
    assert [r.reason for r in rows] == ["job evaluation pending"]


def test_a_value_stated_by_a_new_document_adds_the_document_in_the_same_step(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    dialog, steps = _about_the_grade(qtbot, window, "BC-1054", assumed=False)
    dialog.document.setCurrentIndex(dialog.document.findText(NEW_DOCUMENT))
    qtbot.keyClicks(dialog.new_title, "Bury job evaluation panel, May 2021")
    qtbot.keyClicks(dialog.place, "item 4")
    _ok(qtbot, dialog)
    assert _grade_source(window, "BC-1054") == "stated: Bury job evaluation panel, May 2021, item 4"
    assert window.document.undo_stack.count() == steps + 1
    window.menu_actions.undo.trigger()
    titles = [d.title for d in window.document.proposal.documents.values()]
    assert "Bury job evaluation panel, May 2021" not in titles


def test_a_document_s_title_and_reference_are_corrected_where_it_is_cited(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    window = bury_window
    proposal = window.document.proposal
    (cited,) = proposal.documents.values()
    dialog, steps = _about_the_grade(qtbot, window, "BC-1054", assumed=False)
    dialog.document.setCurrentIndex(dialog.document.findData(cited.id))
    assert dialog.new_title.text() == cited.title
    dialog.new_title.selectAll()
    qtbot.keyClicks(dialog.new_title, "Bury report, 25 March 2021")
    dialog.reference.selectAll()
    qtbot.keyClicks(dialog.reference, "bury_report_2021.pdf")
    _ok(qtbot, dialog)
    changed = window.document.proposal.documents[cited.id]
    assert (changed.title, changed.reference) == (
        "Bury report, 25 March 2021",
        "bury_report_2021.pdf",
    )
    assert _grade_source(window, "BC-1054").startswith("stated: Bury report, 25 March 2021")
    assert window.document.undo_stack.count() == steps + 1
    window.menu_actions.undo.trigger()
    assert window.document.proposal.documents[cited.id] == cited
