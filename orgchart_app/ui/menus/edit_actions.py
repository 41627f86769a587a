"""Edit menu commands on the selected posts: cut, copy, paste, delete, select all and find."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain import Post
from orgchart_app.edits import DeletePost, EstablishPost
from orgchart_app.ui.dialogs.prompts import AskText
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.menus.clipboard import paste_edit, posts_to_mime
from orgchart_app.ui.window.document import DocumentController


def matches(post: Post, text: str) -> bool:
    needle = text.casefold()
    return any(needle in value.casefold() for value in (post.title, post.post_ref, post.grade,
                                                        post.statutory_role))


class EditActions(QObject):
    status = Signal(str)

    def __init__(self, window: QMainWindow, document: DocumentController, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._last_search = ""
        actions.cut.triggered.connect(self.cut)
        actions.copy.triggered.connect(self.copy)
        actions.paste.triggered.connect(self.paste)
        actions.delete.triggered.connect(self.delete)
        actions.select_all.triggered.connect(self.select_all)
        actions.find.triggered.connect(self.find)

    def copy(self) -> bool:
        selection = self._document.selection
        if not selection:
            self.status.emit("Select the posts to copy first.")
            return False
        QGuiApplication.clipboard().setMimeData(posts_to_mime(self._document.proposal, selection))
        self.status.emit(f"Copied {len(selection)} post{'s' if len(selection) > 1 else ''}.")
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete()

    def paste(self) -> None:
        document = self._document
        if document.scenario_id is None:
            return
        selection = document.selection
        under = selection[0] if len(selection) == 1 else None
        edit = paste_edit(document.proposal, QGuiApplication.clipboard().mimeData(),
                          document.scenario_id, under)
        if edit is None:
            self.status.emit("The clipboard holds no posts to paste.")
            return
        if document.push(edit) is not None:
            document.select([e.post.id for e in edit.edits if isinstance(e, EstablishPost)])

    def delete(self) -> None:
        if not self._document.selection:
            self.status.emit("Select the posts to delete first.")
            return
        applied = self._document.push(DeletePost(self._document.selection))
        if applied is not None and applied.messages:
            self.status.emit(" ".join(applied.messages))

    def select_all(self) -> None:
        if self._document.scenario_id is not None:
            self._document.select(p.id for p in self._document.proposal.posts_in(self._document.scenario_id))

    def find(self) -> None:
        text = AskText.ask(self._window, "Find posts", "Title, post reference or grade contains:",
                           self._last_search)
        if text is None or self._document.scenario_id is None:
            return
        self._last_search = text
        found = [p.id for p in self._document.proposal.posts_in(self._document.scenario_id)
                 if matches(p, text)]
        self._document.select(found)
        self.status.emit(f'{len(found)} post{"" if len(found) == 1 else "s"} match "{text}".')
