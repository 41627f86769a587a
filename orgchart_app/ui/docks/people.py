"""The People dock: who holds the selected post (or box of posts), each change one undoable edit.

Names show here because the designer is the user's own view of their proposal; exports leave them
out unless asked (docs/PEOPLE.md)."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain import ContractKind, Post, Postholder, PostholderId, PostId
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import fte_label, fte_text
from orgchart_app.edits import Changes
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.docks.person_fields import (
    CONTRACT_LABELS,
    PERSON_FIELDS,
    Unreadable,
    person_line,
)
from orgchart_app.ui.docks.record_fields import RecordField
from orgchart_app.ui.window.document import DocumentController

NEW_PERSON = "New person"


def people_of(document: DocumentController, post_id: PostId) -> list[Postholder]:
    holders = document.proposal.postholders.values()
    return sorted((h for h in holders if h.post_id == post_id), key=lambda h: h.id)


class PeoplePanel(QWidget):
    """The list of the post's people, and the form of the one chosen in it."""

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._person_id: PostholderId | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("people_list")
        self.people.setAccessibleName("People holding the post")
        self.people.setWordWrap(True)
        self.people.setAlternatingRowColors(True)
        # A few rows are enough (a box of posts rarely holds more than a handful of people);
        # the form below matters more.
        self.people.setMaximumHeight(150)
        self.add_button = QPushButton("&Add person")
        self.remove_button = QPushButton("&Remove person")
        self.contract = QComboBox()
        self.contract.setObjectName("contract")
        for kind, label in CONTRACT_LABELS.items():
            self.contract.addItem(label.capitalize(), kind)
        self.editors: dict[str, QLineEdit] = {}
        self.form = QWidget()
        self.message = QLabel()
        self.message.setObjectName("validation_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self._build()
        self._pusher = FormPush(document, self.message)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        document.reset.connect(self._refresh)
        self._refresh()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout(self.form)
        for field in PERSON_FIELDS:
            editor = QLineEdit()
            editor.setObjectName(field.attribute)
            editor.setPlaceholderText(field.placeholder)
            editor.editingFinished.connect(lambda f=field, e=editor: self._commit_text(f, e))
            self.editors[field.attribute] = editor
            form.addRow(field.label, editor)
            if field.attribute == "fte":
                form.addRow("Contract", self.contract)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.people)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.people.currentRowChanged.connect(self._on_people_current_row_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.contract.activated.connect(self._commit_contract)

    # --- showing -------------------------------------------------------------------------------
    def post(self) -> Post | None:
        selection = self._document.selection
        return self._document.proposal.posts.get(selection[0]) if len(selection) == 1 else None

    def person(self) -> Postholder | None:
        return self._document.proposal.postholders.get(self._person_id) if self._person_id else None

    def _on_document_selection_changed(self, selection: tuple[PostId, ...]) -> None:
        self.message.clear()
        self._person_id = None
        self._refresh()

    def _on_document_changed(self, changes: Changes) -> None:
        if Table.POSTHOLDERS in changes.other_tables or changes.posts or changes.scenarios:
            self._refresh()

    def _refresh(self) -> None:
        post = self.post()
        people = people_of(self._document, post.id) if post else []
        if self._person_id not in {p.id for p in people}:
            self._person_id = people[0].id if people else None
        self.people.blockSignals(True)  # rebuilding the rows is not the user choosing one
        self.people.clear()
        for person in people:
            item = QListWidgetItem(person_line(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == self._person_id:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        editable = post is not None and not self._document.is_reference(post.id)
        self.heading.setText(self._heading(post, people, editable))
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self._person_id is not None)
        self._show_person(editable)

    def _heading(self, post: Post | None, people: list[Postholder], editable: bool) -> str:
        if post is None:
            return "Select one post to see and edit the people holding it."
        held = sum(p.fte for p in people)
        count = "1 person" if len(people) == 1 else f"{len(people)} people"
        title = html.escape(post.title)
        text = f"<b>{title}</b>: {count} holding {fte_text(held)} of {fte_label(post.total_fte)}"
        if not editable:
            text += "<br><i>Shown for reference: edits go to the scenario on the right.</i>"
        return text

    def _show_person(self, editable: bool) -> None:
        person = self.person()
        self.form.setEnabled(editable and person is not None)
        for field in PERSON_FIELDS:
            editor = self.editors[field.attribute]
            editor.setText(field.text(person) if person else "")
            editor.setCursorPosition(0)
        kind = person.contract if person else ContractKind.PERMANENT
        self.contract.setCurrentIndex(self.contract.findData(kind))

    def _on_people_current_row_changed(self, row: int) -> None:
        item = self.people.item(row)
        self._person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.message.clear()
        self._refresh()

    # --- editing -------------------------------------------------------------------------------
    def _commit_text(self, field: RecordField, editor: QLineEdit) -> None:
        from orgchart_app.edits import PutPerson  # noqa: PLC0415 - the edits load when first made

        person = self.person()
        if person is None:
            return
        try:
            changed = field.changed(person, editor.text())
        except Unreadable as unreadable:
            self.message.setText(str(unreadable))
            self._document.refused.emit(str(unreadable))
            return
        if changed is not None:
            self._pusher.push(PutPerson(changed))

    def _commit_contract(self, index: int) -> None:
        from orgchart_app.edits import PutPerson  # noqa: PLC0415 - the edits load when first made

        person = self.person()
        kind = self.contract.itemData(index)
        if person is not None and kind != person.contract:
            self._pusher.push(PutPerson(dataclasses.replace(person, contract=kind)))
        self._show_person(self.form.isEnabled())

    def _add(self) -> None:
        from orgchart_app.edits import PutPerson  # noqa: PLC0415 - the edits load when first made

        post = self.post()
        if post is None:
            return
        held = sum(p.fte for p in people_of(self._document, post.id))
        # What is left of the post, so a job share's second half needs no arithmetic.
        share = round(post.total_fte - held, 4) if 0 < post.total_fte - held <= 1 else 1.0
        new_id = self._document.proposal.next_id(Table.POSTHOLDERS)
        person = Postholder(PostholderId(0), post.id, NEW_PERSON, fte=share)
        if self._pusher.push(PutPerson(person)):
            self._person_id = new_id
            self._refresh()
            name = self.editors["name"]
            name.setFocus()
            name.selectAll()

    def _remove(self) -> None:
        from orgchart_app.edits import RemovePerson  # noqa: PLC0415 - the edits load when first made

        person = self.person()
        if person is not None:
            self._pusher.push(RemovePerson(person.id))


class PeopleDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("People", parent)
        self.setObjectName("people_dock")
        self.panel = PeoplePanel(document)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)
