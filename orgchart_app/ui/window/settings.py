"""Preferences, recent files and window state, kept by QSettings where the platform keeps them.

Linux: ~/.config/orgchart/orgchart-designer.conf; Windows: the registry under
HKEY_CURRENT_USER\\Software\\orgchart\\orgchart-designer; macOS: ~/Library/Preferences.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANISATION = "orgchart"
APPLICATION = "orgchart-designer"
DISPLAY_NAME = "Org Chart Designer"
MAX_RECENT_FILES = 10


def name_application() -> None:
    """Name the application, which decides where QStandardPaths puts its folders."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


class Settings:
    """Typed access to the settings; every value is read fresh so two windows agree."""

    def __init__(self, path: Path | None = None) -> None:
        # The organisation and application named by name_application(), or a file of its own
        # (--screenshot leaves the user's window layout and recent files alone).
        self._qsettings = (
            QSettings() if path is None else QSettings(str(path), QSettings.Format.IniFormat)
        )
        self.first_start = not self._qsettings.allKeys()

    @property
    def location(self) -> str:
        """The file (or registry key) the settings are kept in, for support and the docs."""
        return self._qsettings.fileName()

    # --- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._qsettings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(item) for item in value] if isinstance(value, list) else []

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        recent = [path] + [p for p in self.recent_files() if p != path]
        self._set("recent_files", [str(p) for p in recent[:MAX_RECENT_FILES]])

    def remove_recent_file(self, path: Path) -> None:
        self._set("recent_files", [str(p) for p in self.recent_files() if p != path.resolve()])

    # --- window ------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)
        self._qsettings.setValue("window/state", state)
        self._qsettings.sync()

    # --- preferences -------------------------------------------------------------------------
    def layout_engine(self) -> str:
        return str(self._qsettings.value("preferences/layout_engine", "compact"))

    def set_layout_engine(self, name: str) -> None:
        self._set("preferences/layout_engine", name)

    def units_deploy(self) -> bool:
        return str(self._qsettings.value("preferences/units_deploy", "true")).lower() == "true"

    def set_units_deploy(self, deploy: bool) -> None:
        self._set("preferences/units_deploy", "true" if deploy else "false")

    def keep_manager_answer(self) -> str:
        """What a drop into a team does without asking ("head" or "keep"); "": ask."""
        value = str(self._qsettings.value("preferences/keep_manager_answer", ""))
        return value if value in ("head", "keep") else ""

    def set_keep_manager_answer(self, answer: str) -> None:
        self._set("preferences/keep_manager_answer", answer)

    def export_fields(self, proposal_key: str) -> dict[str, str]:
        """The export dialog's fields as last used for this proposal ({} if never)."""
        try:
            value = json.loads(str(self._qsettings.value(_export_key(proposal_key), "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set_export_fields(self, proposal_key: str, fields: dict[str, str]) -> None:
        self._set(_export_key(proposal_key), json.dumps(fields))

    def last_folder(self) -> Path:
        value = self._qsettings.value("preferences/last_folder", "")
        return Path(str(value)) if value else Path.home()

    def set_last_folder(self, folder: Path) -> None:
        self._set("preferences/last_folder", str(folder))

    def mark_started(self) -> None:
        """Write the file, so the next start is not a first start."""
        self._set("started", True)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()


def _export_key(proposal_key: str) -> str:
    # A digest: a file path holds slashes, which QSettings would read as groups.
    return "export/" + hashlib.sha1(proposal_key.encode(), usedforsecurity=False).hexdigest()
