"""File > Import: choose a file, check the columns against a preview, see the problems, create."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from orgchart_app.domain import OrgChartError, Proposal
from orgchart_app.importers import (
    ColumnMapping,
    Field,
    ImportFormat,
    ImportResult,
    ReleaseInfo,
    ReleaseMode,
    Table,
    default_mapping,
    detect_format,
    import_tables,
    read_table,
    releases_in,
)
from orgchart_app.ui.dialogs.import_releases import ReleasePage, chosen_text
from orgchart_app.ui.dialogs.widgets import named

PREVIEW_ROWS = 20
FILE_FILTER = "Establishment lists (*.csv *.xlsx *.txt);;All files (*)"


class FilePage(QWizardPage):
    """The file (and an organogram's junior file), the format and the default organisation."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Import an establishment")
        self.setSubTitle(
            "Choose a CSV or Excel list of posts, a Visio-style list, or the senior "
            "and junior CSVs of an organogram."
        )
        self.path = named(QLineEdit(), "path")
        self.second_path = named(QLineEdit(), "second_path")
        self.second_path.setPlaceholderText("organogram only: the junior posts CSV")
        self.format = named(QComboBox(), "format")
        for import_format in ImportFormat:
            self.format.addItem(import_format.label, import_format)
        self.organisation = named(QLineEdit(), "organisation")
        self.organisation.setPlaceholderText(
            "for rows that name no organisation (default: the file's name)"
        )
        self.error = named(QLabel(wordWrap=True), "error")
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow("File:", self._with_browse(self.path))
        form.addRow("Second file:", self._with_browse(self.second_path))
        form.addRow("Format:", self.format)
        form.addRow("Organisation:", self.organisation)
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        browse = QPushButton("Browse...")
        browse.clicked.connect(lambda: self._browse(edit))
        row.addWidget(browse)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import", edit.text(), FILE_FILTER)
        if path:
            edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        paths = [p for p in (self.path.text().strip(), self.second_path.text().strip()) if p]
        try:
            tables = [read_table(p) for p in paths]
        except OrgChartError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        chosen = self.format.currentData()
        self._wizard.set_tables(
            tables, detect_format(tables) if chosen is ImportFormat.AUTO else chosen
        )
        return True


class MappingPage(QWizardPage):
    """A preview of the first rows, with a field chooser above each column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Columns")
        self.setSubTitle(
            "Check what each column holds; change a column's field with the list "
            "above it. Nothing is created yet."
        )
        self.preview = named(QTableWidget(), "preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table, mapping = self._wizard.tables[0], self._wizard.mapping
        assert mapping is not None
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels(["Field"] + [str(r.line) for r in rows])
        self.combos = []
        for column in range(len(table.headers)):
            combo = named(QComboBox(), f"map_{column}")
            for field in Field:
                combo.addItem(field.label, field.value)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._on_combo_changed(c))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for index, row in enumerate(rows, start=1):
                self.preview.setItem(index, column, QTableWidgetItem(row.cell(column)))
        self._show(mapping)
        self.preview.resizeColumnsToContents()

    def _show(self, mapping: ColumnMapping) -> None:
        for combo, field in zip(self.combos, mapping.fields, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(field.value))
            combo.blockSignals(False)

    def _on_combo_changed(self, column: int) -> None:
        mapping = self._wizard.mapping
        assert mapping is not None
        self._wizard.mapping = mapping.with_field(column, Field(self.combos[column].currentData()))
        self._show(self._wizard.mapping)


class CheckPage(QWizardPage):
    """The reconciliation and every problem, before the proposal is created."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Check")
        self.setSubTitle("Every row is either placed or listed below. Finish creates the proposal.")
        self.reconciliation = named(QLabel(wordWrap=True), "reconciliation")
        self.problems = named(QListWidget(), "problems")
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reconciliation)
        layout.addWidget(QLabel("Problems:"))
        layout.addWidget(self.problems)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.problems.clear()
        try:
            result = self._wizard.run_import()
        except OrgChartError as error:
            self.reconciliation.setText(str(error))
            self._wizard.outcome = None
            self.completeChanged.emit()
            return
        warnings = [f"Warning: {warning}" for warning in result.report.warnings]
        wizard = self._wizard
        chosen = chosen_text(wizard.release, wizard.release_mode, wizard.releases())
        lines = warnings + ([chosen] if chosen else []) + result.report.reconciliation_lines()
        self.reconciliation.setText("\n".join(lines))
        self.problems.addItems([str(p) for p in result.report.problems])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.outcome is not None


class ImportWizard(QWizard):
    FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, RELEASE_PAGE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.setObjectName("import_wizard")
        self.tables: list[Table] = []
        self.import_format = ImportFormat.ESTABLISHMENT
        self.mapping: ColumnMapping | None = None
        self.outcome: ImportResult | None = None
        # The release(s) to import from a file of several (the release page sets them).
        self.release, self.release_mode = "", ReleaseMode.ONE
        self._releases: tuple[object, list[ReleaseInfo]] = (None, [])
        # A quick import shows no progress dialog; one that takes longer than this does.
        self.progress_after_ms = 1000
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.CHECK_PAGE, self.check_page)
        self.setPage(self.RELEASE_PAGE, ReleasePage(self))
        self.resize(900, 600)

    def set_tables(self, tables: list[Table], import_format: ImportFormat) -> None:
        self.tables, self.import_format = tables, import_format
        self.mapping = (
            None
            if import_format is ImportFormat.ORGANOGRAM
            else default_mapping(tables[0], import_format)
        )

    def releases(self) -> list[ReleaseInfo]:
        """The releases in the files as now mapped (worked out again only when that changes)."""
        key = (tuple(map(id, self.tables)), self.import_format, self.mapping)
        if self._releases[0] != key:
            self._releases = (key, releases_in(self.tables, self.import_format, self.mapping))
        return self._releases[1]

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        current = self.currentId()
        if current == self.FILE_PAGE and self.tables and self.mapping is not None:
            return self.MAPPING_PAGE
        if current in (self.FILE_PAGE, self.MAPPING_PAGE):
            # An organogram's columns are fixed by its schema: no mapping page.
            if len(self.releases()) > 1:
                return self.RELEASE_PAGE
            self.release, self.release_mode = "", ReleaseMode.ONE
            return self.CHECK_PAGE
        if current == self.RELEASE_PAGE:
            return self.CHECK_PAGE
        return -1

    def run_import(self) -> ImportResult:
        """The import, with a cancellable progress dialog; a cancel raises ImportCancelled and
        leaves `outcome` None: nothing is made."""
        self.outcome = None
        dialog = named(QProgressDialog("Importing...", "Cancel", 0, 100, self), "import_progress")
        dialog.setWindowTitle("Import")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.progress_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def report(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)  # a modal dialog handles events here: the Cancel press too
            return not dialog.wasCanceled()

        try:
            self.outcome = import_tables(
                self.tables,
                self.import_format,
                mapping=self.mapping,
                organisation=self.file_page.organisation.text(),
                release=self.release,
                releases=self.release_mode,
                progress=report,
            )
        finally:
            dialog.close()
            dialog.deleteLater()
        return self.outcome

    def proposal(self) -> Proposal | None:
        return self.outcome.proposal if self.outcome is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Proposal | None:
        """Run the wizard; the new proposal (not yet saved anywhere), or None if cancelled."""
        wizard = cls(parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.proposal()
