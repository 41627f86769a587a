"""File > Open Team Proposal: a proposal in a team library, kept live while it is open.

The server is asked for once: its address is remembered in the settings and its password in
the platform's keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in
the settings. Colleagues' edits arrive by LISTEN/NOTIFY: the listener's socket wakes the
window, which takes them in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from orgchart_app.domain import OrgChartError
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.ui.dialogs.prompts import ChooseItem, ErrorMessage
from orgchart_app.ui.dialogs.team_server import TeamServer
from orgchart_app.ui.files.controller import FileController
from orgchart_app.ui.window.document import DocumentController
from orgchart_app.ui.window.settings import Settings

if TYPE_CHECKING:  # the server's driver and the keyring load when team mode is first used
    from orgchart_app.storage.team import TeamLibrary
    from orgchart_app.storage.team.live import EditListener

# How often to try again while the server cannot be reached.
RECONNECT_MS = 2_000


class TeamController(QObject):
    status = Signal(str)
    # Offline (True) while the server cannot be reached; edits are refused meanwhile.
    offline_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        settings: Settings,
        files: FileController,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self._files = files
        self._library: TeamLibrary | None = None
        self._listener: EditListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._try_reconnect)
        # Says "Offline" for as long as it is, beside the status bar's passing messages.
        self.offline_label = QLabel("Offline: your edits are kept and sent when the server is back")
        self.offline_label.setObjectName("team_offline")
        self.offline_label.hide()
        window.statusBar().addPermanentWidget(self.offline_label)
        document.team_offline.connect(self._go_offline)
        document.reset.connect(self._on_document_reset)
        document.remote_changed.connect(self._on_document_remote_changed)

    # --- opening -------------------------------------------------------------------------------
    def open(self) -> None:
        if not self._files.keep_work_safe():
            return
        library = self._connect()
        if library is None:
            return
        try:
            names = [listed.name for listed in library.proposals()]
            name = ChooseItem.ask(
                self._window, "Open Team Proposal", "Proposal:", [(n, n) for n in names]
            )
            if name is None:
                library.close()
                return
            from orgchart_app.storage.team import SharedProposal

            shared = SharedProposal(library, name)
        except OrgChartError as refusal:
            library.close()
            ErrorMessage.ask(self._window, "Open Team Proposal", str(refusal))
            return
        self._files.locks.release()
        self._document.adopt_shared(shared)  # stops following any other library first
        self._library = library
        self._listen()
        self.status.emit(f'Opened "{name}" from {library.address.shown}: edits are shared live.')

    def _connect(self) -> TeamLibrary | None:
        """The remembered server with the keyring's password, else the one the user gives."""
        url, problem = self._settings.team_server(), ""
        password = _remembered_password(url) if url else None
        if url and password is not None:
            library, problem = _reachable(url, password)
            if library is not None:
                return library
        while True:
            answer = TeamServer.ask(self._window, url, problem)
            if answer is None:
                return None
            url, password = answer
            library, problem = _reachable(url, password)
            if library is not None:
                self._settings.set_team_server(url)
                if not _remember_password(url, password):
                    self.status.emit("The password could not be kept: no keyring on this computer.")
                return library

    def show_history(self) -> None:
        """File > Team History (team_history.py)."""
        from orgchart_app.ui.files import team_history

        said = team_history.show_history(self._window, self._document, self._library)
        if said:
            self.status.emit(said)

    # --- live updates --------------------------------------------------------------------------
    def _listen(self) -> None:
        self._stop_listening()
        if self._library is None:
            return
        try:
            from orgchart_app.storage.team.live import EditListener

            self._listener = EditListener(self._library.address)
        except ServerRefused as offline:
            self._go_offline(str(offline))
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._set_offline(False)

    def _on_notifier_activated(self) -> None:
        if self._listener is None or self._document.team is None:
            return
        try:
            pending = self._listener.pending()
        except ServerRefused as offline:
            self._go_offline(str(offline))
            return
        if any(proposal_id == self._document.team.proposal_id for proposal_id, _ in pending):
            self._document.take_in()

    def _go_offline(self, reason: str) -> None:
        self._stop_listening()
        self._set_offline(True)
        # The label stays while offline; its tooltip keeps the sentence why.
        self.offline_label.setToolTip(reason)
        self.status.emit("Offline: the team server cannot be reached; trying again.")
        self._reconnect.start()

    def _try_reconnect(self) -> None:
        if self._library is None or self._document.team is None:
            self._reconnect.stop()
            return
        self._listen()
        if self._listener is None:
            return
        self._reconnect.stop()
        self.status.emit("Back online: the proposal is up to date.")
        self._document.send_unsent()  # the edits kept meanwhile; conflicts are said
        self._document.take_in()  # what colleagues did meanwhile
        if self._document.team.offline:
            self._go_offline("the team server went away again")

    def _set_offline(self, offline: bool) -> None:
        self.offline_label.setVisible(offline)
        self.offline_changed.emit(offline)

    def _on_document_remote_changed(self, who: str, name: str, _changes: object) -> None:
        self.status.emit(f"Changed by {who}: {name}")

    def _on_document_reset(self) -> None:
        # Another proposal (a file, or none) replaced the shared one: stop following it.
        if self._document.team is None and self._library is not None:
            self.stop()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def stop(self) -> None:
        """Stop following the server (the window closes, or another proposal opens)."""
        self._reconnect.stop()
        self._stop_listening()
        if self._library is not None:
            self._library.close()
            self._library = None


def _reachable(url: str, password: str) -> tuple[TeamLibrary | None, str]:
    """The library at `url` if it answers, else None and the sentence why."""
    from orgchart_app.storage.team import ServerAddress, TeamLibrary

    try:
        library = TeamLibrary(ServerAddress.parse(url, password or None))
    except ServerRefused as refusal:
        return None, str(refusal)
    try:
        library.proposals()
    except ServerRefused as refusal:
        library.close()
        return None, str(refusal)
    return library, ""


def _remembered_password(url: str) -> str | None:
    from orgchart_app.storage.team import ServerAddress
    from orgchart_app.storage.team.passwords import remembered_password

    try:
        return remembered_password(ServerAddress.parse(url))
    except ServerRefused:  # the remembered address no longer reads: asked for again
        return None


def _remember_password(url: str, password: str) -> bool:
    from orgchart_app.storage.team import ServerAddress
    from orgchart_app.storage.team.passwords import remember_password

    return remember_password(ServerAddress.parse(url), password)
