"""Every menu command as a QAction with its standard shortcut; controllers connect to them."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

Key = QKeySequence.StandardKey


def _action(
    window: QMainWindow,
    text: str,
    shortcut: Key | str | None = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, Key):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


class Actions:
    """The window's commands, grouped as the menus show them."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        a = _action
        self.new = a(window, "&New", Key.New, "Start a new proposal")
        self.open = a(window, "&Open...", Key.Open, "Open a proposal file")
        self.open_team = a(
            window,
            "Open &Team Proposal...",
            tip="Open a proposal on your team's server: colleagues' edits appear as they make them",
        )
        self.team_history = a(
            window,
            "Team &History...",
            tip="Every edit of the team proposal (who, when, what); open it as it was after one",
        )
        self.import_establishment = a(
            window,
            "&Import Establishment...",
            tip="Build a proposal from a CSV or Excel establishment list",
        )
        self.export_pdf = a(
            window,
            "&Export PDF...",
            "Ctrl+E",
            "Write a committee appendix: the structures, post lists, changes",
        )
        self.export_picture = a(
            window,
            "Export &Picture...",
            "Ctrl+Shift+E",
            "Save the chart as a PNG or SVG picture for slides and email",
        )
        self.export_word = a(
            window,
            "Export &Word...",
            tip="Write the appendix as a Word document to paste into the committee report",
        )
        self.export_web = a(
            window,
            "Export Web Pa&ge...",
            tip="Write the accessible web version of the appendix for the council's website",
        )
        self.save = a(window, "&Save", Key.Save, "Save the proposal")
        self.save_as = a(window, "Save &As...", Key.SaveAs, "Save the proposal under a new name")
        self.save_without_people = a(
            window,
            "Save a Copy &without People...",
            tip="Save a copy with every postholder's personal data removed, for sharing",
        )
        self.close = a(window, "&Close", Key.Close, "Close the proposal")
        self.quit = a(window, "&Quit", Key.Quit, "Quit the designer")
        self.undo = undo_stack.createUndoAction(window, "&Undo")
        self.undo.setShortcuts(Key.Undo)
        self.redo = undo_stack.createRedoAction(window, "&Redo")
        self.redo.setShortcuts(Key.Redo)
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.cut = a(window, "Cu&t", Key.Cut, "Cut the selected posts")
        self.copy = a(window, "&Copy", Key.Copy, "Copy the selected posts")
        self.copy_picture = a(
            window,
            "Copy Chart as Pict&ure",
            "Ctrl+Shift+C",
            "Copy the selected posts, or the chart in view, as a picture",
        )
        self.paste = a(window, "&Paste", Key.Paste, "Paste posts under the selected post")
        self.delete = a(window, "&Delete", Key.Delete, "Delete the selected posts")
        self.select_all = a(window, "Select &All", Key.SelectAll, "Select every post")
        self.find = a(window, "&Find...", Key.Find, "Find posts by title, reference or grade")
        self.edit_post = a(window, "&Edit Post", "F2", "Edit the selected post's fields")
        self.apply_changes = a(
            window,
            "Apply Changes from &Spreadsheet...",
            tip="Apply a changes sheet (CSV or Excel) to this scenario as one step, after a preview",
        )
        self.organisations = a(
            window,
            "&Organisations...",
            tip="Add, rename, recolour and remove the employers and partner organisations",
        )
        self.draw_line = a(
            window,
            "Draw Dotted &Line",
            "Ctrl+L",
            "Drag from a post to another to draw a dotted, matrix or secondment line",
            checkable=True,
        )
        self.units_deploy = a(
            window,
            "Moved Units &Deploy Their Posts",
            tip="A unit moved into another organisation deploys its posts there "
            "(unticked: they keep their deployment)",
            checkable=True,
        )
        self.ask_keep_manager = a(
            window,
            "As&k Whom a Moved Post Reports To",
            tip="A post dropped into a team asks: report to the team's head, or keep its "
            "manager? (unticked: the last answer, or the head, without asking)",
            checkable=True,
        )
        self.zoom_in = a(window, "Zoom &In", Key.ZoomIn)
        self.zoom_out = a(window, "Zoom &Out", Key.ZoomOut)
        self.zoom_fit = a(window, "Zoom to &Fit", "Ctrl+0")
        self.collapse_all = a(window, "&Collapse All", "Ctrl+Shift+[")
        self.expand_all = a(window, "&Expand All", "Ctrl+Shift+]")
        self.engine_compact = a(
            window, "Compact Layout", tip="Org-chart tree layout (any size)", checkable=True
        )
        self.engine_graphviz = a(
            window, "Graphviz Layout", tip="Graphviz dot (slow on big charts)", checkable=True
        )
        self.engines = QActionGroup(window)
        self.engines.addAction(self.engine_compact)
        self.engines.addAction(self.engine_graphviz)
        self.compare = a(
            window,
            "Compare &Side by Side",
            "Ctrl+D",
            "Show two scenarios side by side with every change marked",
            checkable=True,
        )
        self.compare_stacked = a(
            window,
            "S&tack Compared Charts",
            tip="One scenario above the other (chosen by itself on narrow windows)",
            checkable=True,
        )
        self.show_assumed = a(
            window,
            "Show &Assumed Values",
            tip="Highlight the posts with a value the sources do not state (assumed)",
            checkable=True,
        )
        self.new_scenario = a(
            window,
            "&New Scenario from Copy...",
            "Ctrl+Shift+N",
            "Copy the current scenario as a new one",
        )
        self.make_proposed = a(
            window,
            "Make a &Proposed Structure from This",
            tip='Copy the current structure as "To be", the proposed structure to redraw',
        )
        self.rename_scenario = a(window, "&Rename Scenario...", tip="Rename the current scenario")
        self.delete_scenario = a(window, "&Delete Scenario", tip="Delete the current scenario")
        self.about = a(window, "&About Org Chart Designer", tip="Versions and licence")

    @property
    def needing_a_proposal(self) -> list[QAction]:
        """Disabled while nothing is open (the welcome page is showing)."""
        return [
            self.save,
            self.save_as,
            self.save_without_people,
            self.export_pdf,
            self.export_picture,
            self.copy_picture,
            self.export_word,
            self.export_web,
            self.close,
            self.cut,
            self.copy,
            self.paste,
            self.delete,
            self.select_all,
            self.find,
            self.edit_post,
            self.apply_changes,
            self.organisations,
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.collapse_all,
            self.expand_all,
            self.compare,
            self.show_assumed,
            self.new_scenario,
            self.rename_scenario,
            self.delete_scenario,
            self.draw_line,
        ]
