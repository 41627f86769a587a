"""Which Qt files the bundle leaves out: used by the spec and by hooks/hook-PySide6.QtGui.py."""

from __future__ import annotations

# Plugin folders a desktop widgets app never loads: embedded Linux (evdev, EGLFS), the Wayland
# compositor side, QML tooling, Designer, SQL drivers, network backends.
UNWANTED_PLUGIN_FOLDERS = frozenset(
    {
        "generic",
        "egldeviceintegrations",
        "designer",
        "qmllint",
        "qmltooling",
        "sqldrivers",
        "wayland-graphics-integration-server",
        "networkinformation",
        "tls",
    }
)
# Platforms for kiosks and VNC; and the GTK theme, which would drag GTK's own libraries
# (cairo, pango, gdk-pixbuf) into the bundle and mix them with the desktop's GTK.
UNWANTED_PLUGIN_FILES = (
    "libqeglfs",
    "libqlinuxfb",
    "libqminimalegl",
    "libqvnc",
    "libqvkkhrdisplay",
    "libqgtk3",
)


def wanted(path: str) -> bool:
    """False for Qt translations (the interface is English) and the plugins named above."""
    path = path.replace("\\", "/")
    if "/translations/" in path and path.endswith(".qm"):
        return False
    if "/plugins/" in path:
        folder, _, name = path.rsplit("/plugins/", 1)[1].partition("/")
        return folder not in UNWANTED_PLUGIN_FOLDERS and not name.startswith(UNWANTED_PLUGIN_FILES)
    return True
