"""The designer's main window: puts the central area, docks, menus and commands together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QToolBar, QVBoxLayout, QWidget

from orgchart_app.domain import PostId
from orgchart_app.storage import RecoveryFile
from orgchart_app.ui.dialogs.about import about_html
from orgchart_app.ui.dialogs.prompts import About
from orgchart_app.ui.docks.changes import ChangesDock
from orgchart_app.ui.docks.costs import CostsDock
from orgchart_app.ui.docks.key import KeyDock
from orgchart_app.ui.docks.people import PeopleDock
from orgchart_app.ui.docks.properties import PropertiesDock
from orgchart_app.ui.docks.recommendations import RecommendationsDock
from orgchart_app.ui.docks.tree import StructureDock
from orgchart_app.ui.files.autosave import Autosaver
from orgchart_app.ui.files.controller import FileController
from orgchart_app.ui.files.recent import RecentFilesMenu
from orgchart_app.ui.files.team import TeamController
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.menus.changes_actions import ChangesActions
from orgchart_app.ui.menus.cost_actions import CostActions
from orgchart_app.ui.menus.edit_actions import EditActions
from orgchart_app.ui.menus.export_actions import ExportActions
from orgchart_app.ui.menus.menubar import build_menus
from orgchart_app.ui.menus.picture_actions import PictureActions
from orgchart_app.ui.menus.proposal_actions import ProposalMenus
from orgchart_app.ui.menus.record_actions import RecordActions
from orgchart_app.ui.menus.scenario_actions import ScenarioActions
from orgchart_app.ui.menus.view_actions import ViewActions
from orgchart_app.ui.window.central import CentralArea
from orgchart_app.ui.window.chart_menus import ChartMenus
from orgchart_app.ui.window.compare_menus import CompareMenus
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.move_question import keep_manager_question
from orgchart_app.ui.window.proposed_bar import ProposedBar
from orgchart_app.ui.window.read_only_bar import ReadOnlyBar
from orgchart_app.ui.window.resources import BURY_SAMPLE, find_sample
from orgchart_app.ui.window.settings import DISPLAY_NAME, Settings
from orgchart_app.ui.window.status import StatusReporter

# A first start in a window narrower than this (a 1366x768 council laptop) tabs the side docks
# together and closes the bottom ones, so the chart gets most of the window.
SMALL_WINDOW_WIDTH = 1400


def dropped_proposal(mime: QMimeData) -> Path | None:
    """The one local .sqlite file being dragged in, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() == ".sqlite":
            return path
    return None


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: DocumentController | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAcceptDrops(True)  # a proposal dropped from the file manager opens
        # Not a Qt child: the window's views are destroyed before the document they follow.
        self.document = document or DocumentController()
        self.settings = settings or Settings()
        self.menu_actions = Actions(self, self.document.undo_stack)
        self.menus = build_menus(self, self.menu_actions)
        self.central = CentralArea(self.document)
        self.read_only_bar = ReadOnlyBar(self.document)
        self.proposed_bar = ProposedBar(self.document, self.menu_actions.make_proposed)
        self.setCentralWidget(self._with_bar(self.central))
        self.structure_dock = StructureDock(self.document)
        self.properties_dock = PropertiesDock(self.document)
        self.people_dock = PeopleDock(self.document)
        self.changes_dock = ChangesDock(self.document)
        self.costs_dock = CostsDock(self.document)
        self.recommendations_dock = RecommendationsDock(self.document)
        self.key_dock = KeyDock()
        self.costs_menu = CostActions(self, self.document)
        self._place_docks()
        self.files = FileController(self, self.document, self.settings, self.menu_actions)
        self.team = TeamController(self, self.document, self.settings, self.files)
        self.menu_actions.open_team.triggered.connect(self.team.open)
        self.menu_actions.team_history.triggered.connect(self.team.show_history)
        self.recent = RecentFilesMenu(self.menus.recent, self.settings, self.files.open_path)
        self.autosaver = Autosaver(self.document, self)
        self.edits = EditActions(self, self.document, self.menu_actions)
        self.changes = ChangesActions(self, self.document, self.menu_actions)
        self.proposal_menus = ProposalMenus(self, self.document, self.menu_actions)
        self.pictures = PictureActions(self, self.document, self.central, self.menu_actions)
        self.exports = ExportActions(self, self.document, self.menu_actions)
        self.scenarios = ScenarioActions(
            self, self.document, self.menu_actions, self.menus.switch_scenario
        )
        self.records = RecordActions(
            self,
            self.document,
            self.menus.scenario,
            self.menu_actions.delete_scenario,
            self.menus.file,
            self.menu_actions.close,
        )
        self.views = ViewActions(self.central, self.document, self.menu_actions, self.settings)
        self.status = StatusReporter(self.statusBar(), self.document)
        self.chart_menus = ChartMenus(
            self, self.central.chart, self.menu_actions, self.structure_dock.units, self.edit_post
        )
        self.compare_menus = CompareMenus(
            self, self.central.compare, self.menu_actions, self.structure_dock.units, self.edit_post
        )
        for source in (
            self.files,
            self.team,
            self.edits,
            self.changes,
            self.pictures,
            self.exports,
            self.views,
            self.structure_dock.units,
            self.changes_dock,
            self.central,
        ):
            source.status.connect(self.status.show)
        self.autosaver.failed.connect(self.status.show)
        self._build_toolbar()
        self._connect()
        self._restore_window()
        self._on_document_reset()

    # --- building ------------------------------------------------------------------------------
    def _with_bar(self, central: QWidget) -> QWidget:
        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_bar)
        column.addWidget(self.proposed_bar)
        column.addWidget(central, 1)
        return frame

    def _place_docks(self) -> None:
        area = Qt.DockWidgetArea
        self.addDockWidget(area.LeftDockWidgetArea, self.structure_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.properties_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.people_dock)
        self.tabifyDockWidget(self.properties_dock, self.people_dock)
        self.properties_dock.raise_()
        self.addDockWidget(area.BottomDockWidgetArea, self.changes_dock)
        self.addDockWidget(area.BottomDockWidgetArea, self.costs_dock)
        self.tabifyDockWidget(self.changes_dock, self.costs_dock)
        self.addDockWidget(area.BottomDockWidgetArea, self.recommendations_dock)
        self.tabifyDockWidget(self.costs_dock, self.recommendations_dock)
        self.changes_dock.raise_()
        self.addDockWidget(area.BottomDockWidgetArea, self.key_dock)
        self.key_dock.hide()  # on demand: View > Key
        self.menus.view.addSeparator()
        self.menus.view.addAction(self.key_dock.toggleViewAction())
        self._docks: list[QDockWidget] = [
            self.structure_dock,
            self.properties_dock,
            self.people_dock,
            self.changes_dock,
            self.costs_dock,
            self.recommendations_dock,
        ]
        # The docks hidden while the welcome page shows, to bring back when a proposal opens.
        self._docks_put_away: list[QDockWidget] = []
        for dock in self._docks:
            self.menus.window.addAction(dock.toggleViewAction())
        self.resizeDocks(
            [self.structure_dock, self.properties_dock], [290, 300], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.changes_dock], [190], Qt.Orientation.Vertical)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("main_toolbar")
        # Icons for the file and undo buttons: their texts ("Undo Move ... to ...") grow long.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        a = self.menu_actions
        pixmap = QStyle.StandardPixmap
        for action, icon in (
            (a.open, pixmap.SP_DialogOpenButton),
            (a.save, pixmap.SP_DialogSaveButton),
            (a.undo, pixmap.SP_ArrowBack),
            (a.redo, pixmap.SP_ArrowForward),
        ):
            action.setIcon(self.style().standardIcon(icon))
        toolbar.addActions([a.open, a.save, a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addWidget(self.scenarios.chooser)
        toolbar.addActions([a.compare, a.zoom_fit, a.draw_line])
        self.addToolBar(toolbar)
        self.menus.window.addAction(toolbar.toggleViewAction())

    def _connect(self) -> None:
        document = self.document
        document.reset.connect(self._on_document_reset)
        document.path_changed.connect(self._update_title)
        document.read_only_changed.connect(self._update_title)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.compare_changed.connect(self._on_document_compare_changed)
        self.central.compare.change_activated.connect(self._on_change_activated)
        self.central.chart.edit_requested.connect(self._on_chart_edit_requested)
        self.central.chart.hint.connect(self.status.show)
        self.central.chart.keep_manager_question = keep_manager_question(
            self, self.settings, self.menu_actions.ask_keep_manager
        )
        self.changes_dock.post_ref_clicked.connect(self.central.compare.show_post)
        self.menu_actions.units_deploy.setChecked(self.settings.units_deploy())
        self.document.unit_moves_deploy = self.settings.units_deploy()
        self.menu_actions.units_deploy.toggled.connect(self._on_units_deploy_toggled)
        self.read_only_bar.save_copy.clicked.connect(self.files.save_as)
        self.menu_actions.draw_line.toggled.connect(self._on_draw_line_toggled)
        self.costs_dock.fix_requested.connect(self.costs_menu.open)
        self.menu_actions.quit.triggered.connect(self.close)
        self.menu_actions.about.triggered.connect(self._show_about)
        self.menu_actions.edit_post.triggered.connect(self.edit_post)
        self.menu_actions.import_establishment.triggered.connect(self.import_establishment)
        self.menu_actions.export_pdf.triggered.connect(self.export_pdf)
        welcome = self.central.welcome
        welcome.open_sample.connect(self.open_sample)
        welcome.new_proposal.connect(self.files.new)
        welcome.open_file.connect(self.files.open)
        welcome.import_establishment.connect(self.import_establishment)
        welcome.open_recent.connect(self.files.open_path)

    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        state = self.settings.window_state()
        # No arrangement of the user's yet: the first show fits the docks to the window's size.
        self._first_arrangement = state is None or not self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_arrangement:
            self._first_arrangement = False
            if self.width() < SMALL_WINDOW_WIDTH:
                self._arrange_for_a_small_window()

    def _arrange_for_a_small_window(self) -> None:
        self.tabifyDockWidget(self.structure_dock, self.properties_dock)
        self.tabifyDockWidget(self.structure_dock, self.people_dock)
        self.structure_dock.raise_()
        for dock in (self.changes_dock, self.costs_dock):  # the Window menu brings them back
            dock.hide()
            if dock in self._docks_put_away:
                self._docks_put_away.remove(dock)
        self.resizeDocks([self.structure_dock], [280], Qt.Orientation.Horizontal)

    # --- commands ------------------------------------------------------------------------------
    def open_sample(self) -> None:
        path = find_sample(BURY_SAMPLE)
        if path is not None:
            self.files.open_path(path)

    def restore_recovery(self, entry: RecoveryFile) -> bool:
        """Bring back work autosaved before a crash, as unsaved changes to the file it came from."""
        source = entry.source if entry.source is not None and entry.source.exists() else None
        restored = self.files.take_over(
            entry.restore(), source, entry.source_stamp if source else None, modified=True
        )
        if restored:
            self.status.show(f"Restored: {entry.describe()} Save to keep it.")
        return restored

    def import_establishment(self) -> None:
        from orgchart_app.ui.dialogs.import_wizard import ImportWizard  # not needed at start

        proposal = ImportWizard.ask(self)
        if proposal is not None:
            self.files.new(proposal)

    def export_pdf(self) -> None:
        from orgchart_app.ui.dialogs.export_pdf import ExportPdfDialog  # loads reportlab

        written = ExportPdfDialog.run(self, self.document, self.settings)
        if written is not None:
            same = self.changes_dock.no_changes_message()  # only while comparing
            self.status.show(f'Exported "{written.name}".' + (f" {same}" if same else ""))

    def edit_post(self) -> None:
        """Put the cursor in the selected post's title (F2, or Enter on the chart)."""
        self.properties_dock.show()
        self.properties_dock.raise_()
        self.properties_dock.panel.focus_title()

    def _show_about(self) -> None:
        About.ask(self, f"About {DISPLAY_NAME}", about_html())

    # --- following the document ----------------------------------------------------------------
    def _on_document_reset(self) -> None:
        has_proposal = bool(self.document.proposal.scenarios)
        for action in [*self.menu_actions.needing_a_proposal, *self.costs_menu.actions.values()]:
            action.setEnabled(has_proposal)
        self._put_docks_away(not has_proposal)
        if not has_proposal:
            self.central.welcome.set_recent(self.settings.recent_files()[:5])
        self._update_title()

    def _put_docks_away(self, away: bool) -> None:
        """Nothing to show in the docks on the welcome page, so it stands alone."""
        if away and not self._docks_put_away:
            self._docks_put_away = [dock for dock in self._docks if not dock.isHidden()]
            for dock in self._docks_put_away:
                dock.hide()
        elif not away:
            for dock in self._docks_put_away:
                dock.show()
            self._docks_put_away = []

    def _on_document_compare_changed(self, pair: object) -> None:
        if pair is not None:
            self.changes_dock.raise_()
            self.changes_dock.show()

    def _on_draw_line_toggled(self, on: bool) -> None:
        self.central.chart.drawing_lines = on
        self.status.show("Drag from a post to another to draw a dotted line." if on else "")

    def _on_units_deploy_toggled(self, deploy: bool) -> None:
        self.document.unit_moves_deploy = deploy
        self.settings.set_units_deploy(deploy)

    def _on_chart_edit_requested(self, post_id: int) -> None:
        if self.document.selection != (post_id,):
            self.document.select([PostId(post_id)])
        self.edit_post()

    def _on_change_activated(self, post_ref: str) -> None:
        pair = self.document.compare
        if pair is None:
            return
        proposal = self.document.proposal
        posts = [proposal.post_by_ref(scenario_id, post_ref) for scenario_id in pair]
        self.document.select(p.id for p in posts if p is not None)
        self.changes_dock.show_post_ref(post_ref)

    def _update_title(self, *_: object) -> None:
        document = self.document
        name = (
            document.path.name
            if document.path
            else ("Untitled proposal" if document.proposal.scenarios else "")
        )
        if document.team is not None:
            name = f"{document.team.name} (team)"
        read_only = " (read-only)" if document.read_only else ""
        self.menu_actions.save.setText("&Save a Copy..." if document.read_only else "&Save")
        self.setWindowTitle(f"{name}[*]{read_only} - {DISPLAY_NAME}" if name else DISPLAY_NAME)
        self.setWindowModified(document.modified)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_proposal(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = dropped_proposal(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.files.keep_work_safe():
            event.ignore()
            return
        self._put_docks_away(False)  # remember the docks as the user arranged them
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.files.loader.wait()
        self.costs_dock.wait()
        self.autosaver.discard()  # a clean close leaves no recovery file behind
        self.autosaver.wait()
        self.files.locks.release()
        self.team.stop()
        event.accept()

    def open_path(self, path: Path) -> None:
        self.files.open_path(path)
