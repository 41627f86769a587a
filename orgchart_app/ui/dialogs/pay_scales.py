"""Pay scales and grades: add a shipped scale, import or enter grades, apply a pay award, map the
grades nothing matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.analysis.pay import unmatched_grades
from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused, OrgChartError
from orgchart_app.domain.ids import GradeId
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import money_range
from orgchart_app.edits import Edit
from orgchart_app.edits.pay_setup import add_shipped_scale, import_grades, map_grade, scale_named
from orgchart_app.importers.pay_tables import read_grade_lines
from orgchart_app.ui.dialogs.cost_editor import EditorDialog
from orgchart_app.ui.dialogs.grade_entry import GradeEntry
from orgchart_app.ui.dialogs.row_sources import RowSources
from orgchart_app.ui.dialogs.tables import ChooseTable
from orgchart_app.ui.docks.cited_records import CitedRecord
from orgchart_app.ui.window.document import DocumentController

# A grade's and a scale's fields as the list and the grade entry below it name them.
GRADE_LABELS = {
    "code": "Grade",
    "pay_scale_id": "Pay scale",
    "bottom_point": "Bottom point",
    "top_point": "Top point",
    "min_salary": "Minimum salary",
    "max_salary": "Maximum salary",
    "description": "Description",
}
SCALE_LABELS = {"name": "Name", "framework": "Framework", "description": "Description"}
# Where a row of the list keeps the record it shows.
RECORD_ROLE = Qt.ItemDataRole.UserRole

SHIPPED = (
    (ShippedKind.NJC, "Add NJC Pay Spine"),
    (ShippedKind.AFC, "Add Agenda for Change"),
    (ShippedKind.SENIOR, "Add Senior Salaries Scale"),
)


def _range(proposal: Proposal, grade_id: GradeId) -> str:
    g = proposal.grades[grade_id]
    if g.bottom_point is not None:
        return f"points {g.bottom_point}-{g.top_point}"
    return money_range(g.min_salary, g.max_salary)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


class PayScalesDialog(EditorDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(document, "Pay Scales and Grades", parent)
        self.resize(720, 640)
        self.scales = QTreeWidget()
        self.scales.setHeaderLabels(["Scale / grade", "Range", "Pay years"])
        # Sized to what is shown, as a scale is opened too: a range cut short reads wrong.
        for column in (0, 1):
            self.scales.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        # A grade's range as the pay report states it, or assumed: said for the chosen row.
        self.row_sources = RowSources(
            document, self, self.message, self._cited, "the pay scale or grade", "grade_"
        )
        self.sources, self.cite_button = self.row_sources.widgets
        self.scales.itemSelectionChanged.connect(self.row_sources.show)
        shipped = QHBoxLayout()
        self.add_buttons: dict[ShippedKind, QPushButton] = {}
        for kind, label in SHIPPED:
            button = QPushButton(label)
            button.clicked.connect(
                lambda _=False, k=kind: self.push(lambda p: add_shipped_scale(p, k))
            )
            shipped.addWidget(button)
            self.add_buttons[kind] = button
        self.scale_box = QComboBox()
        self.import_button = QPushButton("Import Grades...")
        self.import_button.clicked.connect(self.import_grades)
        importing = QHBoxLayout()
        importing.addWidget(QLabel("Grades from a CSV or Excel file into"))
        importing.addWidget(self.scale_box, 1)
        importing.addWidget(self.import_button)
        self.entry = GradeEntry(self.push, self.scale_box.currentText)
        self.unmatched = QGroupBox("Grades of posts that match no grade")
        self.unmatched_layout = QGridLayout(self.unmatched)
        layout = QVBoxLayout(self)
        for part in (shipped, importing):
            layout.addLayout(part)
        layout.addWidget(self.scales, 1)
        citing = QHBoxLayout()
        citing.addWidget(self.sources, 1)
        citing.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(citing)
        layout.addWidget(self.entry)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.message)
        self.map_buttons: dict[str, tuple[QComboBox, QPushButton]] = {}

    def import_grades(self) -> None:
        path = ChooseTable.ask(self, "Import Grades")
        if path is None:
            return
        name = self.scale_box.currentText()
        try:
            lines = read_grade_lines(path)
        except OrgChartError as refusal:
            self.message.setText(str(refusal))
            return

        def edit(proposal: Proposal) -> Edit:
            scale = scale_named(proposal, name)
            if scale is None:
                raise EditRefused("Choose the pay scale the grades belong to (add one first).")
            return import_grades(proposal, scale, lines, path.name)

        self.push(edit)

    def refresh(self) -> None:
        proposal = self._document.proposal
        # The list is made again: the row chosen (whose sources show) is chosen again after,
        # and the scales the user had opened are open again.
        chosen = [item.data(0, RECORD_ROLE) for item in self.scales.selectedItems()]
        opened = [
            item.data(0, RECORD_ROLE)
            for item in _children(self.scales.invisibleRootItem())
            if item.isExpanded()
        ]
        self.scales.clear()
        for scale in proposal.pay_scales.values():
            years = sorted({k[1] for k in proposal.pay_points if k[0] == scale.id})
            item = QTreeWidgetItem([scale.name, scale.framework, ", ".join(years)])
            item.setToolTip(0, scale.description)
            item.setData(0, RECORD_ROLE, (Table.PAY_SCALES, scale.id))
            for grade in proposal.grades.values():
                if grade.pay_scale_id == scale.id:
                    child = QTreeWidgetItem([grade.code, _range(proposal, grade.id)])
                    child.setToolTip(0, grade.description)
                    child.setData(0, RECORD_ROLE, (Table.GRADES, grade.id))
                    item.addChild(child)
            self.scales.addTopLevelItem(item)
            item.setExpanded(item.data(0, RECORD_ROLE) in opened)
        self._choose_again(chosen)
        current = self.scale_box.currentText()
        self.scale_box.clear()
        self.scale_box.addItems([s.name for s in proposal.pay_scales.values()])
        self.scale_box.setCurrentText(current)
        self.entry.refresh(proposal)
        self._fill_unmatched(proposal)
        self.row_sources.show()

    def _choose_again(self, chosen: list[object]) -> None:
        for scale_item in _children(self.scales.invisibleRootItem()):
            for row in (scale_item, *_children(scale_item)):
                if row.data(0, RECORD_ROLE) in chosen:
                    scale_item.setExpanded(True)
                    row.setSelected(True)

    def _cited(self) -> CitedRecord | None:
        chosen = self.scales.selectedItems()
        if not chosen:
            return None
        table, record_id = chosen[0].data(0, RECORD_ROLE)
        proposal = self._document.proposal
        if table is Table.GRADES and record_id in proposal.grades:
            code = proposal.grades[record_id].code
            return CitedRecord(table, record_id, "grade", f"{code} (grade)", GRADE_LABELS)
        if table is Table.PAY_SCALES and record_id in proposal.pay_scales:
            name = proposal.pay_scales[record_id].name
            return CitedRecord(table, record_id, "pay scale", f"{name} (pay scale)", SCALE_LABELS)
        return None

    def _fill_unmatched(self, proposal: Proposal) -> None:
        while self.unmatched_layout.count():
            item = self.unmatched_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.map_buttons = {}
        codes = sorted({g.code for g in proposal.grades.values()})
        found = unmatched_grades(proposal)
        for row, (text, use) in enumerate(found.items()):
            choice = QComboBox()
            choice.addItems(codes)
            button = QPushButton(f'Map "{text}" to')
            button.setEnabled(bool(codes))
            button.clicked.connect(
                lambda _=False, t=text, c=choice: self.push(
                    lambda p: map_grade(p, t, c.currentText())
                )
            )
            self.unmatched_layout.addWidget(QLabel(f'"{text}": {use.posts} posts'), row, 0)
            self.unmatched_layout.addWidget(button, row, 1)
            self.unmatched_layout.addWidget(choice, row, 2)
            self.map_buttons[text] = (choice, button)
        if not found:
            self.unmatched_layout.addWidget(
                QLabel("Every graded post matches a grade."), 0, 0, Qt.AlignmentFlag.AlignLeft
            )
