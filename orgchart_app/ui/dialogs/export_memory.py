"""What the export dialog remembers for each proposal: the title block, paper and parts.

The postholder names box is never remembered: personal data is shown only when asked for, each
time. The scenarios are not either: the dialog starts from the comparison on screen.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)

TEXTS = ("title", "appendix_number", "committee", "date", "version", "classification")
CHOICES = ("paper", "orientation")
TICKS = ("draft", "chart", "per_unit", "compare_all", "post_list", "changes", "budget")


def remembered_fields(dialog: QWidget) -> dict[str, str]:
    fields = {name: _child(dialog, QLineEdit, name).text() for name in TEXTS}
    fields.update((name, _child(dialog, QComboBox, name).currentText()) for name in CHOICES)
    fields.update(
        (name, "yes" if _child(dialog, QCheckBox, name).isChecked() else "no") for name in TICKS
    )
    return fields


def restore_fields(dialog: QWidget, fields: dict[str, str]) -> None:
    for name in (n for n in TEXTS if n in fields):
        _child(dialog, QLineEdit, name).setText(fields[name])
    for name in (n for n in CHOICES if n in fields):
        combo = _child(dialog, QComboBox, name)
        if combo.findText(fields[name]) >= 0:
            combo.setCurrentText(fields[name])
    for name in (n for n in TICKS if n in fields):
        _child(dialog, QCheckBox, name).setChecked(fields[name] == "yes")


def _child(dialog: QWidget, kind: type[W], name: str) -> W:
    widget = dialog.findChild(kind, name)
    assert isinstance(widget, kind), name
    return widget
