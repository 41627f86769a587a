"""The import wizard on a file of several releases: one release (the latest by default, or one
picked from the dated list) or each release as its own scenario; the same results as the CLI's
--release DATE and --releases scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from orgchart_app.domain import Proposal
from orgchart_app.importers import ReleaseMode, import_files
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from tests.cli.test_import_organogram_releases import _dated_pair
from tests.cli.test_import_releases import HEADER, RELEASES
from tests.importers.files import write_csv
from tests.ui.test_import_wizard import open_wizard, press, type_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _to_releases(qtbot: QtBot, tmp_path: Path) -> tuple[ImportWizard, Path]:
    path = write_csv(tmp_path / "releases.csv", [HEADER, *RELEASES])
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, path)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.RELEASE_PAGE
    return wizard, path


def _finish(qtbot: QtBot, wizard: ImportWizard) -> Proposal:
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.CHECK_PAGE
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    proposal = wizard.proposal()
    assert proposal is not None
    return proposal


def _same(a: Proposal, b: Proposal) -> bool:
    return a.snapshot()[1:] == b.snapshot()[1:]


def _click(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the button's round indicator (its left end: the row is wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_the_releases_are_listed_with_dates_and_the_latest_is_imported(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard, path = _to_releases(qtbot, tmp_path)
    listed = wizard.findChild(QListWidget, "releases")
    texts = [listed.item(i).text() for i in range(listed.count())]
    assert [t.split(":")[0] for t in texts] == ["2023-03-31", "2023-09-30", "2024-01-05"]
    assert "3 rows" in texts[0] and "4 rows" in texts[1] and "latest" in texts[2]
    assert listed.currentRow() == 2
    proposal = _finish(qtbot, wizard)
    assert _same(proposal, import_files([path]).proposal)
    assert "2024-01-05" in wizard.findChild(QLabel, "reconciliation").text()


def test_an_earlier_release_picked_from_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    wizard, path = _to_releases(qtbot, tmp_path)
    listed = wizard.findChild(QListWidget, "releases")
    item = listed.item(0)
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
    )
    proposal = _finish(qtbot, wizard)
    assert _same(proposal, import_files([path], release="2023-03-31").proposal)
    assert sorted(p.post_ref for p in proposal.posts.values()) == ["P1", "P2", "P3"]


def test_each_release_as_its_own_scenario(qtbot: QtBot, tmp_path: Path) -> None:
    wizard, path = _to_releases(qtbot, tmp_path)
    _click(qtbot, wizard.findChild(QRadioButton, "each_release"))
    assert not wizard.findChild(QListWidget, "releases").isEnabled()
    proposal = _finish(qtbot, wizard)
    expected = import_files([path], releases=ReleaseMode.SCENARIOS).proposal
    assert _same(proposal, expected)
    assert sorted(s.name for s in proposal.scenarios.values()) == [
        "2023-03-31",
        "2023-09-30",
        "2024-01-05",
    ]


def test_back_to_one_release_after_choosing_each(qtbot: QtBot, tmp_path: Path) -> None:
    wizard, path = _to_releases(qtbot, tmp_path)
    _click(qtbot, wizard.findChild(QRadioButton, "each_release"))
    _click(qtbot, wizard.findChild(QRadioButton, "one_release"))
    assert wizard.findChild(QListWidget, "releases").isEnabled()
    assert _same(_finish(qtbot, wizard), import_files([path]).proposal)


def test_a_file_of_one_release_has_no_release_page(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [HEADER, *(r for r in RELEASES if r[0] == "30/09/2023")]
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, write_csv(tmp_path / "one.csv", rows))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.CHECK_PAGE


def test_an_organogram_pair_of_two_releases_offers_the_same_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    senior, junior = _dated_pair(tmp_path)
    wizard = open_wizard(qtbot)
    type_path(qtbot, wizard, senior)
    type_path(qtbot, wizard, junior, "second_path")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.RELEASE_PAGE
    listed = wizard.findChild(QListWidget, "releases")
    assert [listed.item(i).text().split(":")[0] for i in range(listed.count())] == [
        "2023-03-31",
        "2023-09-30",
    ]
    _click(qtbot, wizard.findChild(QRadioButton, "each_release"))
    proposal = _finish(qtbot, wizard)
    expected = import_files([senior, junior], releases=ReleaseMode.SCENARIOS).proposal
    assert _same(proposal, expected) and len(proposal.scenarios) == 2
