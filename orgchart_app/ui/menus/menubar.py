"""The menu bar: File, Edit, View, Scenario, Window and Help, laid out from the window's actions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow, QMenu

from orgchart_app.ui.menus.actions import Actions


@dataclass(frozen=True, slots=True)
class Menus:
    file: QMenu
    recent: QMenu
    edit: QMenu
    view: QMenu
    scenario: QMenu
    switch_scenario: QMenu
    window: QMenu
    help: QMenu


def build_menus(window: QMainWindow, actions: Actions) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addActions([actions.new, actions.open])
    recent = file.addMenu("Open &Recent")
    file.addActions([actions.open_team, actions.team_history])
    file.addAction(actions.import_establishment)
    file.addSeparator()
    file.addActions([actions.save, actions.save_as, actions.save_without_people])
    file.addSeparator()
    file.addActions(
        [actions.export_pdf, actions.export_word, actions.export_web, actions.export_picture]
    )
    file.addSeparator()
    file.addActions([actions.close, actions.quit])

    edit = bar.addMenu("&Edit")
    edit.addActions([actions.undo, actions.redo])
    edit.addSeparator()
    edit.addActions(
        [actions.cut, actions.copy, actions.copy_picture, actions.paste, actions.delete]
    )
    edit.addSeparator()
    edit.addActions([actions.select_all, actions.find, actions.edit_post])
    edit.addActions([actions.apply_changes, actions.organisations])
    edit.addSeparator()
    edit.addActions([actions.draw_line, actions.units_deploy, actions.ask_keep_manager])

    view = bar.addMenu("&View")
    view.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_fit])
    view.addSeparator()
    view.addActions([actions.collapse_all, actions.expand_all])
    view.addSeparator()
    view.addActions([actions.engine_compact, actions.engine_graphviz])
    view.addSeparator()
    view.addActions([actions.compare, actions.compare_stacked])
    view.addSeparator()
    view.addAction(actions.show_assumed)

    scenario = bar.addMenu("&Scenario")
    scenario.addActions(
        [
            actions.make_proposed,
            actions.new_scenario,
            actions.rename_scenario,
            actions.delete_scenario,
        ]
    )
    scenario.addSeparator()
    switch = scenario.addMenu("S&witch To")

    docks = bar.addMenu("&Window")
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.about)
    return Menus(file, recent, edit, view, scenario, switch, docks, help_menu)
