"""The import wizard's page for a file of several releases: one release, or each as a scenario.

The same choice as the command line's `--release DATE` and `--releases scenarios`: the list
holds the labels `--release` takes, oldest first, and the latest is chosen unless the user
picks another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from orgchart_app.domain.wording import count_text
from orgchart_app.importers import ReleaseInfo, ReleaseMode
from orgchart_app.ui.dialogs.widgets import named


class ChoosesRelease(Protocol):
    """What the page needs of its wizard: the file's releases, and where the choice goes."""

    release: str
    release_mode: ReleaseMode

    def releases(self) -> Sequence[ReleaseInfo]: ...


class ReleasePage(QWizardPage):
    def __init__(self, wizard: ChoosesRelease) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Releases")
        self.setSubTitle(
            "The file holds several releases (a date column). Import one of them as the "
            '"As is" scenario, or each as its own scenario to compare them.'
        )
        self.one = named(QRadioButton("One release:"), "one_release")
        self.each = named(
            QRadioButton("Each release as its own scenario, named by its date"), "each_release"
        )
        self.list = named(QListWidget(), "releases")
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.each)
        self.one.setChecked(True)
        self.one.toggled.connect(self.list.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.one)
        layout.addWidget(self.list)
        layout.addWidget(self.each)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        releases = self._wizard.releases()
        self.list.clear()
        for index, release in enumerate(releases):
            latest = ", the latest" if index == len(releases) - 1 else ""
            item = QListWidgetItem(f"{release.label}: {count_text(release.rows)} rows{latest}")
            item.setData(Qt.ItemDataRole.UserRole, release.label)
            self.list.addItem(item)
        self.list.setCurrentRow(self.list.count() - 1)
        self.one.setChecked(True)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        item = self.list.currentItem()
        if self.each.isChecked() or item is None:
            self._wizard.release, self._wizard.release_mode = "", ReleaseMode.SCENARIOS
        else:
            self._wizard.release = str(item.data(Qt.ItemDataRole.UserRole))
            self._wizard.release_mode = ReleaseMode.ONE
        return True


def chosen_text(release: str, mode: ReleaseMode, releases: Sequence[ReleaseInfo]) -> str:
    """The choice in words, for the check page ('' for a file of one release)."""
    if len(releases) < 2:
        return ""
    if mode is ReleaseMode.SCENARIOS:
        return f"Each of the {len(releases)} releases becomes its own scenario, named by its date."
    return f'Release {release or releases[-1].label} becomes the "As is" scenario.'
