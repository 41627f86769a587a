"""Edit menu commands on the selected posts: cut, copy, paste, delete, select all and find.

Cut and Paste is a move, as HR means it: Cut marks the posts (nothing changes yet) and Paste
moves those same posts (same post references) under the selected post, as one undo step. Pasted
anywhere else (another scenario, another file) the clipboard's posts are copies.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain import Post, PostId
from orgchart_app.ui.dialogs.prompts import AskText
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.menus.clipboard import MIME_TYPE, paste_edit, posts_to_mime
from orgchart_app.ui.window.document import DocumentController


def matches(post: Post, text: str) -> bool:
    needle = text.casefold()
    return any(
        needle in value.casefold()
        for value in (post.title, post.post_ref, post.grade, post.statutory_role)
    )


class EditActions(QObject):
    status = Signal(str)

    def __init__(self, window: QMainWindow, document: DocumentController, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._last_search = ""
        # The posts cut, and the clipboard bytes that carried them: pasted while both still
        # hold, they are moved rather than copied.
        self._cut: tuple[tuple[PostId, ...], bytes] | None = None
        document.reset.connect(self._forget_cut)
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
            mime = QGuiApplication.clipboard().mimeData()
            self._cut = (self._document.selection, bytes(mime.data(MIME_TYPE).data()))
            count = len(self._document.selection)
            self.status.emit(
                f"Cut {count} post{'s' if count > 1 else ''}: select the post "
                "they are to report to, then Paste to move them there."
            )

    def _forget_cut(self) -> None:
        self._cut = None

    def _cut_posts(self) -> tuple[PostId, ...]:
        """The posts cut, if the clipboard still carries them and they are all still here."""
        if self._cut is None:
            return ()
        posts, carried = self._cut
        mime = QGuiApplication.clipboard().mimeData()
        proposal, scenario = self._document.proposal, self._document.scenario_id
        if bytes(mime.data(MIME_TYPE).data()) != carried or not all(
            p in proposal.posts and proposal.posts[p].scenario_id == scenario for p in posts
        ):
            return ()
        return posts

    def paste(self) -> None:
        from orgchart_app.edits import EstablishPost  # noqa: PLC0415 - the edits load when first made

        document = self._document
        if document.scenario_id is None:
            return
        selection = document.selection
        under = selection[0] if len(selection) == 1 else None
        cut = self._cut_posts()
        if cut:
            self._move_cut(cut, under)
            return
        edit = paste_edit(
            document.proposal, QGuiApplication.clipboard().mimeData(), document.scenario_id, under
        )
        if edit is None:
            self.status.emit("The clipboard holds no posts to paste.")
            return
        if document.push(edit) is not None:
            document.select([e.post.id for e in edit.edits if isinstance(e, EstablishPost)])

    def _move_cut(self, posts: tuple[PostId, ...], under: PostId | None) -> None:
        from orgchart_app.edits.moves import move_edit  # noqa: PLC0415 - the edits load when first made

        if under is None:
            self.status.emit("Select the post the cut posts are to report to, then Paste.")
            return
        edit = move_edit(self._document.proposal, posts, manager_id=under)
        if edit is not None and self._document.push(edit) is not None:
            self._cut = None
            QGuiApplication.clipboard().clear()  # moved: a second Paste would find them gone
            self._document.select(posts)

    def delete(self) -> None:
        from orgchart_app.edits import DeletePost, RemoveDottedLine  # noqa: PLC0415 - the edits load when first made

        line = self._document.selected_line
        if not self._document.selection and line is not None:
            self._document.push(RemoveDottedLine(line))
            return
        if not self._document.selection:
            self.status.emit("Select the posts to delete first.")
            return
        applied = self._document.push(DeletePost(self._document.selection))
        if applied is not None and applied.messages:
            self.status.emit(" ".join(applied.messages))

    def select_all(self) -> None:
        if self._document.scenario_id is not None:
            self._document.select(
                p.id for p in self._document.proposal.posts_in(self._document.scenario_id)
            )

    def find(self) -> None:
        text = AskText.ask(
            self._window,
            "Find posts",
            "Title, post reference or grade contains:",
            self._last_search,
        )
        if text is None or self._document.scenario_id is None:
            return
        self._last_search = text
        found = [
            p.id
            for p in self._document.proposal.posts_in(self._document.scenario_id)
            if matches(p, text)
        ]
        self._document.select(found)
        self.status.emit(f'{len(found)} post{"" if len(found) == 1 else "s"} match "{text}".')
