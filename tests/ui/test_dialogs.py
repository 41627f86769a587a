"""The window's own-button message boxes answer with the button the user clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orgchart_app.ui.dialogs.prompts import (
    ChangedOnDisk,
    ConflictChoice,
    LockChoice,
    LockedFile,
    OfferRecovery,
    RecoveryChoice,
)


def click_later(parent: QWidget, label: str | None) -> None:
    """Once the box is up, click the button with `label` (None: press Escape).

    The timer is bound to `parent`: should the test end first, it dies with it rather than
    firing on a deleted box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if label is None:
            box.reject()
            return
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(50, parent, click)


# tests/ui/conftest.py fails any dialog a test did not expect; here the dialogs are the point.
pytestmark = pytest.mark.real_dialogs


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Open Read-Only", LockChoice.READ_ONLY),
        ("Open a Copy", LockChoice.COPY),
        ("Cancel", LockChoice.CANCEL),
    ],
)
def test_locked_file_answers_with_the_clicked_button(
    qtbot,
    label: str,  # type: ignore[no-untyped-def]
    expected: LockChoice,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    click_later(parent, label)
    assert LockedFile.ask(parent, "bury.sqlite", "Alex Smith on LAPTOP-12") is expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Save as a Copy...", ConflictChoice.SAVE_COPY),
        ("Overwrite", ConflictChoice.OVERWRITE),
        (None, ConflictChoice.CANCEL),
    ],
)
def test_changed_on_disk_answers_with_the_clicked_button(
    qtbot,  # type: ignore[no-untyped-def]
    label: str | None,
    expected: ConflictChoice,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    click_later(parent, label)
    assert ChangedOnDisk.ask(parent, "The file changed on disk.") is expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Restore", RecoveryChoice.RESTORE),
        ("Discard", RecoveryChoice.DISCARD),
        ("Not Now", RecoveryChoice.LATER),
    ],
)
def test_offer_recovery_answers_with_the_clicked_button(
    qtbot,
    label: str,  # type: ignore[no-untyped-def]
    expected: RecoveryChoice,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    click_later(parent, label)
    assert OfferRecovery.ask(parent, "Saved 10:42 from bury.sqlite") is expected
