"""Whether a post dropped into a team reports to the team's head or keeps its manager: asked
(with "Don't ask again", kept in the settings) unless the user held Ctrl on release. Edit > Ask
Whom a Moved Post Reports To shows whether it asks, and turns the question back on."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from orgchart_app.ui.canvas.interactions import KeepQuestion
from orgchart_app.ui.dialogs import prompts
from orgchart_app.ui.window.settings import Settings


def keep_manager_question(parent: QWidget, settings: Settings, toggle: QAction) -> KeepQuestion:
    toggle.setChecked(not settings.keep_manager_answer())
    # Unticked by hand, with no answer remembered, the drop does what it does by default.
    toggle.toggled.connect(
        lambda on: settings.set_keep_manager_answer(
            "" if on else settings.keep_manager_answer() or prompts.KeepChoice.HEAD.value
        )
    )

    def ask(posts: str, head: str, current: str) -> bool | None:
        remembered = settings.keep_manager_answer()
        if remembered:
            return remembered == prompts.KeepChoice.KEEP.value
        choice, silence = prompts.KeepManager.ask(parent, posts, head, current)
        if choice is prompts.KeepChoice.CANCEL:
            return None
        if silence:
            settings.set_keep_manager_answer(choice.value)
            toggle.setChecked(False)
        return choice is prompts.KeepChoice.KEEP

    return ask
