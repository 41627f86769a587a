"""A form over some fields of one frozen record, and the dialog that edits a record with it:
OK reads every field (a bad value is one sentence, the dialog stays open) and pushes one edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.ui.dialogs.source import ask_source
from orgchart_app.ui.dialogs.widgets import named
from orgchart_app.ui.docks.cited_records import CitedRecord
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.docks.record_fields import RecordField, Unreadable
from orgchart_app.ui.docks.sources_text import sources_html, where_from_widgets
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit


def error_label() -> QLabel:
    message = QLabel()
    message.setObjectName("validation_message")
    message.setWordWrap(True)
    message.setStyleSheet("color: #b00020;")
    return message


class ProseEdit(QPlainTextEdit):
    """A few lines of text that, like a line edit, says when the user leaves it changed; Tab
    moves on (as in every other field of the form) rather than typing a tab."""

    editingFinished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)


Editor = QLineEdit | ProseEdit


class RecordForm(QWidget):
    """Line edits (check boxes for flags), named by attribute; `committed(attribute)` when the
    user leaves a line changed or clicks a box, for panels that push each field on its own."""

    committed = Signal(str)

    def __init__(
        self,
        fields: Sequence[RecordField],
        parent: QWidget | None = None,
        into: QFormLayout | None = None,
    ) -> None:
        """`into`: a form of the caller's to add the rows to, so its labels line up with them."""
        super().__init__(parent)
        self.fields = tuple(fields)
        self.editors: dict[str, Editor | QCheckBox] = {}
        form = into
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        for field in self.fields:
            if field.flag:
                box = named(QCheckBox(field.label), field.attribute)
                box.setToolTip(field.placeholder)  # a box has no placeholder: what it means
                box.clicked.connect(lambda _=False, a=field.attribute: self.committed.emit(a))
                self.editors[field.attribute] = box
                form.addRow("", box)
                continue
            line: Editor = named(ProseEdit() if field.prose else QLineEdit(), field.attribute)
            line.setPlaceholderText(field.placeholder)
            line.editingFinished.connect(lambda a=field.attribute: self.committed.emit(a))
            self.editors[field.attribute] = line
            form.addRow(field.label, line)

    def show_record(self, record: Any) -> None:
        for field in self.fields:
            editor = self.editors[field.attribute]
            text = field.text(record) if record is not None else ""
            if isinstance(editor, QCheckBox):
                editor.setChecked(text == "True")
            else:
                editor.setText(text)
                editor.setCursorPosition(0)

    def text_of(self, attribute: str) -> str:
        editor = self.editors[attribute]
        if isinstance(editor, QCheckBox):
            return "1" if editor.isChecked() else ""
        return editor.text()

    def field(self, attribute: str) -> RecordField:
        return next(f for f in self.fields if f.attribute == attribute)

    def read(self, record: Any) -> Any:
        """The record with every field read in. Raises Unreadable with the sentence to show."""
        for field in self.fields:
            record = field.changed(record, self.text_of(field.attribute)) or record
        return record


class RecordDialog(QDialog):
    """Window-modal, not blocking (open()): OK pushes `make_edit(record read)` on the document;
    a refusal is shown in the dialog, which stays open so the user can put it right."""

    def __init__(
        self,
        document: DocumentController,
        title: str,
        heading: str,
        fields: Sequence[RecordField],
        record: Any,
        make_edit: Callable[[Any], Edit],
        parent: QWidget | None = None,
        cited: CitedRecord | None = None,
    ) -> None:
        """`cited`: the record as "Where does this come from?" asks of it, for a dialog that
        says where its values come from (stated or assumed) and lets the user say it."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("record_dialog")
        self._record, self._make_edit = record, make_edit
        self.form = RecordForm(fields)
        self.form.show_record(record)
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._answer)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading_label = QLabel(heading)
        heading_label.setWordWrap(True)
        layout.addWidget(heading_label)
        layout.addWidget(self.form)
        self._document, self._cited = document, cited
        self.source_dialog: QDialog | None = None
        if cited is not None:
            self.sources, self.cite_button = where_from_widgets("record_")
            self.cite_button.clicked.connect(self._ask_source)
            layout.addWidget(self.sources)
            layout.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignLeft)
            document.changed.connect(self._show_sources)
            self._show_sources()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._pusher = FormPush(document, self.message)

    def _show_sources(self) -> None:
        assert self._cited is not None
        proposal, cited = self._document.proposal, self._cited
        # A record shown with its defaults (a consultation not yet set) is not in the file: a
        # source must cite a record that is, so the question waits for OK to save it.
        saved = cited.record_id in proposal.records(cited.table)
        self.cite_button.setEnabled(saved)
        if saved:
            self.sources.setText(sources_html(proposal, cited))
        else:
            self.sources.setText(
                f"<i>Where from: can be said once the {cited.noun} is saved (OK).</i>"
            )

    def _ask_source(self) -> None:
        assert self._cited is not None
        self.source_dialog = ask_source(self._document, self._cited, self)

    def _answer(self) -> None:
        try:
            record = self.form.read(self._record)
        except Unreadable as unreadable:
            self.message.setText(str(unreadable))
            return
        if record == self._record or self._pusher.push(self._make_edit(record)):
            self.accept()
