"""Issue 23's walk in the designer: the example establishment imported with the wizard, "To be"
copied, the changes sheet applied and a post dragged, the costs set up in the Costs menu's
editors, the people's outcomes proposed, the recommendations worded in their dock, and the pack
exported (File > Export PDF, Word, Web Page); then the outputs are read back.

Only menu actions, buttons, typing and drags between the steps. The file and text prompts
(`ask` classmethods) are answered by the test, as every GUI test here answers them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from orgchart_app.analysis.cost_gaps import Fix
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.ui.dialogs import prompts, tables
from orgchart_app.ui.dialogs.export_pdf import ExportPdfDialog
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from orgchart_app.ui.window.main_window import MainWindow
from tests.conftest import SAMPLE_DATA
from tests.exporters.helpers import pdf_text
from tests.ui.test_canvas import at_post, drag
from tests.ui.test_import_wizard import press, type_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DELETION = "the deletion of one vacant Grounds Operative post (NS-4116)"
DELEGATION = "authority to the Director of Neighbourhood Services to implement the new structure"


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def import_example(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def wizard_run(cls: type[ImportWizard], parent: object) -> object:
        wizard = cls(window)
        qtbot.addWidget(wizard)
        wizard.show()
        type_path(qtbot, wizard, SAMPLE_DATA / "example_establishment.xlsx")
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
        return wizard.proposal()

    monkeypatch.setattr(ImportWizard, "ask", classmethod(wizard_run))
    window.menu_actions.import_establishment.trigger()
    assert len(window.document.proposal.posts) == 120


def redraw(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts.AskText, "ask", classmethod(lambda cls, *args: "To be"))
    window.menu_actions.new_scenario.trigger()
    sheet = SAMPLE_DATA / "example_changes.csv"
    monkeypatch.setattr(tables.ChooseTable, "ask", classmethod(lambda cls, *args: sheet))
    window.menu_actions.apply_changes.trigger()
    preview = window.changes.preview
    assert preview is not None
    click(qtbot, preview.apply_button)
    # A drag: the second food safety officer to report to the senior officer beside it.
    view = window.central.chart
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    view.set_zoom(1.0)
    view.centerOn(view.chart.posts[post_id(window, "NS-2102")].sceneBoundingRect().center())
    drag(qtbot, view, at_post(view, "NS-2102"), at_post(view, "NS-2101"))
    moved = window.document.proposal.posts[post_id(window, "NS-2102")]
    assert moved.reports_to_id == post_id(window, "NS-2101")


def post_id(window: MainWindow, ref: str):  # type: ignore[no-untyped-def]
    found = window.document.proposal.post_by_ref(window.document.scenario_id, ref)
    assert found is not None
    return found.id


def set_up_costs(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    pay = window.costs_menu.open(Fix.PAY_SCALES)
    for kind, table, scale in (
        (ShippedKind.NJC, "example_grades.csv", "NJC pay spine"),
        (ShippedKind.SENIOR, "example_senior_grades.csv", "Senior salaries"),
    ):
        click(qtbot, pay.add_buttons[kind])
        path = SAMPLE_DATA / table
        monkeypatch.setattr(tables.ChooseTable, "ask", classmethod(lambda cls, *a, p=path: p))
        pay.scale_box.setCurrentText(scale)
        click(qtbot, pay.import_button)
    click(qtbot, pay.add_buttons[ShippedKind.AFC])
    pay.close()
    on_costs = window.costs_menu.open(Fix.ON_COSTS)
    on_costs.year.setCurrentText("2025/26")
    on_costs.organisation.setCurrentText("WBC")  # the employers by short name
    on_costs.pension.setValue(19.5)
    click(qtbot, on_costs.set_button)
    on_costs.organisation.setCurrentText("WCHNT")
    click(qtbot, on_costs.nhs)
    click(qtbot, on_costs.set_button)
    on_costs.close()
    for scenario in ("As is", "To be"):
        window.scenarios.chooser.setCurrentText(scenario)
        basis = window.costs_menu.open(Fix.BASIS)
        basis.year.setCurrentText("2025/26")
        basis.point.setCurrentText("mid")
        click(qtbot, basis.apply_button)
        basis.close()
    budget_file = SAMPLE_DATA / "example_budget.csv"
    monkeypatch.setattr(tables.ChooseTable, "ask", classmethod(lambda cls, *a: budget_file))
    budget = window.costs_menu.open(Fix.BUDGET)
    click(qtbot, budget.import_button)
    budget.close()


def people_and_wording(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.compare.trigger()
    people = window.central.people
    window.central.compare_tabs.setCurrentWidget(people)
    click(qtbot, people.propose_button)
    dock = window.recommendations_dock
    dock.raise_()  # its tab clicked: a dock tabbed away drafts nothing
    qtbot.waitUntil(lambda: dock.list.count() > 1)
    dock.list.setCurrentRow(1)
    dock.verb.setCurrentText("agree")
    dock.wording.clear()
    qtbot.keyClicks(dock.wording, DELETION)
    click(qtbot, dock.apply_button)
    dock.verb.setCurrentText("delegate")
    dock.wording.clear()
    qtbot.keyClicks(dock.wording, DELEGATION)
    dock.entries.clear()
    click(qtbot, dock.add_button)


def export_all(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportPdfDialog)
        dialog.output.setText(str(folder / "pack.pdf"))
        qtbot.waitUntil(dialog.export_button.isEnabled)
        click(qtbot, dialog.export_button)

    QTimer.singleShot(0, window, fill_in)
    window.menu_actions.export_pdf.trigger()
    for action, name in ((window.menu_actions.export_word, "pack.docx"),
                         (window.menu_actions.export_web, "pack.html")):  # fmt: skip
        monkeypatch.setattr(
            prompts.SaveExport, "ask", classmethod(lambda c, *a, n=name: folder / n)
        )
        action.trigger()


def test_the_example_establishment_from_import_to_the_pack_in_the_designer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_example(qtbot, window, monkeypatch)
    redraw(qtbot, window, monkeypatch)
    set_up_costs(qtbot, window, monkeypatch)
    people_and_wording(qtbot, window)
    export_all(qtbot, window, monkeypatch, tmp_path)

    pack = pdf_text(tmp_path / "pack.pdf")
    document = Document(str(tmp_path / "pack.docx"))
    word = " ".join(p.text for p in document.paragraphs)
    web = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (tmp_path / "pack.html").read_text()))
    for text in (pack, word, web):
        assert f"is asked to agree {DELETION}" in text
        assert f"is asked to delegate {DELEGATION}." in text
        assert "cost £5,162,170 against £5,350,000 available" in text
    # The outcomes proposed in the People tab reach the pack's financial implications.
    outcomes = "The one-off costs of the outcomes for staff are not estimated yet: 6 need a leaving"
    assert outcomes in pack and outcomes in word and outcomes in web
    assert "Posts moved to another unit: 2 posts, 2 FTE" in pack
    assert "Mental Health Link Worker Band 6 WCHNT" in pack
    assert "30% WBC" in pack and "20% WBC" in pack
    assert "Senior Prevention Officer [Moved, manager changed] (post NS-1101)" in web
    assert "employed by Wyvern Community Health NHS Trust (fictional), deployed to" in web
