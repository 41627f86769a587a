"""File > Open Team Proposal's question: which server, and the password for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class TeamServer:
    """The team library's address and password; None when cancelled."""

    @classmethod
    def ask(cls, parent: QWidget, url: str, problem: str = "") -> tuple[str, str] | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle("Open Team Proposal")
        form = QFormLayout(dialog)
        if problem:
            form.addRow(QLabel(problem))
        address = QLineEdit(url)
        address.setPlaceholderText("postgresql://you@server.council.gov.uk/orgchart")
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("&Server:", address)
        form.addRow("&Password:", password)
        form.addRow(QLabel("The password is kept in your system's keyring, not in the settings."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not address.text().strip():
            return None
        return address.text().strip(), password.text()
