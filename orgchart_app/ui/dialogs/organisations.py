"""Edit > Organisations: the employers and partners as a table typed in, each change one undo step."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain import OrganisationKind, Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import OrganisationId
from orgchart_app.domain.model import Organisation
from orgchart_app.ui.dialogs.cost_editor import EditorDialog
from orgchart_app.ui.dialogs.row_sources import RowSources, selected_key
from orgchart_app.ui.docks.cited_records import CitedRecord, cited_organisation
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import PutOrganisation

COLUMNS = ("Short name", "Name", "Kind", "Colour", "Pay scale", "Used by")
_KINDS = {kind.label.casefold(): kind for kind in OrganisationKind}


def _free_short_name(proposal: Proposal) -> str:
    used = {o.short_name.casefold() for o in proposal.organisations.values()}
    number = 1
    while f"Organisation {number}".casefold() in used:
        number += 1
    return f"Organisation {number}"


def _cells(proposal: Proposal, organisation: Organisation) -> tuple[str, ...]:
    from orgchart_app.edits.organisation_edits import organisation_uses  # noqa: PLC0415 - the edits load when first made

    uses = organisation_uses(proposal, organisation)
    return (
        organisation.short_name,
        organisation.name,
        organisation.kind.label,
        organisation.colour,
        _scale_name(proposal, organisation),
        ", ".join(uses) or "nothing yet",
    )


def _scale_name(proposal: Proposal, organisation: Organisation) -> str:
    scale_id = organisation.pay_scale_id
    scale = proposal.pay_scales.get(scale_id) if scale_id is not None else None
    return scale.name if scale is not None else ""


def _scale_typed(proposal: Proposal, organisation: Organisation, text: str) -> Organisation:
    """The pay scale by its name (blank: none); its grades are what the employer's posts hold."""
    if not text:
        return dataclasses.replace(organisation, pay_scale_id=None)
    scales = {s.name.casefold(): s.id for s in proposal.pay_scales.values()}
    if text.casefold() not in scales:
        known = ", ".join(s.name for s in proposal.pay_scales.values()) or "none yet"
        raise EditRefused(
            f'"{text}" is not a pay scale of this file (Costs > Pay Scales and Grades: {known}).'
        )
    return dataclasses.replace(organisation, pay_scale_id=scales[text.casefold()])


def _typed(proposal: Proposal, organisation: Organisation, column: str, text: str) -> Organisation:
    """The organisation with one cell's text put in; EditRefused for a kind not known."""
    text = text.strip()
    if column == "Pay scale":
        return _scale_typed(proposal, organisation, text)
    if column == "Kind":
        kind = _KINDS.get(text.casefold())
        if kind is None:
            known = ", ".join(k.label for k in OrganisationKind)
            raise EditRefused(f'"{text}" is not a kind of organisation ({known}).')
        return dataclasses.replace(organisation, kind=kind)
    if column == "Short name":
        return dataclasses.replace(organisation, short_name=text)
    if column == "Name":
        return dataclasses.replace(organisation, name=text)
    return dataclasses.replace(organisation, colour=text)


class OrganisationsDialog(EditorDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(document, "Organisations", parent)
        self.resize(940, 320)
        self._ids: list[OrganisationId] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        how = (
            "Type in a cell to change it. Kind: "
            + ", ".join(k.label for k in OrganisationKind)
            + ". Colour: #RRGGBB, or empty for none. Pay scale: a name from Costs > Pay Scales "
            "and Grades, or empty. Each change is one undo step."
        )
        self.table.setToolTip(how)
        self.how = QLabel(how)
        self.how.setWordWrap(True)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button = QPushButton("Add Organisation")
        self.remove_button = QPushButton("Remove Organisation")
        # Stated by a document (a partnership agreement, a report) or assumed, as for a post; the
        # selected organisation's sources said under the table, as the Properties panel does.
        self.row_sources = RowSources(
            document, self, self.message, self._cited, "the organisation", "organisation_"
        )
        self.sources, self.cite_button = self.row_sources.widgets
        self.add_button.clicked.connect(self.add_organisation)
        self.remove_button.clicked.connect(self.remove_organisation)
        self.table.itemSelectionChanged.connect(self.row_sources.show)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cite_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.how)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sources)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        proposal = self._document.proposal
        self._ids = list(proposal.organisations)
        # Filled with signals off: a refresh is not the user typing.
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._ids))
        for row, organisation in enumerate(proposal.organisations.values()):
            for column, text in enumerate(_cells(proposal, organisation)):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                if COLUMNS[column] == "Used by":  # counted, not typed
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self._show_colour(row, organisation.colour)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.remove_button.setEnabled(bool(self._ids))
        self.row_sources.show()

    def _cited(self) -> CitedRecord | None:
        organisation_id = selected_key(self.table, self._ids)
        if organisation_id is None:
            return None
        return cited_organisation(self._document.proposal.organisations[organisation_id])

    def _show_colour(self, row: int, colour: str) -> None:
        """A swatch behind the colour's code, so the user sees what the chart will draw."""
        item = self.table.item(row, COLUMNS.index("Colour"))
        if item is None:
            return
        if colour:
            item.setBackground(QColor(colour))
            item.setForeground(QColor("white" if QColor(colour).lightness() < 128 else "black"))
        else:
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        from orgchart_app.edits import PutOrganisation  # noqa: PLC0415 - the edits load when first made

        organisation = self._document.proposal.organisations.get(self._ids[item.row()])
        if organisation is None:
            return
        try:
            changed = _typed(
                self._document.proposal, organisation, COLUMNS[item.column()], item.text()
            )
        except EditRefused as refusal:
            self.message.setText(str(refusal))
            self.refresh()  # the cell shows what the organisation still holds
            return
        if changed == organisation:
            self.refresh()
            return
        self.push(lambda _: PutOrganisation(changed))
        self.refresh()  # a refused value goes back to what the organisation holds

    def add_organisation(self) -> None:
        def added(proposal: Proposal) -> PutOrganisation:
            from orgchart_app.edits import PutOrganisation  # noqa: PLC0415 - the edits load when first made

            short = _free_short_name(proposal)
            return PutOrganisation(
                Organisation(OrganisationId(0), short, short, OrganisationKind.OTHER)
            )

        self.push(added)

    def remove_organisation(self) -> None:
        from orgchart_app.edits import RemoveOrganisation  # noqa: PLC0415 - the edits load when first made

        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            self.message.setText("Choose the organisation to remove.")
            return
        organisation_id = self._ids[row]
        self.push(lambda _: RemoveOrganisation(organisation_id))
