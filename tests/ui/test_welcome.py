"""First start: the welcome page and its buttons; settings remembered between runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from orgchart_app.samples import build_manchester
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from orgchart_app.ui.window.main_window import MainWindow
from orgchart_app.ui.window.resources import BURY_SAMPLE, app_icon, find_sample
from orgchart_app.ui.window.settings import Settings


def test_a_first_start_shows_the_welcome_with_its_three_choices(window: MainWindow) -> None:
    assert window.settings.first_start
    assert window.central.currentWidget().isAncestorOf(window.central.welcome)
    welcome = window.central.welcome
    assert [
        b.text() for b in (welcome.sample_button, welcome.new_button, welcome.import_button)
    ] == ["Open sample proposal", "New proposal", "Import establishment"]
    assert not window.menu_actions.save.isEnabled()
    assert not window.structure_dock.isVisible() and not window.properties_dock.isVisible()


def test_the_sample_button_opens_the_bury_proposal(
    qtbot,
    window: MainWindow,
    bury_file: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sample where a frozen program ships it, in this test's own folder (the window locks it).
    bundled = tmp_path / "bundle" / "sample_data" / BURY_SAMPLE
    bundled.parent.mkdir(parents=True)
    shutil.copyfile(bury_file, bundled)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        qtbot.mouseClick(window.central.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.document.path == bundled
    assert window.central.currentWidget() is window.central.chart
    assert window.menu_actions.save.isEnabled()
    assert window.structure_dock.isVisible() and window.properties_dock.isVisible()


def test_new_proposal_starts_from_one_organisation_and_its_head(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.central.welcome.new_button, Qt.MouseButton.LeftButton)
    proposal = window.document.proposal
    assert [p.title for p in proposal.posts.values()] == ["Chief Executive"]
    assert window.windowTitle().startswith("Untitled proposal")
    assert window.structure_dock.model.rowCount() == 1


def test_import_establishment_opens_what_the_wizard_built(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    imported = build_manchester()
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, parent=None: imported))
    button = window.central.welcome.import_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.proposal is imported and window.document.path is None
    assert window.windowTitle().startswith("Untitled proposal")
    assert window.structure_dock.isVisible()


def test_the_sample_is_found_in_the_checkout_and_next_to_a_frozen_program(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert find_sample(BURY_SAMPLE) is not None and find_sample("nothing.sqlite") is None
    bundled = tmp_path / "sample_data" / "frozen.sqlite"
    bundled.parent.mkdir()
    bundled.write_bytes(b"")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert find_sample("frozen.sqlite") == bundled


def test_the_icon_is_found_in_the_bundle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    icons = tmp_path / "resources" / "icons"
    icons.mkdir(parents=True)
    for size in (16, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.darkGreen)
        image.save(str(icons / f"orgchart-designer-{size}.png"))
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert sorted(s.width() for s in app_icon().availableSizes()) == [16, 256]


def test_window_geometry_and_settings_live_in_the_config_folder(
    window: MainWindow, private_folders: Path
) -> None:
    window.resize(640, 480)
    window.close()
    assert (
        Path(window.settings.location) == private_folders / "config/orgchart/orgchart-designer.conf"
    )
    again = Settings()
    assert not again.first_start and again.window_geometry() is not None
    reopened = MainWindow(settings=again)
    assert (reopened.width(), reopened.height()) == (640, 480)
    reopened.deleteLater()


def test_the_welcome_page_offers_recent_proposals_after_close(
    qtbot, window: MainWindow, bury_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.files.open_path(bury_file)
    window.menu_actions.close.trigger()
    recent = window.central.welcome.recent
    assert recent.isVisible() and recent.count() == 1
    item = recent.item(0)
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        qtbot.mouseClick(
            recent.viewport(), Qt.MouseButton.LeftButton, pos=recent.visualItemRect(item).center()
        )
    assert window.document.path == bury_file
