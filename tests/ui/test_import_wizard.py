"""File > Import wizard, driven through its widgets: path, Next, a mapping change, the problems, Finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from orgchart_app.importers import Field
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from tests.importers.files import JUNIOR_HEADER, SENIOR_HEADER, write_csv

# The offscreen platform cannot resize, raise or grab for a wizard page or a combo's list, and
# says so; these are the platform's limits, not the wizard's.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ROWS = [
    ["Ref", "Job Title", "FTE", "Boss", "Team"],
    ["A1", "Director", "1", "", "Office"],
    ["A2", "Head of Service", "0.6", "A1", "Service"],
    ["A3", "Officer", "lots", "A9", "Service"],
]


def open_wizard(qtbot: QtBot) -> ImportWizard:
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def type_path(qtbot: QtBot, wizard: ImportWizard, path: Path, name: str = "path") -> None:
    edit = wizard.findChild(QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def press(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, combo: QComboBox, field: Field) -> None:
    """Open the combo's list with a click and click the field's entry, as a user does."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # A release this soon after the list opened counts as the end of the opening click.
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    index = view.model().index(combo.findText(field.label), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == field.label


def test_import_through_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_path(qtbot, wizard, write_csv(tmp_path / "team.csv", ROWS))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE

    preview = wizard.findChild(QTableWidget, "preview")
    assert preview.item(1, 1).text() == "Director" and preview.item(3, 2).text() == "lots"
    boss = wizard.findChild(QComboBox, "map_3")
    assert boss.currentText() == Field.IGNORE.label  # "Boss" is not a header the import knows
    choose(qtbot, boss, Field.REPORTS_TO_REF)
    assert wizard.mapping is not None and wizard.mapping.fields[3] is Field.REPORTS_TO_REF
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.CHECK_PAGE

    reconciliation = wizard.findChild(QLabel, "reconciliation").text()
    assert "3 rows read = 3 placed + 0 skipped" in reconciliation
    problems = wizard.findChild(QListWidget, "problems")
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert any("line 4: unreadable number" in t for t in texts)
    assert any("line 4: missing manager" in t and '"A9"' in t for t in texts)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    proposal = wizard.proposal()
    assert proposal is not None
    posts = {p.post_ref: p for p in proposal.posts.values()}
    assert posts["A2"].reports_to_id == posts["A1"].id  # thanks to the changed mapping


def test_a_mapping_change_moves_the_field_off_the_other_column(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, write_csv(tmp_path / "team.csv", ROWS))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    title, team = wizard.findChild(QComboBox, "map_1"), wizard.findChild(QComboBox, "map_4")
    assert title.currentText() == Field.TITLE.label
    choose(qtbot, team, Field.TITLE)
    assert title.currentText() == Field.IGNORE.label and team.currentText() == Field.TITLE.label
    assert wizard.mapping is not None and wizard.mapping.index_of(Field.TITLE) == 4


def test_a_refused_file_says_why_and_stays_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 8)
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, junk)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.FILE_PAGE
    assert "binary" in wizard.findChild(QLabel, "error").text()


def test_an_organogram_pair_skips_the_mapping(qtbot: QtBot, tmp_path: Path) -> None:
    senior = write_csv(
        tmp_path / "senior.csv",
        [
            SENIOR_HEADER,
            [
                "S1",
                "Vacant",
                "SCS2",
                "Director",
                "",
                "Dept",
                "Agency",
                "Unit A",
                "N/A",
                "N/A",
                "XX",
                "0",
                "1",
                "0",
                "0",
                "Policy",
                "",
                "",
            ],
        ],
    )
    junior = write_csv(
        tmp_path / "junior.csv",
        [
            JUNIOR_HEADER,
            ["Dept", "Agency", "Unit A", "S1", "EO", "20000", "25000", "Officer", "2.5", "Policy"],
        ],
    )
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, senior)
    type_path(qtbot, wizard, junior, "second_path")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.CHECK_PAGE
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    proposal = wizard.proposal()
    assert proposal is not None
    assert sorted((p.title, p.quantity) for p in proposal.posts.values()) == [
        ("Director", 1),
        ("Officer", 3),
    ]


def test_cancel_gives_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, write_csv(tmp_path / "team.csv", ROWS))
    press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.proposal() is None


def test_no_manager_column_is_a_warning_on_the_check_page(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [
        ["Post Number", "Job Title", "salaryCostOfReports"],
        ["P1", "Director", "90000"],
        ["P2", "Officer", "0"],
    ]
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, write_csv(tmp_path / "flat.csv", rows))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.findChild(QComboBox, "map_2").currentText() == Field.IGNORE.label
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    reconciliation = wizard.findChild(QLabel, "reconciliation").text()
    assert reconciliation.startswith("Warning: No column says who each post reports to")
