"""After an import the designer offers "Make a Proposed Structure from This": a "To be" copy of the
"As is", one undo step, through the wizard's File > Import and through a file `orgchart import` wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from orgchart_app.domain import Proposal, ScenarioKind
from orgchart_app.importers.run import import_files
from orgchart_app.samples import sample_data_folder
from orgchart_app.ui.dialogs.import_wizard import ImportWizard
from orgchart_app.ui.window.main_window import MainWindow
from tests.cli.helpers import orgchart
from tests.ui.conftest import open_in

ESTABLISHMENT = sample_data_folder() / "example_establishment.csv"


def _kinds(window: MainWindow) -> dict[str, ScenarioKind]:
    return {s.name: s.kind for s in window.document.proposal.scenarios.values()}


def _take_the_offer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.proposed_bar
    qtbot.waitUntil(bar.isVisible)
    assert "only the current structure" in bar.message.text()
    posts = len(window.document.proposal.posts)
    qtbot.mouseClick(bar.make, Qt.MouseButton.LeftButton)
    proposal = window.document.proposal
    assert _kinds(window) == {"As is": ScenarioKind.AS_IS, "To be": ScenarioKind.TO_BE}
    assert len(proposal.posts) == 2 * posts
    assert window.document.scenario_id == proposal.scenario_named("To be").id
    assert window.document.undo_stack.count() == 1 and not bar.isVisible()
    window.menu_actions.undo.trigger()
    assert _kinds(window) == {"As is": ScenarioKind.AS_IS} and bar.isVisible()
    window.menu_actions.redo.trigger()
    assert "To be" in _kinds(window) and not bar.isVisible()


def test_the_wizard_s_import_is_offered_a_proposed_structure(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported = import_files([ESTABLISHMENT]).proposal

    def wizard(cls: type[ImportWizard], parent: object = None) -> Proposal:
        return imported

    monkeypatch.setattr(ImportWizard, "ask", classmethod(wizard))
    assert not window.proposed_bar.isVisible()
    window.menu_actions.import_establishment.trigger()
    _take_the_offer(qtbot, window)


def test_a_file_the_command_imported_is_offered_one_too(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "wyvern.sqlite"
    assert orgchart("import", ESTABLISHMENT, "-o", out).returncode == 0
    open_in(qtbot, window, out)
    _take_the_offer(qtbot, window)


def test_the_scenario_menu_makes_one_and_a_file_with_a_proposed_structure_is_not_offered(  # type: ignore[no-untyped-def]
    qtbot, bury_window: MainWindow
) -> None:
    assert not bury_window.proposed_bar.isVisible()
    assert not bury_window.menu_actions.make_proposed.isEnabled()
    bury_window.menu_actions.new.trigger()
    assert bury_window.proposed_bar.isVisible()
    bury_window.menu_actions.make_proposed.trigger()
    assert set(_kinds(bury_window)) == {"As is", "To be"}
    assert not bury_window.menu_actions.make_proposed.isEnabled()
