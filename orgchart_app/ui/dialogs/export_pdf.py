"""File > Export PDF: the appendix options, the page count before exporting, progress, then the
result opened in the system's PDF viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.exporters.destination import OutputExists, check_destination
from orgchart_app.exporters.pdf import PdfOptions, PdfPlan, plan_pdf, write_pdf
from orgchart_app.ui.dialogs.export_memory import remembered_fields, restore_fields
from orgchart_app.ui.dialogs.widgets import named
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.settings import Settings

NO_COMPARE = "(none)"
PROGRESS_FROM_PAGES = 8  # a progress dialog only where the export takes noticeable time


class ExportCancelled(Exception):
    """The user pressed Cancel on the progress dialog."""


class ExportPdfDialog(QDialog):
    def __init__(
        self,
        document: DocumentController,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF appendix")
        self._document = document
        self._settings = settings
        self.exported: Path | None = None
        self._plan: PdfPlan | None = None
        self._build()
        self._start_from_what_is_shown()
        self._recount = QTimer(self, singleShot=True, interval=150)
        self._recount.timeout.connect(self._update_page_count)
        for signal in self._option_signals():
            signal.connect(self._recount.start)
        self._update_page_count()

    @classmethod
    def run(
        cls, parent: QWidget | None, document: DocumentController, settings: Settings | None = None
    ) -> Path | None:
        """Show the dialog (File > Export PDF); returns the PDF written, or None."""
        dialog = cls(document, parent, settings)
        dialog.exec()
        return dialog.exported

    # --- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        proposal = self._document.proposal
        names = [s.name for s in proposal.scenarios.values()]
        scenario_id = self._document.scenario_id
        current = proposal.scenarios.get(scenario_id) if scenario_id is not None else None
        self.scenario = named(QComboBox(), "scenario")
        self.scenario.addItems(names)
        if current is not None:
            self.scenario.setCurrentText(current.name)
        self.compare = named(QComboBox(), "compare")
        self.compare.addItems([NO_COMPARE, *names])
        self.title = named(QLineEdit(), "title")
        self.appendix_number = named(QLineEdit(), "appendix_number")
        self.committee = named(QLineEdit(placeholderText="HR & Appeals Panel"), "committee")
        self.date = named(QLineEdit(placeholderText="25 March 2021"), "date")
        self.version = named(QLineEdit(), "version")
        self.classification = named(QLineEdit("Open"), "classification")
        self.draft = named(QCheckBox("“Draft for consultation” watermark"), "draft")
        self.paper = named(QComboBox(), "paper")
        self.paper.addItems(["A4", "A3"])
        self.orientation = named(QComboBox(), "orientation")
        self.orientation.addItems(["Landscape", "Portrait"])
        self.chart = named(QCheckBox("Structure chart"), "chart")
        self.chart.setChecked(True)
        self.per_unit = named(QCheckBox("One page per pillar or team"), "per_unit")
        self.compare_all = named(
            QCheckBox("Compare every unit, not only those with changes"), "compare_all"
        )
        self.post_list = named(QCheckBox("Post list with unit totals"), "post_list")
        self.changes = named(QCheckBox("List of changes"), "changes")
        self.budget = named(QCheckBox("Budget table"), "budget")
        self.names = named(QCheckBox("Show postholder names (personal data)"), "names")
        self.output = named(QLineEdit(str(self._default_output())), "output")
        browse = named(QPushButton("Browse…"), "browse")
        browse.clicked.connect(self._browse)
        self.open_after = named(QCheckBox("Open the PDF when done"), "open_after")
        self.open_after.setChecked(True)
        self.page_count = named(QLabel(), "page_count")
        self.message = named(QLabel(wordWrap=True), "message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)

    def _lay_out(self, browse: QPushButton) -> None:
        titles = QFormLayout()
        for label, widget in (
            ("Scenario", self.scenario),
            ("Compare with", self.compare),
            ("Title", self.title),
            ("Appendix number", self.appendix_number),
            ("Report / committee", self.committee),
            ("Date", self.date),
            ("Version", self.version),
            ("Classification", self.classification),
        ):
            titles.addRow(label, widget)
        titles.addRow("", self.draft)
        paper = QHBoxLayout()
        paper.addWidget(self.paper)
        paper.addWidget(self.orientation)
        titles.addRow("Paper", paper)
        parts = QGroupBox("Parts")
        parts_layout = QVBoxLayout(parts)
        for box in (
            self.chart,
            self.per_unit,
            self.compare_all,
            self.post_list,
            self.changes,
            self.budget,
            self.names,
        ):
            parts_layout.addWidget(box)
        output = QHBoxLayout()
        output.addWidget(self.output, 1)
        output.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(titles)
        layout.addWidget(parts)
        layout.addLayout(output)
        layout.addWidget(self.open_after)
        layout.addWidget(self.page_count)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _option_signals(self) -> list[SignalInstance]:
        edits = (
            self.title,
            self.appendix_number,
            self.committee,
            self.date,
            self.version,
            self.classification,
        )
        boxes = (
            self.draft,
            self.chart,
            self.per_unit,
            self.compare_all,
            self.post_list,
            self.changes,
            self.budget,
            self.names,
        )
        combos = (self.scenario, self.compare, self.paper, self.orientation)
        return (
            [e.textChanged for e in edits]
            + [b.toggled for b in boxes]
            + [c.currentTextChanged for c in combos]
        )

    def _start_from_what_is_shown(self) -> None:
        """The comparison on screen, then the fields last used for this proposal."""
        pair = self._document.compare
        scenarios = self._document.proposal.scenarios
        if pair is not None and all(s in scenarios for s in pair):
            self.scenario.setCurrentText(scenarios[pair[1]].name)
            self.compare.setCurrentText(scenarios[pair[0]].name)
            self.changes.setChecked(True)
        if self._settings is not None:
            restore_fields(self, self._settings.export_fields(self._memory_key()))

    def _memory_key(self) -> str:
        path = self._document.path
        return (
            str(path.resolve())
            if path is not None
            else f"untitled:{self._document.proposal.info.title}"
        )

    def _default_output(self) -> Path:
        path = self._document.path
        folder = path.parent if path is not None else Path.home()
        stem = path.stem if path is not None else "appendix"
        return folder / f"{stem} appendix.pdf"

    # --- behaviour -------------------------------------------------------------------------------
    def options(self) -> PdfOptions:
        compare = self.compare.currentText()
        return PdfOptions(
            scenario=self.scenario.currentText(),
            title=self.title.text().strip(),
            appendix_number=self.appendix_number.text().strip(),
            committee=self.committee.text().strip(),
            date=self.date.text().strip(),
            version=self.version.text().strip(),
            classification=self.classification.text().strip(),
            draft=self.draft.isChecked(),
            paper=self.paper.currentText(),
            landscape=self.orientation.currentText() == "Landscape",
            chart=self.chart.isChecked(),
            per_unit=self.per_unit.isChecked(),
            compare_to="" if compare == NO_COMPARE else compare,
            compare_all=self.compare_all.isChecked(),
            post_list=self.post_list.isChecked(),
            changes=self.changes.isChecked(),
            budget=self.budget.isChecked(),
            names=self.names.isChecked(),
        )

    def _update_page_count(self) -> None:
        """Plan the pages (no drawing) so the user sees how many there will be."""
        try:
            self._plan = plan_pdf(self._document.proposal, self.options())
        except OrgChartError as error:
            self._plan = None
            self.page_count.setText("")
            self.message.setText(str(error))
        else:
            count = self._plan.page_count
            self.page_count.setText(f"{count} page{'s' if count != 1 else ''}")
            self.message.setText("")
            # The title used when none is typed ("Current structures" for an as-is).
            self.title.setPlaceholderText(self._plan.block.appendix)
        self.export_button.setEnabled(self._plan is not None)

    def _browse(self) -> None:
        chosen = self.ask_output_path(self, Path(self.output.text()))
        if chosen is not None:
            self.output.setText(str(chosen))

    @classmethod
    def ask_output_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        # Export asks about replacing a file itself (typed names too), so the file dialog does not.
        name, _ = QFileDialog.getSaveFileName(
            parent,
            "Export PDF",
            str(suggested),
            "PDF (*.pdf)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def _export(self) -> None:
        if self._recount.isActive():
            self._recount.stop()
            self._update_page_count()
        target = Path(self.output.text().strip()).expanduser()
        if self._plan is None:
            return
        if not target.name or target.is_dir():
            self.message.setText("Give the name of the PDF file to write.")
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if not self._may_write(target):
                return
            self._write(self._plan, target)
        except (ExportCancelled, OrgChartError) as error:
            self._update_page_count()  # writing used the plan up: plan again for another try
            self.message.setText(
                "Export cancelled; no file was written."
                if isinstance(error, ExportCancelled)
                else str(error)
            )
            return
        self.exported = target
        if self._settings is not None:
            self._settings.set_export_fields(self._memory_key(), remembered_fields(self))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.accept()

    def _may_write(self, target: Path) -> bool:
        """Never over the open proposal; over another existing file only if the user agrees.
        Raises FileRefused (a folder, a missing folder, ...)."""
        opened = [self._document.path] if self._document.path is not None else []
        try:
            check_destination(target, inputs=opened, input_role="the open proposal")
        except OutputExists:
            if not self.confirm_replace(self, target):
                self.message.setText(
                    f'"{target.name}" was left as it was: choose another name to export to.'
                )
                return False
            check_destination(target, inputs=opened, replace=True, input_role="the open proposal")
        return True

    @classmethod
    def confirm_replace(cls, parent: QWidget, path: Path) -> bool:
        answer = QMessageBox.question(
            parent,
            "Replace file?",
            f'"{path.name}" already exists in {path.parent}. Replace it?',
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, plan: PdfPlan, target: Path) -> None:
        if plan.page_count < PROGRESS_FROM_PAGES:
            write_pdf(plan, target)
            return
        progress = QProgressDialog("Writing the PDF…", "Cancel", 0, plan.page_count, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setValue(done)
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ExportCancelled()

        try:
            write_pdf(plan, target, report)
        finally:
            progress.close()
