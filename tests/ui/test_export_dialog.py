"""File > Export PDF, driven through its widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from orgchart_app.domain import Proposal
from orgchart_app.exporters.pdf import PdfOptions, plan_pdf
from orgchart_app.storage import save_proposal
from orgchart_app.ui.dialogs.export_pdf import ExportPdfDialog
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.settings import Settings
from tests.exporters.helpers import pdf_text


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


@pytest.fixture
def dialog(qtbot, bury: Proposal, tmp_path: Path) -> ExportPdfDialog:  # type: ignore[no-untyped-def]
    document = DocumentController(bury, tmp_path / "bury.sqlite")
    dialog = ExportPdfDialog(document)
    qtbot.addWidget(dialog)
    return dialog


def _tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    # On the indicator: a click right of the label's text does not toggle a check box.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_page_count_is_shown_before_exporting_and_follows_the_options(
    qtbot, dialog: ExportPdfDialog, bury: Proposal
) -> None:  # type: ignore[no-untyped-def]
    expected = plan_pdf(bury, PdfOptions(scenario="As is")).page_count
    assert dialog.findChild(type(dialog.page_count), "page_count").text() == f"{expected} pages"
    _tick(qtbot, dialog.post_list)
    _choose(qtbot, dialog.paper, "A3")
    with_list = plan_pdf(bury, PdfOptions(scenario="As is", paper="A3", post_list=True)).page_count
    qtbot.waitUntil(lambda: dialog.page_count.text() == f"{with_list} pages")
    assert dialog.title.placeholderText() == "Current structures"
    _choose(qtbot, dialog.scenario, "To be")
    qtbot.waitUntil(lambda: dialog.title.placeholderText() == "Proposed structures")


def test_export_writes_the_pdf_and_opens_it(
    qtbot, dialog: ExportPdfDialog, tmp_path: Path, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "appendix 5.pdf"
    _choose(qtbot, dialog.scenario, "To be")
    _retype(qtbot, dialog.title, "Appendix 5 - Proposed structures")
    _retype(qtbot, dialog.output, str(target))
    _tick(qtbot, dialog.names)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported == target
    assert opened == [str(target)]
    text = pdf_text(target)
    assert "Appendix 5 - Proposed structures" in text and "Siân Ó Dálaigh" in text
    assert len(PdfReader(target).pages) == int(dialog.page_count.text().split()[0])


def test_a_bad_choice_is_explained_in_the_dialog(
    qtbot, dialog: ExportPdfDialog, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _tick(qtbot, dialog.chart)
    qtbot.waitUntil(lambda: "Nothing to export" in dialog.message.text())
    assert not dialog.export_button.isEnabled()
    _tick(qtbot, dialog.chart)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    _retype(qtbot, dialog.output, "/no/such/folder/out.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "cannot be written" in dialog.message.text()
    assert dialog.result() != ExportPdfDialog.DialogCode.Accepted
    assert dialog.exported is None and opened == []


def test_run_returns_what_was_written(
    qtbot, bury: Proposal, tmp_path: Path, opened: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"

    def press_export(self: ExportPdfDialog) -> int:
        self.output.setText(str(target))
        qtbot.mouseClick(self.export_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ExportPdfDialog, "exec", press_export)
    assert ExportPdfDialog.run(None, DocumentController(bury)) == target
    assert target.exists()


def test_compare_every_unit_adds_the_unchanged_units(
    qtbot, dialog: ExportPdfDialog, bury: Proposal
) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, dialog.compare, "To be")
    changed = plan_pdf(bury, PdfOptions(scenario="As is", compare_to="To be")).page_count
    qtbot.waitUntil(lambda: dialog.page_count.text() == f"{changed} pages")
    _tick(qtbot, dialog.compare_all)
    every = plan_pdf(
        bury, PdfOptions(scenario="As is", compare_to="To be", compare_all=True)
    ).page_count
    assert every > changed
    qtbot.waitUntil(lambda: dialog.page_count.text() == f"{every} pages")


def test_the_open_proposal_is_never_exported_over(
    qtbot, bury: Proposal, tmp_path: Path, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    # A proposal saved under a name ending .pdf: the name the dialog would write.
    path = tmp_path / "board papers.pdf"
    save_proposal(bury, path)
    before = path.read_bytes()
    dialog = ExportPdfDialog(DocumentController(bury, path))
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.output, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "is the open proposal" in dialog.message.text()
    assert dialog.exported is None and opened == [] and path.read_bytes() == before


def test_an_existing_pdf_is_replaced_only_when_the_user_agrees(
    qtbot,
    dialog: ExportPdfDialog,
    tmp_path: Path,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "appendix.pdf"
    target.write_bytes(b"a colleague's appendix")
    asked: list[Path] = []
    answer = [False]
    monkeypatch.setattr(
        ExportPdfDialog,
        "confirm_replace",
        classmethod(lambda cls, parent, path: asked.append(path) or answer[0]),
    )
    _retype(qtbot, dialog.output, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [target] and target.read_bytes() == b"a colleague's appendix"
    assert dialog.exported is None
    answer[0] = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported == target and target.read_bytes().startswith(b"%PDF")


def test_a_pasted_huge_title_is_refused_at_once(
    qtbot, dialog: ExportPdfDialog, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("x" * 100_000)
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: "the title block has room for 200" in dialog.message.text(), timeout=5000
    )
    assert "title is 32,767 characters long" in dialog.message.text()  # QLineEdit keeps 32,767
    assert not dialog.export_button.isEnabled()
    QApplication.clipboard().clear()


def test_it_starts_from_the_comparison_on_screen(qtbot, bury: Proposal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = DocumentController(bury, tmp_path / "bury.sqlite")
    document.set_compare((bury.scenario_named("As is").id, bury.scenario_named("To be").id))
    dialog = ExportPdfDialog(document)
    qtbot.addWidget(dialog)
    assert (dialog.scenario.currentText(), dialog.compare.currentText()) == ("To be", "As is")
    assert dialog.changes.isChecked()


def test_it_remembers_its_fields_for_each_proposal(
    qtbot,
    bury: Proposal,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    opened: list[str],
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    document = DocumentController(bury, tmp_path / "bury.sqlite")
    first = ExportPdfDialog(document, settings=settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.committee, "HR & Appeals Panel")
    qtbot.keyClicks(first.date, "25 March 2021")
    _choose(qtbot, first.paper, "A3")
    first.output.setText(str(tmp_path / "out.pdf"))
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert first.exported is not None
    again = ExportPdfDialog(document, settings=settings)
    qtbot.addWidget(again)
    assert (again.committee.text(), again.date.text(), again.paper.currentText()) == (
        "HR & Appeals Panel",
        "25 March 2021",
        "A3",
    )
    other = ExportPdfDialog(DocumentController(bury, tmp_path / "other.sqlite"), settings=settings)
    qtbot.addWidget(other)
    assert (other.committee.text(), other.paper.currentText()) == ("", "A4")
