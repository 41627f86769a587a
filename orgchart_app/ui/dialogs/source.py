""" "Where does this come from?": state a record's value (or the whole record: a post, a unit, a
dotted line, an organisation) by a document and a place in it, or mark it assumed with the reason.
The answer is one edit, one undo step; a refusal is said in the dialog, which stays open."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.analysis.provenance import ProvenanceIndex
from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.provenance import Basis, Document
from orgchart_app.domain.tables import Table
from orgchart_app.ui.docks.cited_records import CitedRecord
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit
    from orgchart_app.edits.citing import Source

NEW_DOCUMENT = "A new document…"


class SourceDialog(QDialog):
    """Window-modal and not blocking (open(), not exec()): OK pushes the edit on the document."""

    def __init__(
        self, document: DocumentController, record: CitedRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Where does this come from?")
        self.setObjectName("source_dialog")
        self._document, self._record = document, record
        self.heading = QLabel(f"<b>{escape(record.heading)}</b>")
        self.heading.setWordWrap(True)
        self.field = QComboBox()
        self.field.addItem(record.whole, "")
        for name, label in record.labels.items():
            self.field.addItem(label, name)
        self.stated = QRadioButton("Stated by a document")
        self.assumed = QRadioButton("Assumed")
        basis = QButtonGroup(self)
        basis.addButton(self.stated)
        basis.addButton(self.assumed)
        self.document = QComboBox()
        for known in self._proposal.documents.values():
            self.document.addItem(known.title, known.id)
        self.document.addItem(NEW_DOCUMENT, None)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText("Report to HR & Appeals Panel, 25 March 2021")
        # Where a reader finds the document: kept with it, and changed for every value it states.
        self.reference = QLineEdit()
        self.reference.setObjectName("document_reference")
        self.reference.setPlaceholderText("file name or web address")
        self.place = QLineEdit()
        self.place.setPlaceholderText("s.5.3, Appendix 3, line 12")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("why it is assumed")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.stated.toggled.connect(self._enable)
        self.document.currentIndexChanged.connect(self._show_document)
        self.field.currentIndexChanged.connect(self._show_current)
        self.buttons.accepted.connect(self._answer)
        self.buttons.rejected.connect(self.reject)
        self._pusher = FormPush(self._document, self.message)
        self._show_current()

    @property
    def _proposal(self) -> Proposal:
        return self._document.proposal

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow("Value", self.field)
        form.addRow(self.stated)
        form.addRow("Document", self.document)
        form.addRow("Document's title", self.new_title)
        form.addRow("Its reference", self.reference)
        form.addRow("Place in it", self.place)
        form.addRow(self.assumed)
        form.addRow("Reason", self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _show_current(self) -> None:
        """The chosen value's present source, so the dialog starts from what the file says."""
        sources = ProvenanceIndex(self._proposal).sources(
            self._record.table, self._record.record_id
        )
        field = str(self.field.currentData())
        row = sources.fields.get(field) if field else sources.record
        self.assumed.setChecked(row is not None and row.assumed)
        self.stated.setChecked(not self.assumed.isChecked())
        if row is not None and row.document_id is not None:
            self.document.setCurrentIndex(max(0, self.document.findData(row.document_id)))
        self.place.setText(row.place if row is not None else "")
        self.reason.setText(row.reason if row is not None else "")
        self._show_document()

    def _show_document(self) -> None:
        """The chosen document's title and reference, to correct; blank for a new one."""
        chosen = self._proposal.documents.get(self.document.currentData())
        self.new_title.setText(chosen.title if chosen else "")
        self.reference.setText(chosen.reference if chosen else "")
        self._enable()

    def _enable(self) -> None:
        stated = self.stated.isChecked()
        for widget in (self.document, self.place, self.new_title, self.reference):
            widget.setEnabled(stated)
        self.reason.setEnabled(not stated)

    def _document_typed(self) -> Document:
        """The document as the fields say: the chosen one (perhaps corrected) or a new one."""
        chosen = self._proposal.documents.get(self.document.currentData())
        document_id = chosen.id if chosen else self._proposal.next_id(Table.DOCUMENTS)
        return Document(document_id, self.new_title.text().strip(), self.reference.text().strip())

    def _answer(self) -> None:
        from orgchart_app.edits import Batch, PutDocument  # noqa: PLC0415 - the edits load when first made
        from orgchart_app.edits.citing import Source, cite_edit  # noqa: PLC0415 - the edits load when first made

        stated = self.stated.isChecked()
        document = self._document_typed() if stated else None
        source = Source(
            Basis.STATED if stated else Basis.ASSUMED,
            document.id if document else None,
            "",
            self.place.text(),
            self.reason.text(),
        )
        try:
            if stated and (document is None or not document.title):
                raise EditRefused("Name the document that states it.")
            _check(source)
            record = self._record
            edit: Edit = cite_edit(
                self._proposal,
                record.table,
                record.record_id,
                str(self.field.currentData()),
                source,
            )
            if document is not None and document != self._proposal.documents.get(document.id):
                # A new document, or one whose title or reference the user corrected.
                edit = Batch((PutDocument(document), edit), f'Cite "{document.title}"')
        except EditRefused as refused:
            self.message.setText(str(refused))
            return
        if self._pusher.push(edit):
            self.accept()


def _check(source: Source) -> None:
    """What apply_edit would refuse, said in the dialog while the user can still fix it."""
    if source.basis is Basis.ASSUMED and not source.reason.strip():
        raise EditRefused("Say why the value is assumed: an assumption needs its reason.")


def ask_source(
    document: DocumentController, record: CitedRecord, parent: QWidget | None
) -> SourceDialog:
    """The dialog opened on `record` (the caller keeps it, so it is not collected while open)."""
    dialog = SourceDialog(document, record, parent)
    dialog.open()
    return dialog
