"""The properties of the selected dotted line: kind, share of time, label and "interim"; each
change one EditDottedLine, one undo step. Where the line comes from, and the question to say it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain import DottedLine, DottedLineKind
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Changes
from orgchart_app.ui.dialogs.source import SourceDialog, ask_source
from orgchart_app.ui.docks.cited_records import cited_line
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.docks.sources_text import sources_html, where_from_widgets
from orgchart_app.ui.window.document import DocumentController

KIND_LABELS = {
    DottedLineKind.ACCOUNTABILITY: "Dotted line (accountability)",
    DottedLineKind.MATRIX: "Matrix",
    DottedLineKind.PROFESSIONAL: "Professional",
    DottedLineKind.SECONDMENT: "Secondment",
}


def read_share(text: str) -> float | None | str:
    """The share typed ("10", "10%", blank for none), or the sentence saying why it is not one."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return f'The share of time must be a percentage such as 10 or 90% (got "{text}").'


class LinePanel(QWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.share = QLineEdit()
        self.share.setPlaceholderText("% of time, e.g. 10")
        self.label = QLineEdit()
        self.label.setPlaceholderText('shown on the line, e.g. "90% MLCO / 10% MHCC"')
        self.interim = QCheckBox("Interim (temporary) arrangement")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.sources, self.cite = where_from_widgets("line_")
        self.cite.clicked.connect(self._ask_source)
        self.source_dialog: SourceDialog | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # as the post's form
        form.addRow("Kind", self.kind)
        form.addRow("Share of time", self.share)
        form.addRow("Label", self.label)
        form.addRow("", self.interim)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(form)
        column.addWidget(self.sources)
        column.addWidget(self.cite)
        column.addWidget(self.message)
        column.addStretch(1)
        self.kind.activated.connect(self._commit)
        self.share.editingFinished.connect(self._commit)
        self.label.editingFinished.connect(self._commit)
        self.interim.clicked.connect(self._commit)
        document.line_selected.connect(self._refresh)
        document.changed.connect(self._on_document_changed)
        self._pusher = FormPush(document, self.message)
        self._refresh()

    def line(self) -> DottedLine | None:
        line_id = self._document.selected_line
        return self._document.proposal.dotted_lines.get(line_id) if line_id is not None else None

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.dotted_lines or changes.posts or Table.PROVENANCE in changes.other_tables:
            self._refresh()

    def _refresh(self, *_: object) -> None:
        line = self.line()
        self.setEnabled(line is not None and not self._document.is_reference(line.from_post_id))
        if line is None:
            return
        proposal = self._document.proposal
        posts = proposal.posts
        self.heading.setText(
            f"<b>{posts[line.from_post_id].title}</b> to <b>{posts[line.to_post_id].title}</b>"
        )
        self.kind.setCurrentIndex(self.kind.findData(line.kind))
        self.share.setText("" if line.share_percent is None else f"{line.share_percent:g}")
        self.label.setText(line.label)
        self.interim.setChecked(line.temporary)
        self.sources.setText(sources_html(proposal, cited_line(proposal, line)))

    def _ask_source(self) -> None:
        line = self.line()
        if line is not None:
            record = cited_line(self._document.proposal, line)
            self.source_dialog = ask_source(self._document, record, self)

    def _commit(self, *_: object) -> None:
        from orgchart_app.edits import EditDottedLine  # noqa: PLC0415 - the edits load when first made

        line = self.line()
        share = read_share(self.share.text())
        if line is None:
            return
        if isinstance(share, str):
            self.message.setText(share)
            return
        edit = EditDottedLine(
            line.id,
            self.kind.currentData(),
            share,
            self.label.text().strip(),
            self.interim.isChecked(),
        )
        if (edit.kind, edit.share_percent, edit.label, edit.temporary) == (
            line.kind,
            line.share_percent,
            line.label,
            line.temporary,
        ):
            return
        if not self._pusher.push(edit):
            self._refresh()
