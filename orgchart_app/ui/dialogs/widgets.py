"""Small helpers the dialogs share for building their widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def named(widget: AnyWidget, name: str) -> AnyWidget:
    """The widget with its object name set: tests find the dialog's fields by these names.
    (Qt takes objectName= as a keyword too, but PySide6's type stubs do not know it.)"""
    widget.setObjectName(name)
    return widget
