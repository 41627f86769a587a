"""The import wizard's progress dialog: it follows the import, and Cancel makes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from tests.importers.files import large_establishment, write_csv
from tests.ui.test_import_wizard import open_wizard, press, type_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _watch(qtbot: QtBot, wizard: ImportWizard, values: list[int], cancel: bool) -> None:
    """While the import runs, note the dialog's value each time it shows; Cancel it if asked."""

    def look() -> None:
        dialog = wizard.findChild(QProgressDialog, "import_progress")
        if dialog is not None and dialog.isVisible():
            values.append(dialog.value())
            if cancel:
                qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
                return
        if wizard.outcome is None:
            QTimer.singleShot(5, wizard, look)  # not after the wizard is deleted

    QTimer.singleShot(0, wizard, look)


def _to_mapping(qtbot: QtBot, tmp_path: Path) -> ImportWizard:
    wizard = open_wizard(qtbot)
    wizard.progress_after_ms = 0  # shown at once: the test's file imports in well under a second
    type_path(qtbot, wizard, write_csv(tmp_path / "big.csv", large_establishment(4000)))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    return wizard


def test_the_wizard_shows_the_import_s_progress(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _to_mapping(qtbot, tmp_path)
    values: list[int] = []
    _watch(qtbot, wizard, values, cancel=False)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.outcome is not None and wizard.outcome.report.posts_created == 4000
    assert values and 0 <= values[0] < 8000
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancel_stops_the_import_and_makes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _to_mapping(qtbot, tmp_path)
    values: list[int] = []
    _watch(qtbot, wizard, values, cancel=True)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert values, "the progress dialog never showed"
    assert wizard.outcome is None and wizard.proposal() is None
    assert "cancelled" in wizard.findChild(QLabel, "reconciliation").text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
