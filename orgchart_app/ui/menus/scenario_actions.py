"""Scenario menu commands and the scenario chooser: copy, rename, delete, switch."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu

from orgchart_app.domain import NotFound, ScenarioId
from orgchart_app.edits import Changes
from orgchart_app.ui.dialogs.prompts import AskText, Confirm
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.document import DocumentController


def free_copy_name(names: set[str], base: str) -> str:
    candidate = f"{base} (copy)"
    number = 2
    while candidate.casefold() in {n.casefold() for n in names}:
        candidate = f"{base} (copy {number})"
        number += 1
    return candidate


class ScenarioActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        actions: Actions,
        switch_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._switch_menu = switch_menu
        self._switch_group = QActionGroup(self)
        self.chooser = QComboBox()
        self.chooser.setObjectName("scenario_chooser")
        self.chooser.setMinimumContentsLength(14)
        self.chooser.setToolTip("The scenario shown and edited")
        self.chooser.activated.connect(self._on_chooser_activated)
        actions.new_scenario.triggered.connect(self.new_from_copy)
        actions.rename_scenario.triggered.connect(self.rename)
        actions.delete_scenario.triggered.connect(self.delete)
        document.reset.connect(self._refresh)
        document.scenario_changed.connect(self._refresh)
        document.changed.connect(self._on_document_changed)
        self._refresh()

    @property
    def _current_name(self) -> str:
        scenario_id = self._document.scenario_id
        return self._document.proposal.scenarios[scenario_id].name if scenario_id else ""

    def new_from_copy(self) -> None:
        from orgchart_app.edits import CopyScenario  # noqa: PLC0415 - the edits load when first made
        from orgchart_app.edits.scenario_edits import next_kind  # noqa: PLC0415 - the edits load when first made

        document = self._document
        if document.scenario_id is None:
            return
        names = {s.name for s in document.proposal.scenarios.values()}
        name = AskText.ask(
            self._window,
            "New scenario",
            f'Copy "{self._current_name}" as:',
            free_copy_name(names, self._current_name),
        )
        if name is None:
            return
        kind = next_kind(document.proposal)
        if document.push(CopyScenario(document.scenario_id, name, kind)) is not None:
            try:
                document.set_scenario(document.proposal.scenario_named(name).id)
            except NotFound:
                pass  # the name was normalised by the edit; the copy is still in the list

    def rename(self) -> None:
        from orgchart_app.edits import RenameScenario  # noqa: PLC0415 - the edits load when first made

        if self._document.scenario_id is None:
            return
        name = AskText.ask(self._window, "Rename scenario", "New name:", self._current_name)
        if name is not None and name != self._current_name:
            self._document.push(RenameScenario(self._document.scenario_id, name))

    def delete(self) -> None:
        from orgchart_app.edits import DeleteScenario  # noqa: PLC0415 - the edits load when first made

        if self._document.scenario_id is None:
            return
        if Confirm.ask(
            self._window,
            "Delete scenario",
            f'Delete the scenario "{self._current_name}" and all its posts? '
            "(Edit > Undo brings it back.)",
        ):
            self._document.push(DeleteScenario(self._document.scenario_id))

    def switch_to(self, scenario_id: ScenarioId) -> None:
        self._document.set_scenario(scenario_id)

    # --- the lists -----------------------------------------------------------------------------
    def _on_document_changed(self, changes: Changes) -> None:
        if changes.scenarios:
            self._refresh()

    def _refresh(self) -> None:
        scenarios = list(self._document.proposal.scenarios.values())
        self._switch_menu.clear()
        for action in self._switch_group.actions():
            self._switch_group.removeAction(action)
        self.chooser.clear()
        for number, scenario in enumerate(scenarios, start=1):
            action = QAction(scenario.name, self._switch_menu, checkable=True)
            if number < 10:
                action.setShortcut(f"Alt+{number}")
            action.setChecked(scenario.id == self._document.scenario_id)
            action.triggered.connect(lambda _=False, s=scenario.id: self.switch_to(s))
            self._switch_group.addAction(action)
            self._switch_menu.addAction(action)
            self.chooser.addItem(scenario.name, int(scenario.id))
        self.chooser.setCurrentIndex(
            next((i for i, s in enumerate(scenarios) if s.id == self._document.scenario_id), -1)
        )
        self._switch_menu.setEnabled(bool(scenarios))
        self.chooser.setEnabled(bool(scenarios))

    def _on_chooser_activated(self, index: int) -> None:
        self.switch_to(ScenarioId(self.chooser.itemData(index)))
