"""The budget editor: the budget lines as a table whose cells are typed in, each change one undo."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.domain.ids import BudgetLineId
from orgchart_app.domain.model import BudgetLine
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import amount_text
from orgchart_app.edits import PutPayRecord, RemovePayRecord
from orgchart_app.edits.pay_setup import replace_budget
from orgchart_app.exporters.budget_table import budget_table
from orgchart_app.exporters.post_list import write_csv, write_xlsx
from orgchart_app.importers.budget_cells import (
    COLUMNS,
    FIELDS,
    TOTAL,
    budget_cell_edit,
    cells,
)
from orgchart_app.importers.budget_table import read_budget
from orgchart_app.ui.dialogs.cost_editor import EditorDialog
from orgchart_app.ui.dialogs.row_sources import RowSources, selected_key
from orgchart_app.ui.dialogs.tables import ChooseTable, SaveTable
from orgchart_app.ui.docks.cited_records import CitedRecord
from orgchart_app.ui.window.document import DocumentController

AMOUNTS = frozenset({"Basic pay", "NI", "Superannuation", "Other", TOTAL})
NEW_LINE = "New budget line"
# A line's fields as the editor heads the columns that set them.
LABELS = {field: column for column, fields in FIELDS.items() for field in fields}


def cited_budget_line(line: BudgetLine) -> CitedRecord:
    return CitedRecord(
        Table.BUDGET_LINES, line.id, "budget line", f"{line.description} (budget line)", LABELS
    )


def shown(column: str, text: str) -> str:
    """Amounts with thousands commas, pence only where there are any."""
    if column not in AMOUNTS:
        return text
    return amount_text(Decimal(text))


class BudgetDialog(EditorDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(document, "Budget", parent)
        self.resize(1100, 460)
        self._ids: list[BudgetLineId] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button = QPushButton("Add Line")
        self.remove_button = QPushButton("Remove Line")
        self.replace = QCheckBox("Replace the budget lines the file has")
        self.import_button = QPushButton("Import Budget...")
        self.export_button = QPushButton("Export Budget...")
        # Stated by the report's financial section, or assumed: said for the chosen line.
        self.row_sources = RowSources(
            document, self, self.message, self._cited, "the budget line", "budget_"
        )
        self.sources, self.cite_button = self.row_sources.widgets
        self.table.itemSelectionChanged.connect(self.row_sources.show)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.import_button.clicked.connect(self.import_budget)
        self.export_button.clicked.connect(self.export_budget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.replace)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sources)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        proposal = self._document.proposal
        # The headers carry the ledger's codes as the export does: "Basic pay (6000)".
        heads = budget_table(proposal).header
        self.table.setHorizontalHeaderLabels([*heads[:-1], "Posts (moved by an adjustment)"])
        self._ids = list(proposal.budget_lines)
        # Filled in place with signals off: a refresh is not the user typing.
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._ids))
        for row, line in enumerate(proposal.budget_lines.values()):
            self._fill_row(row, line)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(self._ids))
        self.remove_button.setEnabled(bool(self._ids))
        self.row_sources.show()

    def _cited(self) -> CitedRecord | None:
        line_id = selected_key(self.table, self._ids)
        if line_id is None:
            return None
        return cited_budget_line(self._document.proposal.budget_lines[line_id])

    def _fill_row(self, row: int, line: BudgetLine) -> None:
        for column, (name, text) in enumerate(cells(line).items()):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(shown(name, text))
            if name in AMOUNTS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if name == TOTAL:  # the sum of the amounts: typed in those, not here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        line_id = self._ids[item.row()]
        column = COLUMNS[item.column()]

        old = self._document.proposal.budget_lines.get(line_id)
        try:
            put = budget_cell_edit(self._document.proposal, line_id, column, item.text())
        except OrgChartError as refusal:
            self.message.setText(str(refusal))
            self.refresh()  # the cell shows what the line still holds
            return
        if put.record == old:
            self.refresh()  # "400000" for "400,000": nothing to undo
            return
        self.push(lambda _: put)

    def add_line(self) -> None:
        self.push(lambda _: PutPayRecord(BudgetLine(BudgetLineId(0), "", NEW_LINE)))

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            self.message.setText("Choose the line to remove.")
            return
        line_id = self._ids[row]
        self.push(lambda _: RemovePayRecord(Table.BUDGET_LINES, line_id))

    def import_budget(self) -> None:
        path = ChooseTable.ask(self, "Import Budget")
        if path is None:
            return
        try:
            lines = [(i.line, i.record) for i in read_budget(path)]
        except OrgChartError as refusal:
            self.message.setText(str(refusal))
            return
        self.push(lambda p: replace_budget(p, lines, self.replace.isChecked(), path.name))

    def export_budget(self) -> None:
        path = SaveTable.ask(self, "Export Budget", "budget.xlsx")
        if path is None:
            return
        writer = write_xlsx if path.suffix.casefold() == ".xlsx" else write_csv
        try:
            writer(budget_table(self._document.proposal), path)
        except OrgChartError as refusal:
            self.message.setText(str(refusal))
            return
        self.message.setText(f"Wrote {path.name}.")
