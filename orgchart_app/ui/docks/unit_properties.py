"""The properties of the unit chosen in the structure tree: what it holds, its name, status,
reference, colour, description and lead post (each change one undo step), and where it comes
from, as the Properties dock shows a post's."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from orgchart_app.domain import Unit, UnitStatus
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text, fte_text
from orgchart_app.edits import Changes
from orgchart_app.ui.dialogs.record_dialogs import changed_fields, unit_detail_fields
from orgchart_app.ui.dialogs.record_form import RecordForm, error_label
from orgchart_app.ui.dialogs.source import SourceDialog, ask_source
from orgchart_app.ui.docks.cited_records import cited_unit
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.docks.record_fields import Unreadable
from orgchart_app.ui.docks.sources_text import sources_html, where_from_widgets
from orgchart_app.ui.window.document import DocumentController


class UnitPanel(QWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.holds = QLabel()
        self.holds.setObjectName("unit_holds")
        self.holds.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("unit_name")
        self.status = QComboBox()
        self.status.setObjectName("unit_status")
        for status in UnitStatus:
            self.status.addItem(status.label.capitalize(), status)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # as the post's form
        self.form.addRow("Name", self.name)
        self.form.addRow("Status", self.status)
        self.details: RecordForm | None = None
        self.message = error_label()
        self.sources, self.cite = where_from_widgets("unit_")
        self.cite.clicked.connect(self._ask_source)
        self.source_dialog: SourceDialog | None = None
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.holds)
        column.addLayout(self.form)
        column.addWidget(self.sources)
        column.addWidget(self.cite)
        column.addWidget(self.message)
        column.addStretch(1)
        self.name.editingFinished.connect(self._commit_name)
        self.status.activated.connect(self._commit_status)
        document.unit_selected.connect(self._refresh)
        document.changed.connect(self._on_document_changed)
        self._pusher = FormPush(document, self.message)
        self._shown: Unit | None = None

    def unit(self) -> Unit | None:
        unit_id = self._document.selected_unit
        return self._document.proposal.units.get(unit_id) if unit_id is not None else None

    def _on_document_changed(self, changes: Changes) -> None:
        if changes.units or changes.posts or Table.PROVENANCE in changes.other_tables:
            self._refresh()

    def _refresh(self, *_: object) -> None:
        unit = self.unit()
        if unit is None:
            return
        proposal = self._document.proposal
        organisation = proposal.organisations.get(unit.organisation_id)
        employer = f", {escape(organisation.name)}" if organisation else ""
        self.heading.setText(
            f"<b>{escape(unit.name)}</b> ({unit.kind.value.replace('_', '-')}{employer})"
        )
        self.holds.setText(_holds_text(self._document, unit))
        self.name.setText(unit.name)
        self.name.setCursorPosition(0)
        self.status.setCurrentIndex(self.status.findData(unit.status))
        if self._shown is None or self._shown.id != unit.id:
            self._rebuild_details(unit)
        assert self.details is not None
        self.details.show_record(unit)
        self._shown = unit
        self.sources.setText(sources_html(proposal, cited_unit(unit)))
        self.setEnabled(not self._document.read_only)

    def _rebuild_details(self, unit: Unit) -> None:
        # The lead post is read among the unit's own scenario's posts: a form per unit shown.
        if self.details is not None:
            for attribute in self.details.editors:
                self.form.removeRow(self.details.editors[attribute])
            self.details.deleteLater()
        fields = unit_detail_fields(self._document, unit)
        self.details = RecordForm(fields, self, into=self.form)
        self.details.committed.connect(self._commit_detail)

    def _commit_name(self) -> None:
        from orgchart_app.edits import RenameUnit  # noqa: PLC0415 - the edits load when first made

        unit = self.unit()
        name = self.name.text().strip()
        if (
            unit is not None
            and name != unit.name
            and not self._pusher.push(RenameUnit(unit.id, name))
        ):
            self._refresh()

    def _commit_status(self, *_: object) -> None:
        from orgchart_app.edits import UpdateUnit  # noqa: PLC0415 - the edits load when first made

        unit = self.unit()
        status = self.status.currentData()
        if unit is not None and status is not unit.status:
            self._pusher.push(UpdateUnit(unit.id, (("status", status),)))

    def _commit_detail(self, attribute: str) -> None:
        from orgchart_app.edits import UpdateUnit  # noqa: PLC0415 - the edits load when first made

        unit, details = self.unit(), self.details
        if unit is None or details is None:
            return
        try:
            after = details.field(attribute).changed(unit, details.text_of(attribute))
        except Unreadable as unreadable:
            self.message.setText(str(unreadable))
            return
        if after is not None and not self._pusher.push(
            UpdateUnit(unit.id, changed_fields(details.fields, unit, after))
        ):
            self._refresh()

    def _ask_source(self) -> None:
        unit = self.unit()
        if unit is not None:
            self.source_dialog = ask_source(self._document, cited_unit(unit), self)


def _holds_text(document: DocumentController, unit: Unit) -> str:
    """Its posts and FTE with everything inside it, and what it is part of."""
    proposal = document.proposal
    inside = {u.id for u in proposal.subunits_of(unit.id)}
    posts = [p for p in proposal.posts_in(unit.scenario_id) if p.unit_id in inside]
    count = sum(p.quantity for p in posts)
    fte = sum(p.total_fte for p in posts)
    parent = proposal.units.get(unit.parent_id) if unit.parent_id is not None else None
    part_of = f"Part of {escape(parent.name)}. " if parent else ""
    return (
        f"{part_of}{count_text(count)} post{'' if count == 1 else 's'}, {fte_text(fte)} FTE "
        "with everything inside it."
    )
