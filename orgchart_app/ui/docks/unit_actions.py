"""What can be done to a unit from the structure tree: rename, add a sub-unit or a post, set its
status, say where it comes from, delete it, move it. Each is one edit pushed on the document, so
one undo step."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from orgchart_app.domain import (
    Unit,
    UnitId,
    UnitKind,
    UnitStatus,
)
from orgchart_app.ui.canvas.unit_drag import unit_move
from orgchart_app.ui.dialogs.prompts import AskText, ChooseItem, NewUnit
from orgchart_app.ui.dialogs.record_dialogs import unit_details
from orgchart_app.ui.dialogs.record_form import RecordDialog
from orgchart_app.ui.dialogs.source import SourceDialog, ask_source
from orgchart_app.ui.docks.choices import unit_items
from orgchart_app.ui.docks.cited_records import cited_unit
from orgchart_app.ui.window.document import DocumentController

# The kind a new sub-unit starts as (the user can pick another in the dialog).
SUB_UNIT_KIND = {
    UnitKind.ORGANISATION: UnitKind.DIRECTORATE,
    UnitKind.DEPARTMENT: UnitKind.SERVICE,
    UnitKind.DIRECTORATE: UnitKind.PILLAR,
    UnitKind.PILLAR: UnitKind.TEAM,
    UnitKind.SUB_PILLAR: UnitKind.TEAM,
    UnitKind.SERVICE: UnitKind.TEAM,
    UnitKind.TEAM: UnitKind.TEAM,
}
NEW_POST_TITLE = "New post"


class UnitActions(QObject):
    status = Signal(str)

    def __init__(self, parent: QWidget, document: DocumentController) -> None:
        super().__init__(parent)
        self._parent = parent
        self._document = document
        self.details_dialog: RecordDialog | None = None
        self.source_dialog: SourceDialog | None = None

    def menu(self, unit_id: UnitId) -> QMenu:
        """The context menu of one unit; its actions act on that unit."""
        unit = self._document.proposal.units[unit_id]
        menu = QMenu(self._parent)
        for text, command in (
            ("&Rename...", self.rename),
            ("Add &Sub-unit...", self.add_sub_unit),
            ("Add &Post...", self.add_post),
        ):
            menu.addAction(text).triggered.connect(lambda _=False, c=command: c(unit_id))
        menu.addAction("Unit &Details...").triggered.connect(lambda: self.details(unit_id))
        status = menu.addMenu("S&tatus")
        group = QActionGroup(status)
        for choice in UnitStatus:
            action = QAction(choice.label.capitalize(), status, checkable=True)
            action.setChecked(unit.status is choice)
            action.triggered.connect(lambda _=False, s=choice: self.set_status(unit_id, s))
            group.addAction(action)
            status.addAction(action)
        menu.addAction("&Where does this come from?...").triggered.connect(
            lambda: self.ask_source(unit_id)
        )
        menu.addSeparator()
        menu.addAction("&Delete Unit...").triggered.connect(lambda: self.delete(unit_id))
        return menu

    def rename(self, unit_id: UnitId) -> None:
        from orgchart_app.edits import RenameUnit  # noqa: PLC0415 - the edits load when first made

        unit = self._document.proposal.units[unit_id]
        name = AskText.ask(self._parent, "Rename unit", "New name:", unit.name)
        if name is not None and name != unit.name:
            self._document.push(RenameUnit(unit_id, name))

    def details(self, unit_id: UnitId) -> None:
        """Reference, colour, description and lead post: one dialog, one undo step."""
        unit = self._document.proposal.units[unit_id]
        self.details_dialog = unit_details(self._document, unit, self._parent)
        self.details_dialog.open()

    def ask_source(self, unit_id: UnitId) -> None:
        """Stated by a document or assumed: the unit, or one of its fields."""
        unit = self._document.proposal.units[unit_id]
        self.source_dialog = ask_source(self._document, cited_unit(unit), self._parent)

    def add_sub_unit(self, unit_id: UnitId) -> None:
        from orgchart_app.edits import AddUnit  # noqa: PLC0415 - the edits load when first made

        parent = self._document.proposal.units[unit_id]
        answer = NewUnit.ask(self._parent, parent.name, SUB_UNIT_KIND[parent.kind])
        if answer is not None:
            name, kind = answer
            self._document.push(
                AddUnit(
                    Unit(
                        UnitId(0),
                        parent.scenario_id,
                        "",
                        name,
                        kind,
                        parent.organisation_id,
                        parent_id=parent.id,
                    )
                )
            )

    def add_post(self, unit_id: UnitId) -> None:
        """Establish a vacant post in the unit and select it, so its fields can be filled in."""
        from orgchart_app.edits import EstablishPost  # noqa: PLC0415 - the edits load when first made
        from orgchart_app.edits.new_post import post_like_neighbours  # noqa: PLC0415 - the edits load when first made

        proposal = self._document.proposal
        unit = proposal.units[unit_id]
        title = AskText.ask(
            self._parent,
            "Add post",
            f'Title of the new vacant post in "{unit.name}":',
            NEW_POST_TITLE,
        )
        if title is None:
            return
        applied = self._document.push(EstablishPost(post_like_neighbours(proposal, unit.id, title)))
        if applied is not None and isinstance(applied.edit, EstablishPost):
            self._document.select([applied.edit.post.id])

    def set_status(self, unit_id: UnitId, status: UnitStatus) -> None:
        from orgchart_app.edits import UpdateUnit  # noqa: PLC0415 - the edits load when first made

        if self._document.proposal.units[unit_id].status is not status:
            self._document.push(UpdateUnit(unit_id, (("status", status),)))

    def delete(self, unit_id: UnitId) -> None:
        from orgchart_app.edits import DeleteUnit  # noqa: PLC0415 - the edits load when first made

        proposal = self._document.proposal
        unit = proposal.units[unit_id]
        count = sum(1 for p in proposal.posts.values() if p.unit_id == unit_id)
        posts_to: UnitId | None = None
        if count:
            choices = [
                (text, UnitId(value))
                for text, value in unit_items(proposal, unit.scenario_id)
                if value != unit_id
            ]
            if not choices:
                self.status.emit(
                    f'"{unit.name}" holds posts and there is no other unit to move them to.'
                )
                return
            current = next((i for i, (_, u) in enumerate(choices) if u == unit.parent_id), 0)
            posts_to = ChooseItem.ask(
                self._parent,
                "Delete unit",
                f'"{unit.name}" holds {count} post{"s" if count > 1 else ""}. Move them to:',
                choices,
                current,
            )
            if posts_to is None:
                return
        self._document.push(DeleteUnit(unit_id, posts_to))

    def move(self, unit_id: UnitId, parent_id: UnitId) -> None:
        self._document.push(unit_move(self._document, unit_id, parent_id))
